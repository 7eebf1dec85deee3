/**
 * LinkedIn Sales Navigator: LinkedIn's operators and quoting; it ignores the stop words by, in and
 * with, so a bare one is useless as an alternative and is left out with a note.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { renderExplicit } from '../render';
import type { Platform } from '../types';

const STOP_WORDS = ['by', 'in', 'with'];

export const linkedinSalesNavigator: Platform = {
  id: 'linkedin-sales-navigator',
  label: 'Sales Navigator',
  summary: 'LinkedIn Sales Navigator lead search: LinkedIn syntax; ignores by, in and with.',
  syntax: {
    operators: ['AND', 'OR', 'NOT'],
    upperCase: ['AND', 'OR', 'NOT'],
    parentheses: true,
    wildcard: 'none',
    noPlusMinus: true,
    minusExcludes: false,
    stopWords: STOP_WORDS,
    quoteSymbols: true,
  },
  limits: [
    {
      counter: 'characters',
      max: 1000,
      strength: 'soft',
      explain: "LinkedIn doesn't publish a length limit and reports disagree (strings of 400+ characters are reported to work)",
    },
  ],
  counters: ['characters', 'operators'],
  offeredFor: () => true,
  adapt: (request) => adaptCommon(request, { label: 'Sales Navigator', unsupported: COMMON_UNSUPPORTED, stopWords: STOP_WORDS }),
  render: renderExplicit,
  url: (text) => `https://www.linkedin.com/sales/search/people?keywords=${encodeURIComponent(text)}`,
};
