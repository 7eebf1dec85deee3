import { describe, expect, it } from 'vitest';
import { buildSearch } from '../../../lib/boolean/build';
import { searchFinds } from '../../../lib/boolean/evaluate';
import { requestForTerms } from '../../../lib/boolean/from-terms';
import { bingXray } from '../../../lib/boolean/platforms/bing-xray';
import { github } from '../../../lib/boolean/platforms/github';
import { googleXray } from '../../../lib/boolean/platforms/google-xray';
import { linkedin } from '../../../lib/boolean/platforms/linkedin';
import { linkedinRecruiter } from '../../../lib/boolean/platforms/linkedin-recruiter';
import { linkedinSalesNavigator } from '../../../lib/boolean/platforms/linkedin-sales-navigator';
import type { SearchRequest } from '../../../lib/boolean/types';
import { cpa, kubernetes, python, registeredNurse, sixSigma } from './fixtures';

const request = (overrides: Partial<SearchRequest>): SearchRequest => ({
  groups: [{ forms: ['Kubernetes', 'K8s'] }],
  titles: ['DevOps Engineer'],
  exclude: [],
  industries: ['software-engineering'],
  ...overrides,
});

const messages = (result: { notes: readonly { message: string }[] }) => result.notes.map((note) => note.message);

describe('counters', () => {
  it('count what each platform limits', () => {
    const [google] = buildSearch(googleXray, request({})).parts;
    expect(google?.counters).toEqual([{ kind: 'words', value: 6, limit: googleXray.limits[0] }]);
    const [li] = buildSearch(linkedin, request({})).parts;
    expect(li?.counters.map((counter) => [counter.kind, counter.value])).toEqual([
      ['characters', 41],
      ['operators', 2],
    ]);
  });
});

describe('lossless splitting', () => {
  it('finds every one of the Six Sigma fixture\'s form × title pairs on Google (46 of 64 were unreachable before)', () => {
    const chosen = requestForTerms([sixSigma], { mode: 'strict' });
    const result = buildSearch(googleXray, chosen);
    expect(result.parts.map((part) => part.text)).toEqual([
      'site:linkedin.com/in ("Six Sigma" OR "6 Sigma" OR DMAIC OR DMADV OR CSSGB OR CSSBB) ("Six Sigma Black Belt" OR "Master Black Belt" OR "Continuous Improvement Engineer")',
      'site:linkedin.com/in ("Six Sigma" OR "6 Sigma" OR DMAIC OR DMADV OR CSSGB OR CSSBB) ("Process Improvement Engineer" OR "Quality Engineer" OR "Process Improvement Manager" OR "Operational Excellence Manager")',
    ]);
    const finds = searchFinds(googleXray, result.parts);
    const forms = chosen.groups[0]?.forms ?? [];
    const pairs = forms.flatMap((form) => chosen.titles.map((title) => [form, title]));
    expect(pairs).toHaveLength(9 * 8);
    expect(pairs.filter((pair) => !finds(pair))).toEqual([]);
    expect(result.uncovered).toEqual([]);
    expect(messages(result)[0]).toBe('Split into 2 parts (Google reads only the first 32 words of a search). Run each: together they pair every chosen form with every chosen title.');
  });

  it('factors the titles against the forms on Bing: 2 × 2 parts, each form chunk with each title chunk', () => {
    const result = buildSearch(bingXray, requestForTerms([sixSigma], { mode: 'strict', exclude: ['recruiter', 'intern'] }));
    expect(result.parts.map((part) => part.clauses[0])).toEqual([
      { groups: [['Six Sigma', '6 Sigma', 'DMAIC']], titles: ['Six Sigma Black Belt', 'Master Black Belt', 'Continuous Improvement Engineer', 'Process Improvement Engineer'] },
      { groups: [['Six Sigma', '6 Sigma', 'DMAIC']], titles: ['Quality Engineer', 'Process Improvement Manager', 'Operational Excellence Manager'] },
      { groups: [['DMADV', 'CSSGB', 'CSSBB']], titles: ['Six Sigma Black Belt', 'Master Black Belt', 'Continuous Improvement Engineer', 'Process Improvement Engineer'] },
      { groups: [['DMADV', 'CSSGB', 'CSSBB']], titles: ['Quality Engineer', 'Process Improvement Manager', 'Operational Excellence Manager'] },
    ]);
    for (const part of result.parts) expect(part.text).toMatch(/ -recruiter -intern$/);
    expect(result.parts.map((part) => part.number)).toEqual([1, 2, 3, 4]);
    expect(new Set(result.parts.map((part) => part.url)).size).toBe(4);
  });

  it('drops forms a shorter chosen form already finds, and says which', () => {
    const result = buildSearch(googleXray, requestForTerms([sixSigma], { mode: 'broad' }));
    expect(result.parts.map((part) => part.text)).toEqual(['site:linkedin.com/in ("Six Sigma" OR "6 Sigma" OR DMAIC OR DMADV OR CSSGB OR CSSBB)']);
    expect(result.absorbed).toEqual([
      { text: 'Six Sigma Green Belt', role: 'form', by: 'Six Sigma' },
      { text: 'Six Sigma Black Belt', role: 'form', by: 'Six Sigma' },
      { text: 'Six Sigma Master Black Belt', role: 'form', by: 'Six Sigma' },
    ]);
    expect(messages(result)).toContain('Not searched separately: "Six Sigma Green Belt", "Six Sigma Black Belt" and "Six Sigma Master Black Belt" (they contain "Six Sigma", which finds them).');
  });

  it('builds nothing when a form alone is over the limit, and says why', () => {
    const name = Array.from({ length: 40 }, (_, index) => `w${index}`).join(' ');
    const result = buildSearch(googleXray, request({ groups: [{ forms: [name] }] }));
    expect(result.parts).toEqual([]);
    expect(result.leftOut[0]).toMatchObject({ text: name, role: 'form', reason: 'too long to fit beside the rest of the search: Google reads only the first 32 words of a search' });
    expect(result.uncovered[0]).toMatchObject({ groups: [[name]], titles: null });
  });

  it('trims exclusions, then the keyword, when even the smallest part would not fit', () => {
    const exclude = ['a', 'b', 'c', 'd', 'e', 'f'];
    const result = buildSearch(github, { ...requestForTerms([python], { mode: 'broad' }), exclude });
    // Six NOTs are over GitHub's 5 operators: the last exclusion goes.
    expect(result.parts.map((part) => part.text)).toEqual(['language:python NOT a NOT b NOT c NOT d NOT e type:user']);
    expect(result.leftOut).toEqual([{ text: 'f', role: 'exclude', reason: 'left out so the search fits: GitHub search accepts at most 256 characters; GitHub search allows at most 5 AND, OR and NOT operators' }]);
  });
});

describe('the cap on parts', () => {
  it('past the cap, says how many parts it needs and which least-used forms or titles to drop', () => {
    const result = buildSearch(bingXray, requestForTerms([sixSigma], { mode: 'strict', exclude: ['recruiter', 'intern'] }), { cap: 2 });
    expect(result.parts).toHaveLength(4);
    expect(result.capAdvice).toEqual({
      parts: 4,
      cap: 2,
      drop: [
        { role: 'form', text: 'CSSBB' },
        { role: 'form', text: 'CSSGB' },
        { role: 'form', text: 'DMADV' },
      ],
      after: 2,
    });
    expect(messages(result)).toContain('This search needs 4 parts, more than the 2 most people run. Dropping "CSSBB", "CSSGB" and "DMADV" (the least used) brings it to 2.');
  });

  it('applied, keeps to the cap and lists what that leaves unfound', () => {
    const result = buildSearch(bingXray, requestForTerms([sixSigma], { mode: 'strict', exclude: ['recruiter', 'intern'] }), { cap: 2, applyCap: true });
    expect(result.parts).toHaveLength(2);
    expect(result.uncovered).toEqual(
      ['CSSBB', 'CSSGB', 'DMADV'].map((form) => ({ groups: [[form]], titles: null, reason: 'left out to keep to 2 parts' })),
    );
    expect(messages(result)).toContain('Kept to 2 parts by leaving out "CSSBB", "CSSGB" and "DMADV" (the least used): people with only those are not found.');
  });

  it('applied, names a dropped form in every term that has it (found by the cap property test)', () => {
    const nodeSix = { name: 'Node.js Six', aliases: ['Six Node.js', 'Data', 'Black'], acronyms: [], typicalTitle: 'Six', relatedTitles: ['Quality Black C++', 'Six\u200bSix'], industrySlug: 'software-engineering' };
    const sixes = { name: 'Six Six Six', aliases: ['Six.NETSix', 'Six Manager'], acronyms: ['Manager', 'Data'], typicalTitle: 'Belt Quality', relatedTitles: [], industrySlug: 'software-engineering' };
    const shared = requestForTerms([nodeSix, sixes], { mode: 'strict', acronyms: { first: 2 }, location: 'Chicago', exclude: ['Six', 'Sigma'], keyword: 'Python OR Java' });
    const result = buildSearch(googleXray, shared, { cap: 2, applyCap: true });
    expect(result.capAdvice?.drop).toEqual([{ role: 'form', text: 'Data' }]);
    expect(result.uncovered.filter((rect) => rect.reason === 'left out to keep to 2 parts')).toEqual([
      { groups: [['Data'], null], titles: null, reason: 'left out to keep to 2 parts' },
      { groups: [null, ['Data']], titles: null, reason: 'left out to keep to 2 parts' },
    ]);
  });

  it('never applies to platforms that do not split', () => {
    expect(buildSearch(linkedin, requestForTerms([sixSigma], { mode: 'strict' }), { cap: 0 }).capAdvice).toBeNull();
  });
});

describe('strict never puts the term itself in the title filter', () => {
  it('a title inside a form is searched only with the forms it adds something to (LinkedIn: one string)', () => {
    const result = buildSearch(linkedin, requestForTerms([registeredNurse], { mode: 'strict' }));
    expect(result.parts.map((part) => part.text)).toEqual([
      '(RN AND ("Registered Nurse" OR "Staff Nurse" OR "Charge Nurse")) OR ("Registered Nurse" AND ("Staff Nurse" OR "Charge Nurse"))',
    ]);
    expect(result.uncovered).toEqual([
      { groups: [['Registered Nurse']], titles: ['Registered Nurse'], reason: '"Registered Nurse" already contains "Registered Nurse", so that title adds nothing to it' },
    ]);
    expect(messages(result)).toContain(
      '"Registered Nurse" already contains a chosen title (as a filter, that title would let every mention through), so Strict searches it with the other titles.',
    );
  });

  it('on a platform with a job-title box, the forms that contain a title are one more search', () => {
    const result = buildSearch(linkedinRecruiter, requestForTerms([registeredNurse], { mode: 'strict' }));
    expect(result.parts.map((part) => [part.text, part.fields.map((field) => field.text)])).toEqual([
      ['RN', ['"Registered Nurse" OR "Staff Nurse" OR "Charge Nurse"']],
      ['"Registered Nurse"', ['"Staff Nurse" OR "Charge Nurse"']],
    ]);
  });

  it('several forms that contain titles share one search, and the pairs that costs are named', () => {
    const nurse = { ...registeredNurse, aliases: ['Staff Nurse'], relatedTitles: ['Staff Nurse', 'Charge Nurse'] };
    const result = buildSearch(linkedinRecruiter, requestForTerms([nurse], { mode: 'strict' }));
    expect(result.parts.map((part) => [part.text, part.fields.map((field) => field.text)])).toEqual([
      ['RN', ['"Registered Nurse" OR "Staff Nurse" OR "Charge Nurse"']],
      ['("Registered Nurse" OR "Staff Nurse")', ['"Charge Nurse"']],
    ]);
    expect(result.uncovered).toContainEqual({ groups: [['Registered Nurse']], titles: ['Staff Nurse'], reason: 'searched with the other forms that contain a title, so not paired with "Staff Nurse"' });
    expect(result.uncovered).toContainEqual({ groups: [['Staff Nurse']], titles: ['Registered Nurse'], reason: 'searched with the other forms that contain a title, so not paired with "Registered Nurse"' });
  });

  it('with several terms, the other terms still have to match: no extra searches', () => {
    const result = buildSearch(linkedinRecruiter, requestForTerms([registeredNurse, kubernetes], { mode: 'strict' }));
    expect(result.parts).toHaveLength(1);
    expect(result.uncovered).toEqual([]);
  });

  it('"Accountant" is no filter for "Certified Public Accountant", but is for CPA', () => {
    const result = buildSearch(googleXray, requestForTerms([cpa], { mode: 'strict' }));
    expect(result.parts.map((part) => part.text)).toEqual([
      'site:linkedin.com/in CPA (Accountant OR Controller)',
      'site:linkedin.com/in "Certified Public Accountant" ("Tax Accountant" OR Controller)',
    ]);
    // "Tax Accountant" is found by "Accountant" in the CPA part, and searched itself in the other.
    expect(result.absorbed).toEqual([]);
  });
});

describe('your own words', () => {
  const kubernetesOnly = (extra: Parameters<typeof requestForTerms>[1]) => requestForTerms([kubernetes], { relatedTitles: 'none', ...extra });

  it('a keyword with operators, commas or quotes is boolean, not one phrase', () => {
    expect(buildSearch(linkedin, kubernetesOnly({ mode: 'strict', keyword: 'Python OR Java', exclude: ['recruiter OR sourcer', '-intern'] })).parts[0]?.text).toBe(
      '(Kubernetes OR K8s) AND "DevOps Engineer" AND (Python OR Java) NOT (recruiter OR sourcer OR intern)',
    );
    expect(buildSearch(googleXray, kubernetesOnly({ mode: 'strict', keyword: 'fintech, banking', exclude: ['recruiter OR sourcer'] })).parts[0]?.text).toBe(
      'site:linkedin.com/in (Kubernetes OR K8s) "DevOps Engineer" (fintech OR banking) -recruiter -sourcer',
    );
    expect(buildSearch(linkedin, kubernetesOnly({ mode: 'broad', keyword: 'supply chain' })).parts[0]?.text).toBe('(Kubernetes OR K8s) AND "supply chain"');
  });

  it('what a platform cannot say is left out with the reason, not mangled', () => {
    const result = buildSearch(googleXray, kubernetesOnly({ mode: 'broad', exclude: ['junior AND intern', 'recruiter'] }));
    expect(result.parts[0]?.text).toBe('site:linkedin.com/in (Kubernetes OR K8s) -recruiter');
    expect(result.leftOut).toEqual([
      { text: 'junior AND intern', role: 'exclude', reason: 'Google can only exclude single words and phrases (write them separated by commas)' },
    ]);
  });
});

describe('warnings a sourcer needs', () => {
  it('an exclusion that cancels a chosen title', () => {
    const result = buildSearch(linkedin, request({ titles: ['DevOps Engineer', 'Corporate Recruiter'], exclude: ['recruiter'] }));
    expect(messages(result)).toContain('Excluding "recruiter" cancels the title "Corporate Recruiter": nobody with that title can be found. Remove the exclusion or the title.');
    expect(result.uncovered).toEqual([{ groups: [null], titles: ['Corporate Recruiter'], reason: 'your exclusion "recruiter" rules it out' }]);
  });

  it('an exclusion that rules out a form you search for', () => {
    const result = buildSearch(linkedin, request({ groups: [{ forms: ['Kubernetes', 'Kubernetes Administrator'] }], exclude: ['administrator'] }));
    expect(messages(result)).toContain('Excluding "administrator" rules out "Kubernetes Administrator", which you are searching for: remove the exclusion or that form.');
  });

  it('a LinkedIn string past its practical length, and the disputed operator limit (never split or refused)', () => {
    const titles = Array.from({ length: 60 }, (_, index) => `Senior Title Number ${index}`);
    const result = buildSearch(linkedin, request({ titles }));
    expect(result.parts).toHaveLength(1);
    expect(messages(result)).toContainEqual(expect.stringMatching(/^This string has 1,\d{3} characters\. LinkedIn doesn't publish a length limit/));
    expect(result.notes).toContainEqual({ level: 'info', message: expect.stringMatching(/^This string has 61 operators\. LinkedIn doesn't publish an operator limit: some report that free accounts ignore searches past about 6 operators/) });
  });

  it('close to a hard limit', () => {
    const titles = ['One Two Three Four Five', 'Six Seven Eight Nine Ten', 'Eleven Twelve Thirteen Fourteen Fifteen', 'Sixteen Seventeen Eighteen Nineteen Twenty', 'Twentyone Twentytwo'];
    const result = buildSearch(googleXray, request({ titles }));
    expect(result.parts).toHaveLength(1);
    expect(result.notes).toContainEqual({ level: 'info', message: 'Close to the limit: 30 of 32 words. Google reads only the first 32 words of a search.' });
  });

  it('a platform offered for other fields', () => {
    expect(messages(buildSearch(github, requestForTerms([sixSigma], { mode: 'broad' })))).toContain('GitHub search is offered for other fields: it may find few people for these terms.');
    expect(messages(buildSearch(github, requestForTerms([kubernetes], { mode: 'broad' }))).join()).not.toMatch(/other fields/);
  });

  it('characters dropped from phrases, and bare stop words on Sales Navigator', () => {
    const dropped = buildSearch(linkedin, request({ titles: ['Engineer (Cloud)*'] }));
    expect(dropped.parts[0]?.text).toBe('(Kubernetes OR K8s) AND "Engineer Cloud"');
    expect(dropped.notes).toContainEqual({ level: 'warning', message: 'Removed characters LinkedIn can\'t take inside a search phrase: ( ) * in "Engineer (Cloud)*".' });
    const stop = buildSearch(linkedinSalesNavigator, request({ groups: [{ forms: ['Kubernetes', 'in', 'K8s'] }] }));
    expect(stop.parts[0]?.text).toBe('(Kubernetes OR K8s)');
    expect(stop.leftOut).toEqual([{ text: 'in', role: 'form', reason: 'Sales Navigator ignores the word "in"' }]);
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
    expect(buildSearch(bingXray, request({ country: 'us' })).leftOut).toEqual([
      { text: 'us', role: 'country', reason: 'US profiles have no country subdomain on LinkedIn, so this searches all of linkedin.com/in' },
    ]);
  });
});
