import { describe, expect, it } from 'vitest';
import { lintQuery } from '../../../lib/boolean/lint';
import { platformById } from '../../../lib/boolean/platforms';
import type { LintKind, Platform } from '../../../lib/boolean/types';

const platform = (id: string): Platform => {
  const found = platformById(id);
  if (!found) throw new Error(`no platform ${id}`);
  return found;
};

const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');

/** [platform, pasted string, kind, severity, the fix (null: none is certain)] */
const CASES: readonly [string, string, LintKind, 'error' | 'warning', string | null][] = [
  ['linkedin', '“Six Sigma” AND Lean', 'curly-quotes', 'error', '"Six Sigma" AND Lean'],
  ['google-xray', 'site:linkedin.com/in «Six Sigma»', 'curly-quotes', 'error', 'site:linkedin.com/in "Six Sigma"'],
  ['linkedin', '"Bloom’s Taxonomy"', 'curly-quotes', 'warning', `"Bloom's Taxonomy"`],
  ['linkedin', 'Lean AND "Six Sigma', 'unbalanced-quotes', 'error', 'Lean AND "Six Sigma"'],
  ['linkedin', 'Lean "', 'unbalanced-quotes', 'error', 'Lean'],
  ['linkedin', 'Lean AND "Six Sigma OR Kaizen', 'unbalanced-quotes', 'error', null],
  ['linkedin', 'Lean AND Six Sigma" OR Kaizen', 'unbalanced-quotes', 'error', null],
  ['linkedin', 'Lean AND (engineer OR manager', 'unbalanced-parentheses', 'error', 'Lean AND (engineer OR manager)'],
  ['linkedin', 'engineer OR "plant manager") AND Lean', 'unbalanced-parentheses', 'error', '(engineer OR "plant manager") AND Lean'],
  ['indeed', 'Lean title:(engineer OR manager', 'unbalanced-parentheses', 'error', 'Lean title:(engineer OR manager)'],
  ['linkedin', ') Lean', 'unbalanced-parentheses', 'error', 'Lean'],
  ['linkedin', '(Lean AND (a OR b)', 'unbalanced-parentheses', 'error', null],
  ['linkedin', 'Lean AND (a OR b AND c', 'unbalanced-parentheses', 'error', null],
  ['linkedin', 'Lean AND () AND Kaizen', 'empty-parentheses', 'error', 'Lean AND Kaizen'],
  ['indeed', 'Lean title:(())', 'empty-parentheses', 'error', 'Lean'],
  ['github', '(kubernetes OR k8s) location:London type:user', 'parentheses', 'error', 'kubernetes OR k8s location:London type:user'],
  ['github', '(kubernetes OR k8s) NOT recruiter type:user', 'parentheses', 'error', 'kubernetes OR k8s NOT recruiter type:user'],
  ['github', '(kubernetes OR k8s) (go OR golang)', 'parentheses', 'error', null],
  ['linkedin', 'Lean or Kaizen and engineer not intern', 'lowercase-operator', 'error', 'Lean OR Kaizen AND engineer NOT intern'],
  ['linkedin', 'or Lean', 'lowercase-operator', 'error', null],
  ['google-xray', 'site:linkedin.com/in Lean or Kaizen', 'lowercase-operator', 'error', 'site:linkedin.com/in Lean OR Kaizen'],
  ['bing-xray', 'Lean Or Kaizen', 'lowercase-operator', 'error', 'Lean OR Kaizen'],
  ['linkedin', 'AND Lean OR OR Kaizen AND', 'dangling-operator', 'error', 'Lean OR Kaizen'],
  ['linkedin', '(OR Lean) AND NOT', 'dangling-operator', 'error', '(Lean)'],
  ['linkedin', 'NOT recruiter', 'dangling-operator', 'error', null],
  ['linkedin', 'Lean AND OR Kaizen', 'dangling-operator', 'error', null],
  ['google-xray', 'OR Lean', 'dangling-operator', 'error', 'Lean'],
  ['linkedin', 'Lean -recruiter -"talent acquisition"', 'unsupported-operator', 'error', 'Lean NOT recruiter NOT "talent acquisition"'],
  ['linkedin-sales-navigator', '+Lean Kaizen', 'unsupported-operator', 'warning', 'Lean Kaizen'],
  ['google-xray', 'site:linkedin.com/in Lean NOT recruiter', 'unsupported-operator', 'error', 'site:linkedin.com/in Lean -recruiter'],
  ['google-xray', 'Lean NOT (recruiter OR intern)', 'unsupported-operator', 'error', null],
  ['google-xray', 'Lean ~Kaizen +Gemba', 'unsupported-operator', 'warning', 'Lean Kaizen Gemba'],
  ['linkedin', 'engineer* AND Lean', 'wildcard', 'warning', 'engineer AND Lean'],
  ['google-xray', 'site:linkedin.com/in "senior * engineer" engin*', 'wildcard', 'warning', 'site:linkedin.com/in "senior * engineer" engin'],
  ['ats', 'engin* AND Lean', 'wildcard', 'warning', null],
  ['linkedin', 'C++ OR C# OR .NET', 'unquoted-symbol', 'warning', '"C++" OR "C#" OR ".NET"'],
  ['google-xray', 'site:linkedin.com/in Lean -C#', 'unquoted-symbol', 'warning', 'site:linkedin.com/in Lean -"C#"'],
  ['linkedin-sales-navigator', 'engineer in London', 'stop-word', 'warning', null],
  ['google-xray', `site:linkedin.com/in ${words(32)}`, 'words-limit', 'error', null],
  ['bing-xray', words(11), 'terms-limit', 'error', null],
  ['github', `${'a'.repeat(250)} type:user`, 'characters-limit', 'error', null],
  ['github', 'a OR b OR c OR d OR e NOT f NOT g type:user', 'operators-limit', 'error', null],
  ['linkedin', `"${'a'.repeat(1000)}"`, 'characters-limit', 'warning', null],
  ['indeed', 'Lean title:(a OR b OR c OR d OR e OR f)', 'titles-limit', 'warning', null],
];

describe('lintQuery finds, explains and fixes each kind of problem', () => {
  it.each(CASES)('%s: %s → %s', (id, text, kind, severity, fix) => {
    const problems = lintQuery(platform(id), text);
    const problem = problems.find((found) => found.kind === kind);
    expect(problem).toMatchObject({ kind, severity, fix });
    expect(problem?.message.length).toBeGreaterThan(30);
    if (fix !== null) {
      // The fix clears this kind of problem, so linting it again offers no further fix for it.
      const again = lintQuery(platform(id), fix);
      expect(again.filter((found) => found.kind === kind)).toEqual([]);
    }
  });
});

describe('lint messages', () => {
  it('say what the platform will do, in plain words', () => {
    const [google] = lintQuery(platform('google-xray'), `site:linkedin.com/in ${words(40)}`);
    expect(google?.message).toBe(
      'Google reads only the first 32 words of a search. This string has 41 words, so everything from w31 w32 w33 w34 w35 w36 w37 w38 w39 on is ignored. Split it into shorter searches.',
    );
    const [lower] = lintQuery(platform('linkedin'), 'Lean or Kaizen');
    expect(lower?.message).toBe('LinkedIn reads operators only in capitals: in lowercase, "or" is searched as an ordinary word, which changes the search.');
    const [minus] = lintQuery(platform('linkedin'), 'Lean -recruiter');
    expect(minus?.message).toBe('LinkedIn has no minus operator: a word after "-" is searched, so those results are included, not excluded. Use NOT.');
  });
});

describe('clean strings', () => {
  it.each([
    ['linkedin', '("Six Sigma" OR DMAIC) AND ("Quality Engineer" OR "Process Engineer") NOT (recruiter OR intern)'],
    ['linkedin', 'Lean AND NOT intern'],
    ['linkedin-sales-navigator', '"C++" AND "Embedded Software Engineer"'],
    ['google-xray', 'site:uk.linkedin.com/in ("C#" OR "C Sharp") "senior * engineer" -recruiter -"talent acquisition"'],
    ['bing-xray', 'site:linkedin.com/in ("Node.js" OR NodeJS) -recruiter'],
    ['indeed', '(HIPAA OR HIPPA) title:("Privacy Officer" OR "Compliance Analyst") -recruiter'],
    ['github', 'Kubernetes OR K8s NOT recruiter location:"San Francisco, CA" type:user'],
    ['ats', '".NET" AND ("ASP.NET Developer" OR "C# Developer")'],
    ['linkedin', ''],
  ])('%s: %s has no problems', (id, text) => {
    expect(lintQuery(platform(id), text)).toEqual([]);
  });
});
