import { describe, expect, it } from 'vitest';
import { BUILT_IN_MATCHES, builtInSiteFor, originPattern } from '../../lib/sites';

describe('built-in sites', () => {
  it.each([
    ['www.linkedin.com', 'LinkedIn'],
    ['linkedin.com', 'LinkedIn'],
    ['uk.indeed.com', 'Indeed'],
    ['www.indeed.co.uk', 'Indeed'],
    ['boards.greenhouse.io', 'Greenhouse'],
    ['job-boards.greenhouse.io', 'Greenhouse'],
    ['jobs.lever.co', 'Lever'],
    ['acme.wd5.myworkdayjobs.com', 'Workday'],
    ['jobs.ashbyhq.com', 'Ashby'],
    ['jobs.smartrecruiters.com', 'SmartRecruiters'],
    ['github.com', 'GitHub'],
    ['stackoverflow.com', 'Stack Overflow'],
  ])('%s is %s', (host, name) => {
    expect(builtInSiteFor(host)?.name).toBe(name);
  });

  it('does not claim look-alike or unrelated hosts', () => {
    expect(builtInSiteFor('evil-linkedin.com')).toBeUndefined();
    expect(builtInSiteFor('example.org')).toBeUndefined();
  });

  it('uses valid match patterns only', () => {
    for (const pattern of BUILT_IN_MATCHES) expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });

  it('turns an origin into its match pattern', () => {
    expect(originPattern('https://jobs.example.com')).toBe('https://jobs.example.com/*');
  });
});
