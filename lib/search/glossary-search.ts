/**
 * Typo-tolerant search over the glossary with fuse.js, re-ranked so that what the user typed
 * exactly always wins: an exact name, alias or acronym first, then names that start with the
 * query, then fuse's fuzzy order ("six sigma" → Six Sigma before Lean Six Sigma).
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import type { GlossaryTerm } from '../glossary/types';
import { foldForSearch } from './normalize';

const KEYS = [
  { name: 'name', weight: 4 },
  { name: 'aliases', weight: 3 },
  { name: 'acronyms', weight: 3 },
  { name: 'typicalTitle', weight: 1.5 },
  { name: 'relatedTitles', weight: 1 },
] as const;

export interface SearchHit {
  readonly term: GlossaryTerm;
  /** Why it matched, for showing e.g. "title: Data Analyst" under a result. */
  readonly matchedOn: 'name' | 'alias' | 'acronym' | 'title' | 'fuzzy';
}

export interface GlossarySearch {
  search(query: string, limit?: number): SearchHit[];
}

/** Ranking tiers: lower is better. */
const Tier = { ExactName: 0, ExactAliasOrAcronym: 1, NamePrefix: 2, ExactTitle: 3, Fuzzy: 4 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

function tierOf(term: GlossaryTerm, folded: string): { tier: Tier; matchedOn: SearchHit['matchedOn'] } {
  if (foldForSearch(term.name) === folded) return { tier: Tier.ExactName, matchedOn: 'name' };
  if (term.aliases.some((alias) => foldForSearch(alias) === folded)) return { tier: Tier.ExactAliasOrAcronym, matchedOn: 'alias' };
  if (term.acronyms.some((acronym) => foldForSearch(acronym) === folded)) return { tier: Tier.ExactAliasOrAcronym, matchedOn: 'acronym' };
  if (foldForSearch(term.name).startsWith(folded)) return { tier: Tier.NamePrefix, matchedOn: 'name' };
  if ([term.typicalTitle, ...term.relatedTitles].some((title) => foldForSearch(title) === folded)) return { tier: Tier.ExactTitle, matchedOn: 'title' };
  return { tier: Tier.Fuzzy, matchedOn: 'fuzzy' };
}

export function createGlossarySearch(terms: readonly GlossaryTerm[], index?: FuseIndex<GlossaryTerm>): GlossarySearch {
  const fuse = new Fuse(
    terms,
    {
      keys: KEYS.map((key) => ({ ...key })),
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.36,
      // Long related-title lists should not push a term down just for being thorough.
      ignoreFieldNorm: true,
      getFn: (term, path) => {
        const value = term[(Array.isArray(path) ? path[0] : path) as keyof GlossaryTerm];
        return Array.isArray(value) ? value.map((item) => foldForSearch(String(item))) : foldForSearch(String(value));
      },
    },
    index,
  );

  return {
    search(query, limit = 50) {
      const folded = foldForSearch(query);
      if (folded === '') return [];
      return fuse
        .search(folded, { limit: Math.max(limit * 2, 100) })
        .map((result, order) => ({ result, order, ...tierOf(result.item, folded) }))
        .sort((a, b) => a.tier - b.tier || (a.result.score ?? 1) - (b.result.score ?? 1) || a.order - b.order)
        .slice(0, limit)
        .map(({ result, matchedOn }) => ({ term: result.item, matchedOn }));
    },
  };
}
