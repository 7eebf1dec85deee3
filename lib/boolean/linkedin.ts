/**
 * LinkedIn boolean strings (basic search and Recruiter): uppercase AND/OR/NOT, straight quotes,
 * every OR group parenthesised (Recruiter evaluates ANDs before ORs).
 */
import { orGroup, quoteToken } from './quote';

export interface TermSearchInput {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronyms: readonly string[];
  readonly titles: readonly string[];
  readonly exclude?: readonly string[];
}

export function linkedInString(input: TermSearchInput): string {
  const skill = orGroup([input.name, ...input.aliases, ...input.acronyms].map(quoteToken));
  const titles = orGroup(input.titles.map(quoteToken));
  const excluded = (input.exclude ?? []).map(quoteToken).filter(Boolean);
  const parts = [skill, titles].filter(Boolean).join(' AND ');
  return excluded.length > 0 ? `${parts} NOT ${orGroup(excluded)}` : parts;
}

export function linkedInPeopleSearchUrl(query: string): string {
  // encodeURIComponent turns "+" into %2B: a literal "+" in LinkedIn's query string reads as a space.
  return `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(query)}`;
}
