/**
 * LinkedIn Sales Navigator lead search: LinkedIn's operators and quoting; it ignores the stop words
 * by, in and with, so a bare one is useless as an alternative and is left out with a note. The term
 * goes in Keywords, the titles in the Current job title filter, the place in Geography.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { renderExplicit } from '../render';
import type { Platform } from '../types';
import { LINKEDIN_LENGTH, LINKEDIN_SYNTAX, locationField } from './linkedin';
import { titleField } from './title-field';

const STOP_WORDS = ['by', 'in', 'with'];

export const linkedinSalesNavigator: Platform = {
  id: 'linkedin-sales-navigator',
  label: 'Sales Navigator',
  family: 'LinkedIn',
  summary: 'Sales Navigator lead search: the term for Keywords, the titles for Current job title, the place for Geography.',
  syntax: { ...LINKEDIN_SYNTAX, stopWords: STOP_WORDS },
  limits: [LINKEDIN_LENGTH],
  counters: ['characters', 'operators'],
  mergesClauses: false,
  ignoresSymbols: false,
  offeredFor: () => true,
  adapt: (request) =>
    adaptCommon(request, { label: 'Sales Navigator', unsupported: COMMON_UNSUPPORTED, stopWords: STOP_WORDS, style: 'explicit', orBindsTighter: false }),
  render: (draft) => renderExplicit(draft, { titles: false, location: false }),
  fields: (draft) => [
    ...titleField(draft, 'Current job title', 'Paste into the Current job title filter.'),
    ...locationField(draft, 'Geography', 'Pick it in the Geography filter.'),
  ],
  url: (text) => `https://www.linkedin.com/sales/search/people?keywords=${encodeURIComponent(text)}`,
};
