/**
 * A generic applicant-tracking-system boolean: AND/OR/NOT in capitals, straight quotes, brackets,
 * every operator explicit so it means the same in any ATS. The place is given apart: most ATS
 * searches have a location filter, and a place in the keywords matches any mention. Copy only.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { renderExplicit } from '../render';
import type { Platform } from '../types';
import { locationField } from './linkedin';

export const ats: Platform = {
  id: 'ats',
  label: 'ATS',
  family: 'Other',
  summary: 'Any applicant tracking system: a plain AND / OR / NOT string to paste, the place apart.',
  syntax: {
    operators: ['AND', 'OR', 'NOT'],
    upperCase: ['AND', 'OR', 'NOT'],
    parentheses: true,
    wildcard: 'varies',
    noPlusMinus: false,
    minusExcludes: false,
    stopWords: [],
    quoteSymbols: true,
    orBindsTighter: false,
  },
  limits: [],
  counters: ['characters', 'operators'],
  mergesClauses: true,
  ignoresSymbols: false,
  offeredFor: () => true,
  adapt: (request) => adaptCommon(request, { label: 'an ATS', unsupported: COMMON_UNSUPPORTED, style: 'explicit', orBindsTighter: false }),
  render: (draft) => renderExplicit(draft, { titles: true, location: false }),
  fields: (draft) => locationField(draft, 'Location', "Your ATS's location filter."),
  url: () => null,
};
