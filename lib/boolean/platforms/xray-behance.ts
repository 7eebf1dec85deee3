/** Google X-ray of Behance portfolios. The filters drop single projects (galleries) and search pages. */
import { COMMON_UNSUPPORTED } from '../adapt';
import { googleXrayOf } from '../xray';
import { DESIGN_INDUSTRIES } from './xray-dribbble';

export const xrayBehance = googleXrayOf(
  {
    id: 'xray-behance',
    site: 'Behance',
    summary: 'Google search of Behance portfolios, without single projects and search pages.',
    prefix: 'site:behance.net',
    noise: ['-inurl:gallery', '-inurl:galleries', '-inurl:search'],
    industries: DESIGN_INDUSTRIES,
  },
  { unsupported: COMMON_UNSUPPORTED, style: 'implicit', orBindsTighter: true },
);
