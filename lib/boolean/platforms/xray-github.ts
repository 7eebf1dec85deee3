/**
 * Google X-ray of GitHub profile pages, which show a developer's bio, company and location in full
 * (GitHub's own user search reads only some of that). The filters drop files viewed on a branch
 * ("at main"), profile tabs and topic pages, which are not someone's profile.
 */
import { COMMON_UNSUPPORTED } from '../adapt';
import { googleXrayOf, TECHNOLOGY_INDUSTRIES } from '../xray';

export const xrayGitHub = googleXrayOf(
  {
    id: 'xray-github',
    site: 'GitHub',
    summary: 'Google search of GitHub profile pages: bios, companies and locations as written.',
    prefix: 'site:github.com',
    noise: ['-inurl:tab', '-inurl:topics', '-intitle:"at main"', '-intitle:"at master"'],
    industries: TECHNOLOGY_INDUSTRIES,
  },
  { unsupported: COMMON_UNSUPPORTED, style: 'implicit', orBindsTighter: true },
);
