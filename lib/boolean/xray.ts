/**
 * X-ray searches: a web search engine restricted to one site's profile pages. LinkedIn public
 * profiles (`site:linkedin.com/in`, by country subdomain), and the other places sourcers X-ray:
 * GitHub, Stack Overflow, Xing, Dribbble and Behance, each with noise filters (`-inurl:`,
 * `-intitle:`) that drop the pages of that site which are not someone's profile.
 */
import { adaptCommon, type AdaptOptions } from './adapt';
import { renderImplicit } from './render';
import type { Adapted, Draft, LeftOut, Platform, SearchRequest } from './types';

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

/** The shared adapter plus the validated LinkedIn country. */
export function adaptLinkedInXray(request: SearchRequest, options: AdaptOptions): Adapted {
  const adapted = adaptCommon(request, options);
  const { code, problem } = linkedInCountry(request.country);
  const leftOut: LeftOut[] = problem === null ? [] : [{ text: request.country ?? '', role: 'country', reason: problem }];
  return { ...adapted, draft: { ...adapted.draft, country: code }, leftOut: [...adapted.leftOut, ...leftOut] };
}

/** A site other than LinkedIn, X-rayed through Google. */
export interface XrayTarget {
  readonly id: string;
  /** "GitHub": the platform is labelled "X-ray: GitHub". */
  readonly site: string;
  readonly summary: string;
  /** `site:github.com` and the like. */
  readonly prefix: string;
  /** Operators that drop the site's pages that are not profiles (one Google word each, or two for a phrase). */
  readonly noise: readonly string[];
  /** Industries whose people keep profiles there (empty: all). */
  readonly industries: readonly string[];
}

/** Industries whose people keep public code and answers online (slugs of data/glossary files). */
export const TECHNOLOGY_INDUSTRIES: readonly string[] = ['software-engineering', 'cloud-devops', 'data-analytics', 'cybersecurity'];

const GOOGLE_WORDS = { counter: 'words', max: 32, strength: 'hard', explain: 'Google reads only the first 32 words of a search' } as const;

/** Google X-ray of one site: LinkedIn's syntax rules for Google, that site's prefix and noise filters. */
export function googleXrayOf(target: XrayTarget, adaptOptions: Omit<AdaptOptions, 'label'>): Platform {
  return {
    id: target.id,
    label: `X-ray: ${target.site}`,
    family: 'X-ray',
    summary: target.summary,
    syntax: {
      operators: ['OR'],
      upperCase: ['OR'],
      parentheses: true,
      wildcard: 'whole-word',
      noPlusMinus: false,
      minusExcludes: true,
      stopWords: [],
      quoteSymbols: true,
      orBindsTighter: true,
    },
    limits: [GOOGLE_WORDS],
    counters: ['words'],
    mergesClauses: false,
    ignoresSymbols: false,
    offeredFor: (industries) => target.industries.length === 0 || (industries.length > 0 && industries.every((slug) => target.industries.includes(slug))),
    adapt(request) {
      const adapted = adaptCommon(request, { ...adaptOptions, label: 'Google' });
      const leftOut: LeftOut[] = request.country?.trim()
        ? [{ text: request.country, role: 'country', reason: `${target.site} has no country sites: put the place in Location` }]
        : [];
      return { ...adapted, leftOut: [...adapted.leftOut, ...leftOut] };
    },
    render: (draft) => renderImplicit(draft, { prefix: [target.prefix], suffix: target.noise, location: true }),
    url: (text) => `https://www.google.com/search?q=${encodeURIComponent(text)}`,
  };
}
