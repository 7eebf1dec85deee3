/**
 * Google X-ray of Stack Overflow user pages (Stack Overflow has no people search of its own).
 * `-inurl:tab` drops the same profile's tab pages (answers, questions), which would repeat it.
 */
import { COMMON_UNSUPPORTED } from '../adapt';
import { googleXrayOf, TECHNOLOGY_INDUSTRIES } from '../xray';

export const xrayStackOverflow = googleXrayOf(
  {
    id: 'xray-stackoverflow',
    site: 'Stack Overflow',
    summary: 'Google search of Stack Overflow user pages (site:stackoverflow.com/users).',
    prefix: 'site:stackoverflow.com/users',
    noise: ['-inurl:tab'],
    industries: TECHNOLOGY_INDUSTRIES,
  },
  { unsupported: COMMON_UNSUPPORTED, style: 'implicit', orBindsTighter: true },
);
