/**
 * A generic applicant-tracking-system boolean: AND/OR/NOT in capitals, straight quotes, brackets,
 * every operator explicit so it means the same in any ATS. Copy only: there is no URL to open.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { renderExplicit } from '../render';
import type { Platform } from '../types';

export const ats: Platform = {
  id: 'ats',
  label: 'ATS',
  summary: 'Any applicant tracking system: a plain AND / OR / NOT string to paste.',
  syntax: {
    operators: ['AND', 'OR', 'NOT'],
    upperCase: ['AND', 'OR', 'NOT'],
    parentheses: true,
    wildcard: 'varies',
    noPlusMinus: false,
    minusExcludes: false,
    stopWords: [],
    quoteSymbols: true,
  },
  limits: [],
  counters: ['characters', 'operators'],
  offeredFor: () => true,
  adapt: (request) => adaptCommon(request, { label: 'an ATS', unsupported: COMMON_UNSUPPORTED }),
  render: renderExplicit,
  url: () => null,
};
