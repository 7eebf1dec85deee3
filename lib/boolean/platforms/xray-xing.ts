/** Google X-ray of Xing profiles, the professional network of Germany, Austria and Switzerland. */
import { COMMON_UNSUPPORTED } from '../adapt';
import { googleXrayOf } from '../xray';

export const xrayXing = googleXrayOf(
  {
    id: 'xray-xing',
    site: 'Xing',
    summary: 'Google search of Xing profiles (site:xing.com/profile), strong in Germany, Austria and Switzerland.',
    prefix: 'site:xing.com/profile',
    noise: [],
    industries: [],
  },
  { unsupported: COMMON_UNSUPPORTED, style: 'implicit', orBindsTighter: true },
);
