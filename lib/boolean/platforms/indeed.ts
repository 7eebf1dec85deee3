/**
 * Indeed (resume search): a space for AND, OR in capitals, `-word` to exclude, titles in
 * `title:(a OR b)`. `title:(a b)` would be an unordered AND, so the ORs are explicit. Long OR lists of
 * titles are reported to behave poorly, so strings with more than 5 titles are split into parts.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { groupClauses, minusExclusions } from '../render';
import type { Draft, Platform } from '../types';

function render(draft: Draft): string {
  const titles = draft.titles.map((item) => item.token);
  return [
    ...groupClauses(draft),
    titles.length > 0 ? `title:(${titles.join(' OR ')})` : '',
    draft.keyword?.token ?? '',
    draft.location?.token ?? '',
    ...minusExclusions(draft),
  ]
    .filter((clause) => clause !== '')
    .join(' ');
}

export const indeed: Platform = {
  id: 'indeed',
  label: 'Indeed',
  summary: 'Indeed resume search: title:(...) for job titles, -word to exclude.',
  syntax: {
    operators: ['OR'],
    upperCase: ['OR'],
    parentheses: true,
    wildcard: 'none',
    noPlusMinus: false,
    minusExcludes: false,
    stopWords: [],
    quoteSymbols: true,
  },
  limits: [{ counter: 'titles', max: 5, strength: 'split', explain: 'Indeed handles long lists of titles poorly, so keep to 5 titles per search' }],
  counters: ['titles', 'characters'],
  offeredFor: () => true,
  adapt: (request) => adaptCommon(request, { label: 'Indeed', unsupported: COMMON_UNSUPPORTED }),
  render,
  url: (text) => `https://resumes.indeed.com/search?q=${encodeURIComponent(text)}`,
};
