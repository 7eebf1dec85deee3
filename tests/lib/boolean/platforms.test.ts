import { describe, expect, it } from 'vitest';
import { buildSearch } from '../../../lib/boolean/build';
import { requestForTerms, type SearchTerm, type TermChoices } from '../../../lib/boolean/from-terms';
import { PLATFORMS, platformById } from '../../../lib/boolean/platforms';
import { ats } from '../../../lib/boolean/platforms/ats';
import { bingXray } from '../../../lib/boolean/platforms/bing-xray';
import { github } from '../../../lib/boolean/platforms/github';
import { googleXray } from '../../../lib/boolean/platforms/google-xray';
import { indeed } from '../../../lib/boolean/platforms/indeed';
import { linkedin } from '../../../lib/boolean/platforms/linkedin';
import { linkedinRecruiter } from '../../../lib/boolean/platforms/linkedin-recruiter';
import { linkedinSalesNavigator } from '../../../lib/boolean/platforms/linkedin-sales-navigator';
import { xrayBehance } from '../../../lib/boolean/platforms/xray-behance';
import { xrayDribbble } from '../../../lib/boolean/platforms/xray-dribbble';
import { xrayGitHub } from '../../../lib/boolean/platforms/xray-github';
import { xrayStackOverflow } from '../../../lib/boolean/platforms/xray-stackoverflow';
import { xrayXing } from '../../../lib/boolean/platforms/xray-xing';
import type { Platform } from '../../../lib/boolean/types';
import { blooms, cpp, csharp, dotnet, hipaa, kubernetes, nodeJs, python, sixSigma } from './fixtures';

/** Strict, every name, the typical title and the first two related titles. */
const SHORT: TermChoices = { mode: 'strict', relatedTitles: { first: 2 } };

const build = (platform: Platform, term: SearchTerm, choices: TermChoices = SHORT) => buildSearch(platform, requestForTerms([term], choices));
const texts = (platform: Platform, term: SearchTerm, choices: TermChoices = SHORT) => build(platform, term, choices).parts.map((part) => part.text);
const urls = (platform: Platform, term: SearchTerm, choices: TermChoices = SHORT) => build(platform, term, choices).parts.map((part) => part.url);

describe('registry', () => {
  it('lists each platform once, found by id, grouped for the picker', () => {
    expect(PLATFORMS.map((platform) => platform.id)).toEqual([
      'linkedin',
      'linkedin-recruiter',
      'linkedin-sales-navigator',
      'google-xray',
      'bing-xray',
      'xray-github',
      'xray-stackoverflow',
      'xray-xing',
      'xray-dribbble',
      'xray-behance',
      'indeed',
      'github',
      'ats',
    ]);
    for (const platform of PLATFORMS) expect(platformById(platform.id)).toBe(platform);
    expect(platformById('myspace')).toBeUndefined();
    expect(new Set(PLATFORMS.map((platform) => platform.family))).toEqual(new Set(['LinkedIn', 'X-ray', 'Other']));
  });

  it('offers each site where its people are', () => {
    expect(github.offeredFor(['software-engineering'])).toBe(true);
    expect(github.offeredFor(['software-engineering', 'manufacturing'])).toBe(false);
    expect(github.offeredFor([])).toBe(false);
    expect(xrayGitHub.offeredFor(['cloud-devops'])).toBe(true);
    expect(xrayStackOverflow.offeredFor(['education'])).toBe(false);
    expect(xrayDribbble.offeredFor(['ux-design'])).toBe(true);
    expect(xrayBehance.offeredFor(['marketing'])).toBe(true);
    expect(xrayBehance.offeredFor(['banking-investment'])).toBe(false);
    expect(xrayXing.offeredFor(['manufacturing'])).toBe(true);
    expect(linkedin.offeredFor(['manufacturing'])).toBe(true);
  });
});

describe('LinkedIn', () => {
  it.each<[SearchTerm, string]>([
    [
      sixSigma,
      '("Six Sigma" OR "6 Sigma" OR DMAIC OR DMADV OR CSSGB OR CSSBB) AND ("Six Sigma Black Belt" OR "Master Black Belt" OR "Continuous Improvement Engineer")',
    ],
    [kubernetes, '(Kubernetes OR K8s) AND ("DevOps Engineer" OR "Site Reliability Engineer" OR "Platform Engineer")'],
    [cpp, '"C++" AND ("C++ Developer" OR "C++ Software Engineer" OR "Embedded Software Engineer")'],
    [csharp, '("C#" OR "C Sharp" OR CSharp) AND ("C# Developer" OR ".NET Developer" OR "ASP.NET Developer")'],
    [dotnet, '(".NET" OR dotnet OR "ASP.NET") AND (".NET Developer" OR "ASP.NET Developer" OR "C# Developer")'],
    [nodeJs, '("Node.js" OR NodeJS OR "Node JS") AND ("Node.js Developer" OR "Backend Engineer" OR "JavaScript Developer")'],
    [
      blooms,
      `("Bloom's Taxonomy" OR "Blooms Taxonomy" OR "Bloom's Revised Taxonomy") AND ("Curriculum Specialist" OR "Curriculum Developer" OR "Instructional Coach")`,
    ],
    [
      hipaa,
      '(HIPAA OR "Health Insurance Portability and Accountability Act" OR HIPPA) AND ("Privacy Officer" OR "HIPAA Compliance Officer" OR "Healthcare Compliance Specialist")',
    ],
  ])('%# %o', (term, expected) => {
    expect(texts(linkedin, term)).toEqual([expected]);
    // The generic ATS shares LinkedIn's explicit syntax.
    expect(texts(ats, term)).toEqual([expected]);
  });

  it('puts the place in the Locations filter, not the keywords, and NOTs the exclusions as a group', () => {
    const result = build(linkedin, blooms, { ...SHORT, exclude: ['recruiter', 'intern'], location: 'Leeds', keyword: 'K-12' });
    expect(result.parts[0]?.text).toBe(
      `("Bloom's Taxonomy" OR "Blooms Taxonomy" OR "Bloom's Revised Taxonomy") AND ("Curriculum Specialist" OR "Curriculum Developer" OR "Instructional Coach") AND "K-12" NOT (recruiter OR intern)`,
    );
    expect(result.parts[0]?.fields).toEqual([
      { kind: 'location', label: 'Locations', text: 'Leeds', hint: 'Pick it in the Locations filter: typed into the keywords, a place also finds people who only studied or worked there.' },
    ]);
  });

  it('encodes the URL so "+" and "#" survive', () => {
    expect(urls(linkedin, cpp, { mode: 'strict', relatedTitles: 'none', aliases: 'none' })).toEqual([
      'https://www.linkedin.com/search/results/people/?keywords=%22C%2B%2B%22%20AND%20%22C%2B%2B%20Developer%22',
    ]);
    expect(urls(ats, csharp)).toEqual([null]);
  });
});

describe('LinkedIn Recruiter and Sales Navigator: one box each for keywords, job titles and place', () => {
  it('Recruiter: the term in Keywords, the titles in Job titles, the place in Locations; copy only', () => {
    const [part] = build(linkedinRecruiter, kubernetes, { ...SHORT, location: 'Berlin', exclude: ['recruiter'] }).parts;
    expect(part?.text).toBe('(Kubernetes OR K8s) NOT recruiter');
    expect(part?.fields.map((field) => [field.label, field.text])).toEqual([
      ['Job titles', '"DevOps Engineer" OR "Site Reliability Engineer" OR "Platform Engineer"'],
      ['Locations', 'Berlin'],
    ]);
    expect(part?.url).toBeNull();
  });

  it('Sales Navigator: Current job title and Geography; Open carries the keywords', () => {
    const [part] = build(linkedinSalesNavigator, csharp, { ...SHORT, location: 'Leeds' }).parts;
    expect(part?.text).toBe('("C#" OR "C Sharp" OR CSharp)');
    expect(part?.fields.map((field) => field.label)).toEqual(['Current job title', 'Geography']);
    expect(part?.url).toBe('https://www.linkedin.com/sales/search/people?keywords=(%22C%23%22%20OR%20%22C%20Sharp%22%20OR%20CSharp)');
  });

  it('broad: no title box at all', () => {
    expect(build(linkedinRecruiter, kubernetes, { mode: 'broad' }).parts[0]?.fields).toEqual([]);
  });
});

describe('Google X-ray', () => {
  it('puts the site operator first, uses implicit AND, the place as a phrase, and minus exclusions', () => {
    expect(texts(googleXray, kubernetes, { ...SHORT, country: 'uk', exclude: ['recruiter'], location: 'Manchester' })).toEqual([
      'site:uk.linkedin.com/in (Kubernetes OR K8s) ("DevOps Engineer" OR "Site Reliability Engineer" OR "Platform Engineer") Manchester -recruiter',
    ]);
    expect(texts(googleXray, cpp, { ...SHORT, exclude: ['talent acquisition'] })).toEqual([
      'site:linkedin.com/in "C++" ("C++ Developer" OR "C++ Software Engineer" OR "Embedded Software Engineer") -"talent acquisition"',
    ]);
  });

  it('encodes the URL', () => {
    expect(urls(googleXray, cpp, { mode: 'broad' })).toEqual(['https://www.google.com/search?q=site%3Alinkedin.com%2Fin%20%22C%2B%2B%22']);
    expect(urls(googleXray, blooms, { mode: 'strict', aliases: 'none', relatedTitles: 'none', country: 'ie' })).toEqual([
      "https://www.google.com/search?q=site%3Aie.linkedin.com%2Fin%20%22Bloom's%20Taxonomy%22%20%22Curriculum%20Specialist%22",
    ]);
  });
});

describe('X-ray of other sites', () => {
  it.each<[Platform, string]>([
    [xrayGitHub, 'site:github.com (Kubernetes OR K8s) Berlin -recruiter -inurl:tab -inurl:topics -intitle:"at main" -intitle:"at master"'],
    [xrayStackOverflow, 'site:stackoverflow.com/users (Kubernetes OR K8s) Berlin -recruiter -inurl:tab'],
    [xrayXing, 'site:xing.com/profile (Kubernetes OR K8s) Berlin -recruiter'],
    [xrayDribbble, 'site:dribbble.com (Kubernetes OR K8s) Berlin -recruiter -inurl:shots -inurl:tags -inurl:search -inurl:stories'],
    [xrayBehance, 'site:behance.net (Kubernetes OR K8s) Berlin -recruiter -inurl:gallery -inurl:galleries -inurl:search'],
  ])('%s: the site, its noise filters, Google syntax', (platform, expected) => {
    const result = build(platform, kubernetes, { mode: 'broad', location: 'Berlin', exclude: ['recruiter'] });
    expect(result.parts.map((part) => part.text)).toEqual([expected]);
    expect(result.parts[0]?.url).toBe(`https://www.google.com/search?q=${encodeURIComponent(expected)}`);
  });

  it('counts the noise filters against Google\'s 32 words, and has no country subdomains', () => {
    const result = build(xrayGitHub, sixSigma, { mode: 'strict', country: 'uk' });
    for (const part of result.parts) expect(part.counters[0]?.value).toBeLessThanOrEqual(32);
    expect(result.leftOut).toContainEqual({ text: 'uk', role: 'country', reason: 'GitHub has no country sites: put the place in Location' });
  });
});

describe('Bing X-ray', () => {
  it('writes Google-style strings within 10 terms', () => {
    expect(texts(bingXray, csharp, { ...SHORT, country: 'de' })).toEqual([
      'site:de.linkedin.com/in ("C#" OR "C Sharp" OR CSharp) ("C# Developer" OR ".NET Developer" OR "ASP.NET Developer")',
    ]);
    expect(urls(bingXray, csharp, { mode: 'strict', aliases: 'none', relatedTitles: 'none' })).toEqual([
      'https://www.bing.com/search?q=site%3Alinkedin.com%2Fin%20%22C%23%22%20%22C%23%20Developer%22',
    ]);
  });
});

describe('Indeed', () => {
  it('puts titles in title:(... OR ...), excludes with a minus, and the place in its own box (l= in the address)', () => {
    const result = build(indeed, hipaa, { ...SHORT, exclude: ['recruiter'], location: 'Austin, TX' });
    expect(result.parts.map((part) => part.text)).toEqual([
      '(HIPAA OR "Health Insurance Portability and Accountability Act" OR HIPPA) title:("Privacy Officer" OR "HIPAA Compliance Officer" OR "Healthcare Compliance Specialist") -recruiter',
    ]);
    expect(result.parts[0]?.url).toMatch(/&l=Austin%2C%20TX$/);
    expect(result.parts[0]?.fields).toEqual([{ kind: 'location', label: 'Location', text: 'Austin, TX', hint: "Indeed's location box (Open fills it in)." }]);
  });

  it('keeps to 5 titles per string, every form with every title', () => {
    expect(texts(indeed, hipaa, { mode: 'strict', aliases: 'none' })).toEqual([
      'HIPAA title:("Privacy Officer" OR "HIPAA Compliance Officer" OR "Healthcare Compliance Specialist")',
      'HIPAA title:("Privacy Analyst" OR "Compliance Analyst" OR "Release of Information Specialist")',
    ]);
  });
});

describe('GitHub user search, built on its qualifiers', () => {
  it('uses language: when the term implies one, with location:, repos: and followers:', () => {
    const result = build(github, python, { mode: 'strict', location: 'London', minRepos: 5, minFollowers: 10, exclude: ['recruiter'] });
    expect(result.parts.map((part) => [part.text, part.url])).toEqual([
      [
        'language:python NOT recruiter location:London repos:>=5 followers:>=10 type:user',
        'https://github.com/search?q=language%3Apython%20NOT%20recruiter%20location%3ALondon%20repos%3A%3E%3D5%20followers%3A%3E%3D10%20type%3Auser&type=users',
      ],
    ]);
    // Profiles have no job title: said, not silently dropped.
    expect(result.leftOut.map((entry) => [entry.text, entry.role])).toEqual([
      ['Python Developer', 'title'],
      ['Backend Engineer', 'title'],
      ['Software Engineer', 'title'],
    ]);
    expect(texts(github, cpp, { mode: 'broad' })).toEqual(['language:cpp type:user']);
    expect(texts(github, dotnet, { mode: 'broad' })).toEqual(['language:csharp type:user']);
  });

  it('searches other terms as one OR list in bios, quoting a place with spaces', () => {
    expect(texts(github, kubernetes, { mode: 'broad', location: 'San Francisco, CA' })).toEqual(['Kubernetes OR K8s location:"San Francisco, CA" in:bio type:user']);
  });

  it('never mixes OR with NOT without brackets: exclusions go, with the reason', () => {
    const result = build(github, kubernetes, { mode: 'broad', exclude: ['recruiter'] });
    expect(result.parts[0]?.text).toBe('Kubernetes OR K8s in:bio type:user');
    expect(result.leftOut).toEqual([{ text: 'recruiter', role: 'exclude', reason: 'GitHub user search has no brackets, so NOT can\'t follow an OR list safely' }]);
  });

  it('several terms: one OR list per string, the others one form per part', () => {
    const result = buildSearch(github, requestForTerms([kubernetes, { ...nodeJs, name: 'Docker', aliases: ['Docker Compose'], acronyms: [] }], { mode: 'broad' }));
    expect(result.parts.map((part) => part.text)).toEqual(['Kubernetes OR K8s Docker in:bio type:user']);
  });

  it('splits at 5 operators, every form in some part', () => {
    const many = { ...kubernetes, acronyms: ['K8s', 'EKS', 'AKS', 'GKE', 'OKE', 'K3s', 'MicroK8s'] };
    expect(texts(github, many, { mode: 'broad' })).toEqual(['Kubernetes OR K8s OR EKS OR AKS OR GKE OR OKE in:bio type:user', 'K3s OR MicroK8s in:bio type:user']);
  });
});
