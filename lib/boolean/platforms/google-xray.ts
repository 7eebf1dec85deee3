/**
 * Google X-ray of LinkedIn public profiles: `site:linkedin.com/in` (or a country subdomain), OR in
 * capitals, a space for AND, `-word` to exclude (Google has no NOT), `*` only as a whole word.
 * Google uses only the first 32 words, so longer searches are split into parts.
 */
import { COMMON_UNSUPPORTED } from '../adapt';
import { renderImplicit } from '../render';
import type { Platform } from '../types';
import { adaptXray, sitePrefix } from '../xray';

export const googleXray: Platform = {
  id: 'google-xray',
  label: 'Google X-ray',
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
  },
  limits: [{ counter: 'words', max: 32, strength: 'hard', explain: 'Google reads only the first 32 words of a search' }],
  counters: ['words'],
  offeredFor: () => true,
  adapt: (request) => adaptXray(request, { label: 'Google', unsupported: COMMON_UNSUPPORTED }),
  render: (draft) => renderImplicit(draft, [sitePrefix(draft)]),
  url: (text) => `https://www.google.com/search?q=${encodeURIComponent(text)}`,
};
