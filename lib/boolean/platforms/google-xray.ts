/**
 * Google X-ray of LinkedIn public profiles: `site:linkedin.com/in` (or a country subdomain), OR in
 * capitals, a space for AND, `-word` to exclude (Google has no NOT), `*` only as a whole word.
 * Google uses only the first 32 words, so longer searches are split into parts. A place is one more
 * phrase: profile pages show it, and X-ray has no location box.
 */
import { COMMON_UNSUPPORTED } from '../adapt';
import { renderImplicit } from '../render';
import type { Platform } from '../types';
import { adaptLinkedInXray, sitePrefix } from '../xray';

export const googleXray: Platform = {
  id: 'google-xray',
  label: 'Google X-ray',
  family: 'X-ray',
  summary: 'Google search of LinkedIn public profiles (site:linkedin.com/in), by country if you like.',
  syntax: {
    operators: ['OR'],
    upperCase: ['OR'],
    parentheses: true,
    wildcard: 'whole-word',
    noPlusMinus: false,
    minusExcludes: true,
    stopWords: [],
    quoteSymbols: true,
    orBindsTighter: true,
  },
  limits: [{ counter: 'words', max: 32, strength: 'hard', explain: 'Google reads only the first 32 words of a search' }],
  counters: ['words'],
  mergesClauses: false,
  ignoresSymbols: false,
  offeredFor: () => true,
  adapt: (request) => adaptLinkedInXray(request, { label: 'Google', unsupported: COMMON_UNSUPPORTED, style: 'implicit', orBindsTighter: true }),
  render: (draft) => renderImplicit(draft, { prefix: [sitePrefix(draft)], location: true }),
  url: (text) => `https://www.google.com/search?q=${encodeURIComponent(text)}`,
};
