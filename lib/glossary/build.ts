import type { GlossaryFile } from '../../data/glossary.schema';
import type { Glossary, GlossaryTerm, Industry } from './types';

/** Turns glossary files into the lookup structure the UI uses: industries and terms sorted by name. */
export function buildGlossary(files: readonly { slug: string; file: GlossaryFile }[]): Glossary {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
  const industries: Industry[] = files
    .map(({ slug, file }) => ({
      slug,
      name: file.industry,
      terms: file.terms.map((term): GlossaryTerm => ({ ...term, industry: file.industry, industrySlug: slug })).sort(byName),
    }))
    .sort(byName);
  const terms = industries.flatMap((industry) => industry.terms).sort(byName);
  return { industries, terms, byId: new Map(terms.map((term) => [term.id, term])) };
}
