/**
 * LinkedIn people search: AND/OR/NOT in capitals, straight quotes, OR groups in parentheses, no
 * + / - operators, no * wildcard. The place goes in LinkedIn's Locations filter, not the keywords
 * (typed there it also finds people who only studied or once worked in that place). Length and
 * operator limits are disputed, so a long string gets a warning and is never split or refused.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { renderExplicit } from '../render';
import type { Draft, Limit, Platform, SearchField, Syntax } from '../types';

export const LINKEDIN_SYNTAX: Syntax = {
  operators: ['AND', 'OR', 'NOT'],
  upperCase: ['AND', 'OR', 'NOT'],
  parentheses: true,
  wildcard: 'none',
  noPlusMinus: true,
  minusExcludes: false,
  stopWords: [],
  quoteSymbols: true,
  orBindsTighter: false,
};

/** Past about this many characters strings are reported to fail or be cut; shorter ones (400+) to work. */
export const LINKEDIN_LENGTH: Limit = {
  counter: 'characters',
  max: 1000,
  strength: 'soft',
  explain: "LinkedIn doesn't publish a length limit; strings of 400 and more characters are reported to work, much longer ones to be cut",
};

/** The disputed operator limit: claims range from 6 operators (free accounts) to none. */
export const LINKEDIN_OPERATORS: Limit = {
  counter: 'operators',
  max: 6,
  strength: 'soft',
  level: 'info',
  explain: "LinkedIn doesn't publish an operator limit: some report that free accounts ignore searches past about 6 operators, others run far longer strings",
};

export function locationField(draft: Draft, label: string, hint: string): SearchField[] {
  return draft.location ? [{ kind: 'location', label, text: draft.location.text, hint }] : [];
}

const LOCATION_HINT = 'Pick it in the Locations filter: typed into the keywords, a place also finds people who only studied or worked there.';

export const linkedin: Platform = {
  id: 'linkedin',
  label: 'LinkedIn',
  family: 'LinkedIn',
  summary: 'LinkedIn people search: AND, OR, NOT in capitals, straight quotes, brackets; the place in the Locations filter.',
  syntax: LINKEDIN_SYNTAX,
  limits: [LINKEDIN_LENGTH, LINKEDIN_OPERATORS],
  counters: ['characters', 'operators'],
  mergesClauses: true,
  ignoresSymbols: false,
  offeredFor: () => true,
  adapt: (request) => adaptCommon(request, { label: 'LinkedIn', unsupported: COMMON_UNSUPPORTED, style: 'explicit', orBindsTighter: false }),
  render: (draft) => renderExplicit(draft, { titles: true, location: false }),
  fields: (draft) => locationField(draft, 'Locations', LOCATION_HINT),
  // encodeURIComponent turns "+" into %2B: a literal "+" in LinkedIn's query string reads as a space.
  url: (text) => `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(text)}`,
};
