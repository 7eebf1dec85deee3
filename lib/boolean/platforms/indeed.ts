/**
 * Indeed (resume search): a space for AND, OR in capitals, `-word` to exclude, titles in
 * `title:(a OR b)`. `title:(a b)` would be an unordered AND, so the ORs are explicit. Long OR lists of
 * titles are reported to behave poorly, so strings with more than 5 titles are split into parts.
 * The place goes in Indeed's own location box (`l=` in the address), not the query.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { renderImplicit } from '../render';
import type { Platform } from '../types';
import { locationField } from './linkedin';

export const indeed: Platform = {
  id: 'indeed',
  label: 'Indeed',
  family: 'Other',
  summary: 'Indeed resume search: title:(...) for job titles, -word to exclude, the place in its own box.',
  syntax: {
    operators: ['OR'],
    upperCase: ['OR'],
    parentheses: true,
    wildcard: 'none',
    noPlusMinus: false,
    minusExcludes: false,
    stopWords: [],
    quoteSymbols: true,
    orBindsTighter: true,
  },
  limits: [{ counter: 'titles', max: 5, strength: 'split', explain: 'Indeed handles long lists of titles poorly, so keep to 5 titles per search' }],
  counters: ['titles', 'characters'],
  mergesClauses: false,
  ignoresSymbols: false,
  offeredFor: () => true,
  adapt: (request) => adaptCommon(request, { label: 'Indeed', unsupported: COMMON_UNSUPPORTED, style: 'implicit', orBindsTighter: true }),
  render: (draft) => renderImplicit(draft, { prefix: [], titles: (list) => `title:(${list.join(' OR ')})`, location: false }),
  fields: (draft) => locationField(draft, 'Location', 'Indeed\'s location box (Open fills it in).'),
  url: (text, draft) =>
    `https://resumes.indeed.com/search?q=${encodeURIComponent(text)}${draft?.location ? `&l=${encodeURIComponent(draft.location.text)}` : ''}`,
};
