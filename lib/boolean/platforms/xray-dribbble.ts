/**
 * Google X-ray of Dribbble designer profiles. The filters drop single shots, tag and search pages
 * and stories, which show work rather than the person.
 */
import { COMMON_UNSUPPORTED } from '../adapt';
import { googleXrayOf } from '../xray';

export const DESIGN_INDUSTRIES: readonly string[] = ['ux-design', 'marketing'];

export const xrayDribbble = googleXrayOf(
  {
    id: 'xray-dribbble',
    site: 'Dribbble',
    summary: 'Google search of Dribbble designer profiles, without shots, tags and stories.',
    prefix: 'site:dribbble.com',
    noise: ['-inurl:shots', '-inurl:tags', '-inurl:search', '-inurl:stories'],
    industries: DESIGN_INDUSTRIES,
  },
  { unsupported: COMMON_UNSUPPORTED, style: 'implicit', orBindsTighter: true },
);
