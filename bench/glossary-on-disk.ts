/** The glossary as benchmarks read it: straight from data/glossary/ (or a generated folder), each term with its industry. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GlossaryFile, Term } from '../data/glossary.schema';

export type BenchTerm = Term & { readonly industry: string; readonly industrySlug: string };

export const GLOSSARY_DIR = resolve(import.meta.dirname, '../data/glossary');

export function glossaryTerms(dir = GLOSSARY_DIR): BenchTerm[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as GlossaryFile;
      return file.terms.map((term) => ({ ...term, industry: file.industry, industrySlug: name.replace(/\.json$/, '') }));
    });
}
