/**
 * Reads a glossary folder (data/glossary/ or a generated one) for the build step, tests and
 * benchmarks. Node only: extension code never imports this.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseJson } from '../custom/json-syntax';
import { GlossaryBuildError } from './build-artifacts';
import type { GlossarySource } from './validate';

export function glossarySourcesIn(dir: string, root = process.cwd()): GlossarySource[] {
  const problems: string[] = [];
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const path = relative(root, join(dir, name)).replaceAll('\\', '/');
      const parsed = parseJson(readFileSync(join(dir, name), 'utf8'));
      if (parsed.ok) return [{ path, data: parsed.value }];
      problems.push(`${path}: is not valid JSON (line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message})`);
      return [];
    });
  if (problems.length > 0) throw new GlossaryBuildError(problems);
  return sources;
}

/** The sectors file beside a glossary folder (data/sectors.json for data/glossary/), if there is one. */
export function sectorsBeside(dir: string, root = process.cwd()): GlossarySource | undefined {
  const file = join(dirname(dir), 'sectors.json');
  if (!existsSync(file)) return undefined;
  const path = relative(root, file).replaceAll('\\', '/');
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new GlossaryBuildError([`${path}: is not valid JSON (line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message})`]);
  return { path, data: parsed.value };
}
