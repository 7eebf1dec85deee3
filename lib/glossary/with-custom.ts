/**
 * The glossary a user actually has: the shipped terms plus their own. A custom term that
 * overrides a shipped one takes its place (and its id, so links, cards and highlights still
 * resolve); other custom terms join their industry, or a new one.
 */
import { completeCustomTerm, type CustomTerm } from '../custom/custom-term';
import type { OverlayTerm } from '../custom/overlay-terms';
import type { Glossary, GlossaryTerm, Industry } from './types';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

function slugFor(industry: string, shipped: Glossary): string {
  const known = shipped.industries.find((candidate) => candidate.name.toLowerCase() === industry.toLowerCase());
  return known?.slug ?? `custom-${industry.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'terms'}`;
}

/** `custom` may be plain custom terms (the user's own) or overlay terms, which say whose they are. */
export function withCustomTerms(shipped: Glossary, custom: readonly (CustomTerm | OverlayTerm)[]): Glossary {
  if (custom.length === 0) return shipped;
  const overridden = new Set(custom.flatMap((term) => (term.overrides && shipped.byId.has(term.overrides) ? [term.overrides] : [])));
  const own: GlossaryTerm[] = custom.map((term) => {
    const { source = 'custom', pack, ...plain } = term as Partial<OverlayTerm> & CustomTerm;
    const complete = completeCustomTerm(plain);
    const industryName = shipped.industries.find((i) => i.name.toLowerCase() === term.industry.toLowerCase())?.name ?? term.industry;
    const id = term.overrides && overridden.has(term.overrides) ? term.overrides : term.id;
    return { ...complete, id, industry: industryName, industrySlug: slugFor(term.industry, shipped), source, ...(pack ? { pack } : {}), customId: term.id };
  });
  const terms = [...shipped.terms.filter((term) => !overridden.has(term.id)), ...own].sort(byName);
  const industries = new Map<string, { slug: string; name: string; terms: GlossaryTerm[] }>();
  for (const term of terms) {
    const industry = industries.get(term.industrySlug) ?? { slug: term.industrySlug, name: term.industry, terms: [] };
    industry.terms.push(term);
    industries.set(term.industrySlug, industry);
  }
  return {
    industries: [...industries.values()].sort(byName) as Industry[],
    terms,
    byId: new Map(terms.map((term) => [term.id, term])),
  };
}
