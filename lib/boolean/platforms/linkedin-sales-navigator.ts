/**
 * LinkedIn Sales Navigator: LinkedIn's operators, quoting and (disputed) length limit; it ignores
 * the stop words by, in and with, so a bare one is useless as an alternative and is left out with a note.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import type { Platform } from '../types';
import { linkedin } from './linkedin';

const STOP_WORDS = ['by', 'in', 'with'];

export const linkedinSalesNavigator: Platform = {
  ...linkedin,
  id: 'linkedin-sales-navigator',
  label: 'Sales Navigator',
  summary: 'LinkedIn Sales Navigator lead search: LinkedIn syntax; ignores by, in and with.',
  syntax: { ...linkedin.syntax, stopWords: STOP_WORDS },
  adapt: (request) => adaptCommon(request, { label: 'Sales Navigator', unsupported: COMMON_UNSUPPORTED, stopWords: STOP_WORDS }),
  url: (text) => `https://www.linkedin.com/sales/search/people?keywords=${encodeURIComponent(text)}`,
};
