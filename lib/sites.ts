/**
 * Where the content script runs without asking: the sites recruiters read profiles and job
 * posts on. Each pattern's `*.` also matches the bare domain. Other sites are added by the user
 * at run time (optional host permissions), see `entrypoints/background`.
 */

export interface BuiltInSite {
  readonly name: string;
  readonly matches: readonly string[];
}

const on = (...domains: string[]) => domains.map((domain) => `*://*.${domain}/*`);

export const BUILT_IN_SITES: readonly BuiltInSite[] = [
  { name: 'LinkedIn', matches: on('linkedin.com') },
  {
    name: 'Indeed',
    matches: on('indeed.com', 'indeed.co.uk', 'indeed.ca', 'indeed.com.au', 'indeed.de', 'indeed.fr', 'indeed.nl', 'indeed.ie', 'indeed.co.in', 'indeed.com.sg'),
  },
  { name: 'Glassdoor', matches: on('glassdoor.com', 'glassdoor.co.uk', 'glassdoor.ca', 'glassdoor.com.au', 'glassdoor.de', 'glassdoor.fr', 'glassdoor.co.in') },
  { name: 'ZipRecruiter', matches: on('ziprecruiter.com', 'ziprecruiter.co.uk') },
  { name: 'Monster', matches: on('monster.com', 'monster.co.uk', 'monster.ca', 'monster.de') },
  { name: 'Dice', matches: on('dice.com') },
  { name: 'Wellfound', matches: on('wellfound.com') },
  { name: 'GitHub', matches: on('github.com') },
  { name: 'Stack Overflow', matches: on('stackoverflow.com') },
  { name: 'Greenhouse', matches: on('greenhouse.io') },
  { name: 'Lever', matches: on('lever.co') },
  { name: 'Workday', matches: on('myworkdayjobs.com') },
  { name: 'Ashby', matches: on('ashbyhq.com') },
  { name: 'SmartRecruiters', matches: on('smartrecruiters.com') },
];

export const BUILT_IN_MATCHES: readonly string[] = BUILT_IN_SITES.flatMap((site) => site.matches);

/** The built-in site a host name belongs to, if any. */
export function builtInSiteFor(hostname: string): BuiltInSite | undefined {
  return BUILT_IN_SITES.find((site) =>
    site.matches.some((pattern) => {
      const domain = pattern.slice('*://*.'.length, -'/*'.length);
      return hostname === domain || hostname.endsWith(`.${domain}`);
    }),
  );
}

/** The match pattern that covers one origin, e.g. `https://jobs.example.com/*`. */
export function originPattern(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/*`;
}
