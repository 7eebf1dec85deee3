/**
 * Glossary terms → a platform-neutral search request: one term from a hover card, or several terms
 * found on a profile ("find more people like this").
 *
 * - strict, one term: the term's name AND the OR-ed titles (its aliases are not searched: tight version).
 * - strict, several terms: each term's forms (name, aliases, acronyms) in its own OR group, the groups
 *   ANDed (the person must show every term), AND the OR-ed titles.
 * - broad: every selected form of every term in one OR group, AND the OR-ed titles.
 * Titles of all terms are OR-ed and de-duplicated in either mode.
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
  /** Free text ANDed to the search (a skill, a company). */
  readonly keyword?: string | undefined;
  /** A place: a phrase on most platforms, GitHub's location: qualifier. */
  readonly location?: string | undefined;
  /** Words results must not contain, e.g. recruiter, intern. */
  readonly exclude?: readonly string[] | undefined;
  /** LinkedIn country subdomain for X-ray (uk, de, ...). */
  readonly country?: string | undefined;
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

function group(primary: string, alternatives: readonly string[]): TermGroup {
  return { primary, alternatives: dedupe(alternatives, new Set([norm(primary)])) };
}

export function requestForTerms(terms: readonly SearchTerm[], choices: TermChoices): SearchRequest {
  const forms = terms.map((term) => ({
    name: term.name,
    alternatives: [...select(term.aliases, choices.aliases), ...select(term.acronyms, choices.acronyms)],
  }));
  const [first, ...others] = forms;
  let groups: TermGroup[] = [];
  if (first && choices.mode === 'broad') {
    groups = [group(first.name, [...first.alternatives, ...others.flatMap((term) => [term.name, ...term.alternatives])])];
  } else if (first && others.length === 0) {
    groups = [group(first.name, [])];
  } else {
    groups = forms.map((term) => group(term.name, term.alternatives));
  }
  const titles = terms.flatMap((term) => [
    ...(choices.typicalTitle === false ? [] : [term.typicalTitle]),
    ...select(term.relatedTitles, choices.relatedTitles),
  ]);
  return {
    groups,
    titles: dedupe(titles),
    keyword: choices.keyword,
    location: choices.location,
    exclude: dedupe(choices.exclude ?? []),
    country: choices.country,
    industries: [...new Set(terms.map((term) => term.industrySlug))],
  };
}
