/**
 * Bing X-ray of LinkedIn public profiles: Google's shape (`site:`, a space for AND, `-word`), with OR
 * and NOT in capitals. Bing uses only about the first 10 terms, so longer searches are split into parts.
 * `|` is Bing's OR and `&` its AND; `|` is dropped from phrases, `&` is kept for R&D, AT&T.
 */
import { renderImplicit } from '../render';
import type { Platform } from '../types';
import { adaptLinkedInXray, sitePrefix } from '../xray';

export const bingXray: Platform = {
  id: 'bing-xray',
  label: 'Bing X-ray',
  family: 'X-ray',
  summary: 'Bing search of LinkedIn public profiles (site:linkedin.com/in), by country if you like.',
  syntax: {
    operators: ['AND', 'OR', 'NOT'],
    upperCase: ['OR', 'NOT'],
    parentheses: true,
    wildcard: 'none',
    noPlusMinus: false,
    minusExcludes: false,
    stopWords: [],
    quoteSymbols: true,
    orBindsTighter: true,
  },
  limits: [{ counter: 'terms', max: 10, strength: 'hard', explain: 'Bing reads only about the first 10 terms of a search' }],
  counters: ['terms'],
  mergesClauses: false,
  ignoresSymbols: false,
  offeredFor: () => true,
  adapt: (request) => adaptLinkedInXray(request, { label: 'Bing', unsupported: /[()*|\\]/g, style: 'implicit', orBindsTighter: true }),
  render: (draft) => renderImplicit(draft, { prefix: [sitePrefix(draft)], location: true }),
  url: (text) => `https://www.bing.com/search?q=${encodeURIComponent(text)}`,
};
