/**
 * What Google and Bing X-ray searches share: the `site:` operator for LinkedIn public profiles and
 * its country subdomains (`site:uk.linkedin.com/in`).
 */
import { adaptCommon, type AdaptOptions } from './adapt';
import type { Adapted, Draft, LeftOut, SearchRequest } from './types';

/** Country subdomains LinkedIn serves public profiles on, for the UI's country picker. */
export const LINKEDIN_COUNTRIES: readonly { readonly code: string; readonly name: string }[] = [
  { code: 'uk', name: 'United Kingdom' },
  { code: 'ie', name: 'Ireland' },
  { code: 'ca', name: 'Canada' },
  { code: 'au', name: 'Australia' },
  { code: 'nz', name: 'New Zealand' },
  { code: 'in', name: 'India' },
  { code: 'sg', name: 'Singapore' },
  { code: 'za', name: 'South Africa' },
  { code: 'ae', name: 'United Arab Emirates' },
  { code: 'de', name: 'Germany' },
  { code: 'at', name: 'Austria' },
  { code: 'ch', name: 'Switzerland' },
  { code: 'fr', name: 'France' },
  { code: 'be', name: 'Belgium' },
  { code: 'nl', name: 'Netherlands' },
  { code: 'es', name: 'Spain' },
  { code: 'pt', name: 'Portugal' },
  { code: 'it', name: 'Italy' },
  { code: 'se', name: 'Sweden' },
  { code: 'no', name: 'Norway' },
  { code: 'dk', name: 'Denmark' },
  { code: 'fi', name: 'Finland' },
  { code: 'pl', name: 'Poland' },
  { code: 'br', name: 'Brazil' },
  { code: 'mx', name: 'Mexico' },
];

/** LinkedIn uses `uk`, not the ISO code `gb`. */
const ALIASES: Readonly<Record<string, string>> = { gb: 'uk' };

/** A usable subdomain for the requested country, or null for all of linkedin.com with the reason. */
export function linkedInCountry(requested: string | undefined): { code: string | null; problem: string | null } {
  const raw = (requested ?? '').trim().toLowerCase();
  if (raw === '') return { code: null, problem: null };
  const code = ALIASES[raw] ?? raw;
  if (code === 'us' || code === 'www') {
    return { code: null, problem: 'US profiles have no country subdomain on LinkedIn, so this searches all of linkedin.com/in' };
  }
  if (!/^[a-z]{2}$/.test(code)) {
    return { code: null, problem: `"${requested ?? ''}" is not a two-letter country code, so this searches all of linkedin.com/in` };
  }
  return { code, problem: null };
}

export function sitePrefix(draft: Draft): string {
  return draft.country === null ? 'site:linkedin.com/in' : `site:${draft.country}.linkedin.com/in`;
}

/** The shared adapter plus the validated country. */
export function adaptXray(request: SearchRequest, options: AdaptOptions): Adapted {
  const adapted = adaptCommon(request, options);
  const { code, problem } = linkedInCountry(request.country);
  const leftOut: LeftOut[] = problem === null ? [] : [{ text: request.country ?? '', role: 'country', reason: problem }];
  return { ...adapted, draft: { ...adapted.draft, country: code }, leftOut: [...adapted.leftOut, ...leftOut] };
}
