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
import { linkedinSalesNavigator } from '../../../lib/boolean/platforms/linkedin-sales-navigator';
import type { Platform } from '../../../lib/boolean/types';
import { blooms, cpp, csharp, dotnet, hipaa, kubernetes, nodeJs, sixSigma } from './fixtures';

/** Broad, all aliases and acronyms, the typical title and the first two related titles. */
const SHORT: TermChoices = { mode: 'broad', relatedTitles: { first: 2 } };

const texts = (platform: Platform, term: SearchTerm, choices: TermChoices = SHORT) =>
  buildSearch(platform, requestForTerms([term], choices)).parts.map((part) => part.text);
const urls = (platform: Platform, term: SearchTerm, choices: TermChoices = SHORT) =>
  buildSearch(platform, requestForTerms([term], choices)).parts.map((part) => part.url);

describe('registry', () => {
  it('lists each platform once, found by id', () => {
    expect(PLATFORMS.map((platform) => platform.id)).toEqual(['linkedin', 'linkedin-sales-navigator', 'google-xray', 'bing-xray', 'indeed', 'github', 'ats']);
    for (const platform of PLATFORMS) expect(platformById(platform.id)).toBe(platform);
    expect(platformById('myspace')).toBeUndefined();
  });

  it('offers GitHub for technology terms only', () => {
    expect(github.offeredFor(['software-engineering'])).toBe(true);
    expect(github.offeredFor(['software-engineering', 'manufacturing'])).toBe(false);
    expect(github.offeredFor([])).toBe(false);
    expect(linkedin.offeredFor(['manufacturing'])).toBe(true);
  });
});

describe('LinkedIn', () => {
  it.each<[SearchTerm, string]>([
    [
      sixSigma,
      '("Six Sigma" OR "6 Sigma" OR "Six Sigma Green Belt" OR "Six Sigma Black Belt" OR "Six Sigma Master Black Belt" OR DMAIC OR DMADV OR CSSGB OR CSSBB) AND ("Six Sigma Black Belt" OR "Master Black Belt" OR "Continuous Improvement Engineer")',
    ],
    [kubernetes, '(Kubernetes OR K8s) AND ("DevOps Engineer" OR "Site Reliability Engineer" OR "Platform Engineer")'],
    [cpp, '("C++" OR "Modern C++") AND ("C++ Developer" OR "C++ Software Engineer" OR "Embedded Software Engineer")'],
    [csharp, '("C#" OR "C Sharp" OR CSharp) AND ("C# Developer" OR ".NET Developer" OR "ASP.NET Developer")'],
    [
      dotnet,
      '(".NET" OR dotnet OR ".NET Core" OR ".NET Framework" OR "ASP.NET" OR "ASP.NET Core" OR "ASP.NET MVC") AND (".NET Developer" OR "ASP.NET Developer" OR "C# Developer")',
    ],
    [nodeJs, '("Node.js" OR NodeJS OR "Node JS") AND ("Node.js Developer" OR "Backend Engineer" OR "JavaScript Developer")'],
    [
      blooms,
      `("Bloom's Taxonomy" OR "Blooms Taxonomy" OR "Revised Bloom's Taxonomy" OR "Bloom's Revised Taxonomy") AND ("Curriculum Specialist" OR "Curriculum Developer" OR "Instructional Coach")`,
    ],
    [
      hipaa,
      '(HIPAA OR "Health Insurance Portability and Accountability Act" OR HIPPA OR "HIPAA Privacy Rule" OR "HIPAA Security Rule") AND ("Privacy Officer" OR "HIPAA Compliance Officer" OR "Healthcare Compliance Specialist")',
    ],
  ])('%# %o', (term, expected) => {
    expect(texts(linkedin, term)).toEqual([expected]);
    // Sales Navigator and the generic ATS share LinkedIn's explicit syntax.
    expect(texts(linkedinSalesNavigator, term)).toEqual([expected]);
    expect(texts(ats, term)).toEqual([expected]);
  });

  it('builds strict strings with a NOT group, location and keyword', () => {
    expect(texts(linkedin, blooms, { mode: 'strict', relatedTitles: { first: 2 }, exclude: ['recruiter', 'intern'], location: 'Leeds', keyword: 'K-12' })).toEqual([
      `"Bloom's Taxonomy" AND ("Curriculum Specialist" OR "Curriculum Developer" OR "Instructional Coach") AND "K-12" AND Leeds NOT (recruiter OR intern)`,
    ]);
    expect(texts(linkedin, kubernetes, { mode: 'strict', typicalTitle: true, relatedTitles: 'none', exclude: ['recruiter'] })).toEqual([
      'Kubernetes AND "DevOps Engineer" NOT recruiter',
    ]);
  });

  it('encodes the URL so "+" and "#" survive', () => {
    expect(urls(linkedin, cpp, { mode: 'strict', relatedTitles: 'none' })).toEqual([
      'https://www.linkedin.com/search/results/people/?keywords=%22C%2B%2B%22%20AND%20%22C%2B%2B%20Developer%22',
    ]);
    expect(urls(linkedinSalesNavigator, csharp, { mode: 'strict', relatedTitles: 'none' })).toEqual([
      'https://www.linkedin.com/sales/search/people?keywords=%22C%23%22%20AND%20%22C%23%20Developer%22',
    ]);
    expect(urls(ats, csharp)).toEqual([null]);
  });
});

describe('Google X-ray', () => {
  it('puts the site operator first, uses implicit AND and minus exclusions', () => {
    expect(texts(googleXray, kubernetes, { ...SHORT, country: 'uk', exclude: ['recruiter'] })).toEqual([
      'site:uk.linkedin.com/in (Kubernetes OR K8s) ("DevOps Engineer" OR "Site Reliability Engineer" OR "Platform Engineer") -recruiter',
    ]);
    expect(texts(googleXray, cpp, { ...SHORT, exclude: ['talent acquisition'] })).toEqual([
      'site:linkedin.com/in ("C++" OR "Modern C++") ("C++ Developer" OR "C++ Software Engineer" OR "Embedded Software Engineer") -"talent acquisition"',
    ]);
  });

  it('encodes the URL', () => {
    expect(urls(googleXray, cpp, { mode: 'broad', relatedTitles: 'none' })).toEqual([
      'https://www.google.com/search?q=site%3Alinkedin.com%2Fin%20(%22C%2B%2B%22%20OR%20%22Modern%20C%2B%2B%22)%20%22C%2B%2B%20Developer%22',
    ]);
    expect(urls(googleXray, blooms, { mode: 'strict', relatedTitles: 'none', country: 'ie' })).toEqual([
      "https://www.google.com/search?q=site%3Aie.linkedin.com%2Fin%20%22Bloom's%20Taxonomy%22%20%22Curriculum%20Specialist%22",
    ]);
    expect(urls(linkedin, dotnet, { mode: 'broad', aliases: { first: 1 }, relatedTitles: 'none' })).toEqual([
      'https://www.linkedin.com/search/results/people/?keywords=(%22.NET%22%20OR%20dotnet)%20AND%20%22.NET%20Developer%22',
    ]);
    expect(urls(indeed, nodeJs, { mode: 'strict', relatedTitles: 'none', exclude: ['recruiter'] })).toEqual([
      'https://resumes.indeed.com/search?q=%22Node.js%22%20title%3A(%22Node.js%20Developer%22)%20-recruiter',
    ]);
  });

  it('splits at 32 words: the anchor in every part, each alternative and title in one', () => {
    expect(texts(googleXray, sixSigma, { mode: 'broad', exclude: ['recruiter'] })).toEqual([
      'site:linkedin.com/in ("Six Sigma" OR "6 Sigma" OR "Six Sigma Green Belt" OR "Six Sigma Black Belt" OR "Six Sigma Master Black Belt" OR DMAIC OR DMADV) "Six Sigma Black Belt" -recruiter',
      'site:linkedin.com/in ("Six Sigma" OR CSSGB OR CSSBB) ("Master Black Belt" OR "Continuous Improvement Engineer" OR "Process Improvement Engineer" OR "Quality Engineer" OR "Process Improvement Manager" OR "Operational Excellence Manager") -recruiter',
      'site:linkedin.com/in "Six Sigma" "Quality and Process Improvement Manager" -recruiter',
    ]);
  });
});

describe('Bing X-ray', () => {
  it('writes Google-style strings within 10 terms', () => {
    expect(texts(bingXray, csharp, { ...SHORT, country: 'de' })).toEqual([
      'site:de.linkedin.com/in ("C#" OR "C Sharp" OR CSharp) ("C# Developer" OR ".NET Developer" OR "ASP.NET Developer")',
    ]);
    expect(urls(bingXray, csharp, { mode: 'strict', relatedTitles: 'none' })).toEqual([
      'https://www.bing.com/search?q=site%3Alinkedin.com%2Fin%20%22C%23%22%20%22C%23%20Developer%22',
    ]);
  });

  it('splits Node.js with all its titles into parts of at most 10 terms', () => {
    expect(texts(bingXray, nodeJs, { mode: 'broad', exclude: ['recruiter'] })).toEqual([
      'site:linkedin.com/in ("Node.js" OR NodeJS OR "Node JS") ("Node.js Developer" OR "Backend Engineer" OR "JavaScript Developer" OR "Full Stack Developer" OR "MERN Stack Developer") -recruiter',
      'site:linkedin.com/in "Node.js" "API Developer" -recruiter',
    ]);
  });
});

describe('Indeed', () => {
  it('puts titles in title:(... OR ...) and excludes with a minus', () => {
    expect(texts(indeed, hipaa, { ...SHORT, exclude: ['recruiter'] })).toEqual([
      '(HIPAA OR "Health Insurance Portability and Accountability Act" OR HIPPA OR "HIPAA Privacy Rule" OR "HIPAA Security Rule") title:("Privacy Officer" OR "HIPAA Compliance Officer" OR "Healthcare Compliance Specialist") -recruiter',
    ]);
    expect(urls(indeed, kubernetes, { mode: 'strict', relatedTitles: 'none' })).toEqual([
      'https://resumes.indeed.com/search?q=Kubernetes%20title%3A(%22DevOps%20Engineer%22)',
    ]);
  });

  it('keeps to 5 titles per string', () => {
    expect(texts(indeed, hipaa, { mode: 'strict' })).toEqual([
      'HIPAA title:("Privacy Officer" OR "HIPAA Compliance Officer" OR "Healthcare Compliance Specialist" OR "Privacy Analyst" OR "Compliance Analyst")',
      'HIPAA title:("Release of Information Specialist")',
    ]);
  });
});

describe('GitHub', () => {
  it('writes one OR list without brackets, location: and type:user', () => {
    const result = buildSearch(github, requestForTerms([kubernetes], { mode: 'broad', location: 'London' }));
    expect(result.parts.map((part) => [part.text, part.url])).toEqual([
      ['Kubernetes OR K8s location:London type:user', 'https://github.com/search?q=Kubernetes%20OR%20K8s%20location%3ALondon%20type%3Auser&type=users'],
    ]);
    // Titles can't be ANDed with an OR list without brackets: left out, and said so.
    expect(result.leftOut.map((entry) => [entry.text, entry.role])).toEqual([
      ['DevOps Engineer', 'title'],
      ['Site Reliability Engineer', 'title'],
      ['Platform Engineer', 'title'],
      ['Cloud Engineer', 'title'],
    ]);
    expect(result.notes.some((note) => note.message.includes('"DevOps Engineer"'))).toBe(true);
  });

  it('quotes multi-word locations and excludes with NOT', () => {
    expect(texts(github, nodeJs, { mode: 'broad', location: 'San Francisco, CA', exclude: ['recruiter'] })).toEqual([
      '"Node.js" OR NodeJS OR "Node JS" NOT recruiter location:"San Francisco, CA" type:user',
    ]);
  });

  it('splits at 5 operators', () => {
    expect(texts(github, dotnet)).toEqual([
      '".NET" OR dotnet OR ".NET Core" OR ".NET Framework" OR "ASP.NET" OR "ASP.NET Core" type:user',
      '".NET" OR "ASP.NET MVC" type:user',
    ]);
  });

  it('says that GitHub ignores symbols', () => {
    const notes = buildSearch(github, requestForTerms([cpp], SHORT)).notes.map((note) => note.message);
    expect(notes).toContain('GitHub ignores symbols such as + # and . in searches, so "C++" also finds plain "C".');
  });
});
