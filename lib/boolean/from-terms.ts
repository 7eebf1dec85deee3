/**
 * Glossary terms → a platform-neutral search request: one term from a hover card or an entry, or
 * several terms found on a profile ("find people like this").
 *
 * Every term is one group of its forms: its name, the chosen aliases and acronyms (the names people
 * actually write) and the user's own synonyms. Groups are ANDed: a person must show every term.
 * - strict: AND one of the titles (the typical title, the chosen related ones, the user's own);
 * - broad: no title required: anyone who writes the term, whatever their job.
 * Titles of several terms are merged without duplicates.
 */
import type { GlossaryTerm } from '../glossary/types';
import { cleanPhrase } from './quote';
import type { Mode, SearchRequest, TermGroup } from './types';

export type SearchTerm = Pick<GlossaryTerm, 'name' | 'aliases' | 'acronyms' | 'typicalTitle' | 'relatedTitles' | 'industrySlug'>;

/** Which items of a list to use: all, none, the first n, or exactly these (matched ignoring case). */
export type Selection = 'all' | 'none' | { readonly first: number } | readonly string[];

export interface TermChoices {
  readonly mode: Mode;
  /** Default: all. */
  readonly aliases?: Selection | undefined;
  /** Default: all. */
  readonly acronyms?: Selection | undefined;
  /** Default: true. */
  readonly typicalTitle?: boolean | undefined;
  /** Default: all. */
  readonly relatedTitles?: Selection | undefined;
  /** The user's own synonyms, per term (same order as the terms). */
  readonly extraForms?: readonly (readonly string[])[] | undefined;
  /** The user's own titles. */
  readonly extraTitles?: readonly string[] | undefined;
  /** The user's own words ANDed to the search: a phrase, a comma list or boolean. */
  readonly keyword?: string | undefined;
  /** A place: the platform's location box or qualifier where it has one. */
  readonly location?: string | undefined;
  /** What results must not match, e.g. recruiter, intern; each entry may be boolean. */
  readonly exclude?: readonly string[] | undefined;
  /** LinkedIn country subdomain for X-ray (uk, de, ...). */
  readonly country?: string | undefined;
  /** GitHub thresholds. */
  readonly minRepos?: number | undefined;
  readonly minFollowers?: number | undefined;
}

const norm = (text: string) => cleanPhrase(text).toLocaleLowerCase();

function select(values: readonly string[], selection: Selection | undefined): string[] {
  if (selection === undefined || selection === 'all') return [...values];
  if (selection === 'none') return [];
  if ('first' in selection) return values.slice(0, Math.max(0, selection.first));
  const wanted = new Set(selection.map(norm));
  return values.filter((value) => wanted.has(norm(value)));
}

/** First of each case-insensitive duplicate, blanks dropped, none equal to anything in `seen`. */
function dedupe(values: readonly string[], seen = new Set<string>()): string[] {
  return values.filter((value) => {
    const key = norm(value);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function requestForTerms(terms: readonly SearchTerm[], choices: TermChoices): SearchRequest {
  const groups: TermGroup[] = terms.map((term, index) => ({
    forms: dedupe([term.name, ...select(term.aliases, choices.aliases), ...select(term.acronyms, choices.acronyms), ...(choices.extraForms?.[index] ?? [])]),
  }));
  const titles =
    choices.mode === 'broad'
      ? []
      : dedupe([
          ...terms.flatMap((term) => [...(choices.typicalTitle === false ? [] : [term.typicalTitle]), ...select(term.relatedTitles, choices.relatedTitles)]),
          ...(choices.extraTitles ?? []),
        ]);
  return {
    groups: groups.filter((group) => group.forms.length > 0),
    titles,
    keyword: choices.keyword,
    location: choices.location,
    exclude: dedupe(choices.exclude ?? []),
    country: choices.country,
    industries: [...new Set(terms.map((term) => term.industrySlug))],
    minRepos: choices.minRepos,
    minFollowers: choices.minFollowers,
  };
}
