import { describe, expect, it } from 'vitest';
import { buildSearch } from '../../../lib/boolean/build';
import { requestForTerms } from '../../../lib/boolean/from-terms';
import { bingXray } from '../../../lib/boolean/platforms/bing-xray';
import { github } from '../../../lib/boolean/platforms/github';
import { googleXray } from '../../../lib/boolean/platforms/google-xray';
import { linkedin } from '../../../lib/boolean/platforms/linkedin';
import { linkedinSalesNavigator } from '../../../lib/boolean/platforms/linkedin-sales-navigator';
import type { SearchRequest } from '../../../lib/boolean/types';
import { kubernetes, sixSigma } from './fixtures';

const request = (overrides: Partial<SearchRequest>): SearchRequest => ({
  groups: [{ primary: 'Kubernetes', alternatives: ['K8s'] }],
  titles: ['DevOps Engineer'],
  exclude: [],
  industries: ['software-engineering'],
  ...overrides,
});

describe('counters', () => {
  it('counts what each platform limits', () => {
    const [google] = buildSearch(googleXray, request({})).parts;
    expect(google?.counters).toEqual([{ kind: 'words', value: 6, limit: googleXray.limits[0] }]);
    const [hub] = buildSearch(github, request({})).parts;
    expect(hub?.text).toBe('Kubernetes OR K8s type:user');
    expect(hub?.counters.map((counter) => [counter.kind, counter.value])).toEqual([
      ['characters', 27],
      ['operators', 1],
    ]);
    const [li] = buildSearch(linkedin, request({})).parts;
    expect(li?.counters.map((counter) => [counter.kind, counter.value])).toEqual([
      ['characters', 41],
      ['operators', 2],
    ]);
  });
});

describe('splitting and what is left out', () => {
  it('numbers the parts and gives each its own URL', () => {
    const result = buildSearch(googleXray, requestForTerms([sixSigma], { mode: 'broad' }));
    expect(result.parts.map((part) => part.number)).toEqual([1, 2, 3]);
    expect(new Set(result.parts.map((part) => part.url)).size).toBe(3);
    expect(result.notes[0]).toEqual({
      level: 'warning',
      message: 'Split into 3 parts (Google reads only the first 32 words of a search). Run each part: every alternative and title is in exactly one of them, the rest in all.',
    });
    expect(result.leftOut).toEqual([]);
  });

  it('leaves out alternatives once every title is used, and says exactly which', () => {
    const result = buildSearch(bingXray, request({ groups: [{ primary: 'Six Sigma', alternatives: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10'] }], exclude: ['recruiter'] }));
    // 10 terms: site:, the name, 6 alternatives, the only title and the exclusion.
    expect(result.parts.map((part) => part.text)).toEqual(['site:linkedin.com/in ("Six Sigma" OR A1 OR A2 OR A3 OR A4 OR A5 OR A6) "DevOps Engineer" -recruiter']);
    expect(result.leftOut.map((entry) => entry.text)).toEqual(['A7', 'A8', 'A9', 'A10']);
    expect(result.notes.at(-1)?.message).toMatch(/^Left out "A7", "A8", "A9", "A10": every part needs one of the titles/);
  });

  it('trims the anchor from its least essential end when the anchor alone is over the limit', () => {
    const exclude = ['a', 'b', 'c', 'd', 'e', 'f'];
    const result = buildSearch(github, request({ exclude }));
    // Six NOTs are over GitHub's 5 operators: the last exclusion goes; the 5 left leave no room for an OR.
    expect(result.parts.map((part) => part.text)).toEqual(['Kubernetes NOT a NOT b NOT c NOT d NOT e type:user']);
    expect(result.leftOut.map((entry) => [entry.text, entry.role])).toEqual([
      ['DevOps Engineer', 'title'],
      ['f', 'exclude'],
      ['K8s', 'alternative'],
    ]);
    expect(result.leftOut[2]?.reason).toBe('no room for it beside the rest of the search: GitHub search accepts at most 256 characters; GitHub search allows at most 5 AND, OR and NOT operators');
  });

  it('builds nothing when the term alone is over the limit, and says why', () => {
    const name = Array.from({ length: 40 }, (_, index) => `w${index}`).join(' ');
    const result = buildSearch(googleXray, request({ groups: [{ primary: name, alternatives: [] }] }));
    expect(result.parts).toEqual([]);
    expect(result.leftOut[0]).toMatchObject({ text: name, role: 'term', reason: 'the term alone is over the limit: Google reads only the first 32 words of a search' });
  });
});

describe('notes', () => {
  it('warns on very long LinkedIn strings but never splits or refuses them', () => {
    const titles = Array.from({ length: 60 }, (_, index) => `Senior Title Number ${index}`);
    const result = buildSearch(linkedin, request({ titles }));
    expect(result.parts).toHaveLength(1);
    expect(result.notes.map((note) => note.message)).toContainEqual(expect.stringMatching(/^This string is 1,\d{3} characters long\. LinkedIn doesn't publish a length limit/));
  });

  it('says when a string is close to a hard limit', () => {
    const titles = ['One Two Three Four Five', 'Six Seven Eight Nine Ten', 'Eleven Twelve Thirteen Fourteen Fifteen', 'Sixteen Seventeen Eighteen Nineteen Twenty', 'Twentyone Twentytwo'];
    const result = buildSearch(googleXray, request({ titles }));
    expect(result.parts).toHaveLength(1);
    expect(result.notes).toContainEqual({ level: 'info', message: 'Close to the limit: 30 of 32 words. Google reads only the first 32 words of a search.' });
  });

  it('warns when GitHub is used for non-technology terms', () => {
    const notes = buildSearch(github, requestForTerms([sixSigma], { mode: 'broad' })).notes.map((note) => note.message);
    expect(notes).toContain('GitHub search is offered for technology terms only: it may find few people for these.');
    expect(buildSearch(github, requestForTerms([kubernetes], { mode: 'broad' })).notes.map((note) => note.message).join()).not.toMatch(/technology/);
  });

  it('reports characters dropped from phrases', () => {
    const result = buildSearch(linkedin, request({ titles: ['Engineer (Cloud)*'] }));
    expect(result.parts[0]?.text).toBe('(Kubernetes OR K8s) AND "Engineer Cloud"');
    expect(result.notes).toContainEqual({ level: 'warning', message: 'Removed characters LinkedIn can\'t take inside a search phrase: ( ) * in "Engineer (Cloud)*".' });
  });

  it('leaves out bare stop words on Sales Navigator', () => {
    const result = buildSearch(linkedinSalesNavigator, request({ groups: [{ primary: 'Kubernetes', alternatives: ['in', 'K8s'] }] }));
    expect(result.parts[0]?.text).toBe('(Kubernetes OR K8s) AND "DevOps Engineer"');
    expect(result.leftOut).toEqual([{ text: 'in', role: 'alternative', reason: 'Sales Navigator ignores the word "in"' }]);
  });
});

describe('X-ray countries', () => {
  const site = (country: string) => buildSearch(googleXray, request({ country })).parts[0]?.text.split(' ')[0];

  it('uses LinkedIn country subdomains', () => {
    expect(site('uk')).toBe('site:uk.linkedin.com/in');
    expect(site(' DE ')).toBe('site:de.linkedin.com/in');
    expect(site('gb')).toBe('site:uk.linkedin.com/in');
    expect(site('')).toBe('site:linkedin.com/in');
  });

  it('falls back to all of linkedin.com with a reason for US and unknown codes', () => {
    expect(site('us')).toBe('site:linkedin.com/in');
    expect(site('united kingdom')).toBe('site:linkedin.com/in');
    const leftOut = buildSearch(bingXray, request({ country: 'us' })).leftOut;
    expect(leftOut).toEqual([{ text: 'us', role: 'country', reason: 'US profiles have no country subdomain on LinkedIn, so this searches all of linkedin.com/in' }]);
  });
});
