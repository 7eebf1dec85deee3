import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_UNSUPPORTED } from '../../../lib/boolean/adapt';
import { buildSearch } from '../../../lib/boolean/build';
import { searchFinds } from '../../../lib/boolean/evaluate';
import { requestForTerms, type SearchTerm, type Selection, type TermChoices } from '../../../lib/boolean/from-terms';
import { lintQuery } from '../../../lib/boolean/lint';
import { containsPhrase, phraseWords } from '../../../lib/boolean/phrase-match';
import { PLATFORMS } from '../../../lib/boolean/platforms';
import { phraseToken } from '../../../lib/boolean/quote';
import type { DraftItem, Platform, SearchRequest, SearchResult, Uncovered } from '../../../lib/boolean/types';

// Pieces that break naive builders: quotes of every kind, brackets, symbols, operator words in any
// case, non-Latin letters, odd whitespace, half a surrogate pair, qualifier look-alikes.
const PIECES = [
  'Six', 'sigma', 'or', 'OR', 'AND', 'and', 'NOT', 'Not', 'in', 'by', '"', '“', '”', '„', '«', '»', '‘', '’', "'", '(', ')', '()',
  '+', '#', '.', '/', '&', '*', '-', ':', '|', '~', '\\', 'C++', 'C#', '.NET', 'Node.js', "Bloom's", 'AT&T', 'データ', 'Straße', 'é',
  'e\u0301', '日本', 'Тест', 'عربى', ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\ud800', 'site:x', 'title:', 'location:', 'OR OR',
];
const piece = fc.constantFrom(...PIECES);
const noisy: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('')) },
  { weight: 2, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 15 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  // Long phrases, to push Google's words, Bing's terms and GitHub's characters past their limits.
  { weight: 1, arbitrary: fc.array(fc.constantFrom('alpha', 'beta', 'C++', 'gamma delta'), { maxLength: 40 }).map((words) => words.join(' ')) },
);

// A small vocabulary, so that forms contain forms, titles sit inside forms and exclusions hit titles.
const WORDS = ['Six', 'Sigma', 'Black', 'Belt', 'Quality', 'Engineer', 'Registered', 'Nurse', 'Lean', 'Recruiter', 'Manager', 'C++', 'Node.js', 'in', 'Data'];
const phrase: fc.Arbitrary<string> = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const text: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: phrase }, { weight: 1, arbitrary: noisy });

const term = (value: fc.Arbitrary<string>, max: { forms: number; titles: number }): fc.Arbitrary<SearchTerm> =>
  fc.record({
    name: value,
    aliases: fc.array(value, { maxLength: max.forms }),
    acronyms: fc.array(value, { maxLength: Math.ceil(max.forms / 2) }),
    typicalTitle: value,
    relatedTitles: fc.array(value, { maxLength: max.titles }),
    industrySlug: fc.constantFrom('software-engineering', 'manufacturing'),
  });

const selection = (value: fc.Arbitrary<string>): fc.Arbitrary<Selection | undefined> =>
  fc.oneof(fc.constant(undefined), fc.constant('all' as const), fc.constant('none' as const), fc.record({ first: fc.nat(6) }), fc.array(value, { maxLength: 3 }));

/** A keyword as typed, and a phrase a profile would carry to satisfy it. */
const KEYWORDS: readonly (readonly [string, string])[] = [
  ['fintech', 'fintech'],
  ['fintech, banking', 'banking'],
  ['Python OR Java', 'Java'],
  ['"supply chain" -intern', 'supply chain'],
  ['C++', 'C++'],
  ['medical devices', 'medical devices'],
];

const choices = (value: fc.Arbitrary<string>): fc.Arbitrary<TermChoices & { readonly satisfies: string | undefined }> =>
  fc
    .record({
      mode: fc.constantFrom('strict' as const, 'broad' as const),
      aliases: selection(value),
      acronyms: selection(value),
      typicalTitle: fc.option(fc.boolean(), { nil: undefined }),
      relatedTitles: selection(value),
      keyword: fc.option(fc.constantFrom(...KEYWORDS), { nil: undefined }),
      location: fc.option(fc.constantFrom('Chicago', 'San Francisco, CA', 'Zürich'), { nil: undefined }),
      exclude: fc.array(value, { maxLength: 3 }),
      country: fc.option(fc.constantFrom('uk', 'DE', 'us', 'gb', 'x1', ''), { nil: undefined }),
      minRepos: fc.option(fc.nat(20), { nil: undefined }),
    })
    .map(({ keyword, ...rest }) => ({ ...rest, keyword: keyword?.[0], satisfies: keyword?.[1] }));

/** Straight quotes pair up and brackets outside them balance. */
function balanced(value: string): boolean {
  if ((value.match(/"/g) ?? []).length % 2 !== 0) return false;
  let depth = 0;
  for (const char of value.replace(/"[^"]*"/g, '')) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The query a URL carries, decoded the way the site decodes it ("+" would turn into a space). */
function queryOf(url: string): string | null {
  const params = new URL(url).searchParams;
  return params.get('keywords') ?? params.get('q');
}

function checkValid(platform: Platform, result: SearchResult): void {
  for (const part of result.parts) {
    // A search with boxes may leave Keywords empty (titles only); any other search has its string.
    expect(part.text !== '' || part.fields.length > 0).toBe(true);
    expect(lintQuery(platform, part.text).filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(balanced(part.text)).toBe(true);
    for (const field of part.fields) expect(balanced(field.text)).toBe(true);
    for (const counter of part.counters) {
      if (counter.limit && counter.limit.strength !== 'soft') expect(counter.value).toBeLessThanOrEqual(counter.limit.max);
    }
    if (part.url !== null) expect(queryOf(part.url)).toBe(part.text);
  }
}

/** Every combination of one form per group and one title (or none when no title is asked for). */
function combinations(groups: readonly (readonly DraftItem[])[], titles: readonly (DraftItem | null)[]): { forms: DraftItem[]; title: DraftItem | null }[] {
  const forms = groups.reduce<DraftItem[][]>((acc, group) => acc.flatMap((prefix) => group.map((item) => [...prefix, item])), [[]]);
  return forms.flatMap((chosen) => titles.map((title) => ({ forms: chosen, title })));
}

const inRect = (rect: Uncovered, forms: readonly DraftItem[], title: DraftItem | null) =>
  rect.groups.every((allowed, index) => allowed === null || allowed.includes(forms[index]?.text ?? '\u0000')) &&
  (rect.titles === null || (title !== null && rect.titles.includes(title.text)));

/**
 * The union of the parts finds every form × title combination, except those the result lists as
 * uncovered, and each listed reason holds: a title inside the form, an exclusion that matches, or an
 * item the result says it left out.
 */
function checkCoverage(platform: Platform, request: SearchRequest, satisfies: string | undefined, result: SearchResult): void {
  const { draft } = platform.adapt(request);
  const clause = draft.clauses[0];
  if (!clause || clause.groups.length === 0 || result.parts.length === 0) return;
  const titles = clause.titles.length > 0 ? clause.titles : [null];
  const all = combinations(clause.groups, titles);
  if (all.length > 2000) return;
  const finds = searchFinds(platform, result.parts);
  const searchable = (item: DraftItem) => phraseWords(item.text, platform.ignoresSymbols).length > 0;
  for (const { forms, title } of all) {
    if (![...forms, ...(title ? [title] : [])].every(searchable)) continue;
    const profile = [...forms.map((item) => item.text), ...(title ? [title.text] : []), ...(satisfies ? [satisfies] : []), ...(request.location ? [request.location] : [])];
    if (finds(profile)) continue;
    const rect = result.uncovered.find((candidate) => inRect(candidate, forms, title));
    expect(rect, `no part finds ${JSON.stringify(profile)} and the result doesn't say so`).toBeDefined();
  }
  const leftOutTexts = new Set(result.leftOut.map((entry) => entry.text));
  for (const rect of result.uncovered) {
    if (rect.reason.includes('adds nothing')) {
      for (const forms of rect.groups) for (const form of forms ?? []) for (const inside of rect.titles ?? []) expect(containsPhrase(form, inside, platform.ignoresSymbols)).toBe(true);
    } else if (rect.reason.includes('forms that contain a title')) {
      // Merged into the one class of forms that contain a title: each title it misses is inside a sibling form.
      const siblings = clause.groups[0] ?? [];
      for (const inside of rect.titles ?? []) expect(siblings.some((form) => containsPhrase(form.text, inside, platform.ignoresSymbols))).toBe(true);
    } else if (rect.reason.startsWith('your exclusion')) {
      expect(draft.exclude.length).toBeGreaterThan(0);
    } else {
      const items = [...rect.groups.flatMap((forms) => forms ?? []), ...(rect.titles ?? [])];
      expect(items.some((item) => leftOutTexts.has(item))).toBe(true);
    }
  }
}

const tidy = fc.tuple(fc.array(term(text, { forms: 4, titles: 5 }), { minLength: 1, maxLength: 2 }), choices(text));
const wild = fc.tuple(fc.array(term(noisy, { forms: 6, titles: 10 }), { minLength: 1, maxLength: 3 }), choices(noisy));

describe('every generated string is valid for its platform', () => {
  for (const platform of PLATFORMS) {
    it(`${platform.id}: lints without errors, balanced, within limits, correctly encoded`, () => {
      fc.assert(
        fc.property(wild, ([terms, { satisfies: _, ...chosen }]) => {
          checkValid(platform, buildSearch(platform, requestForTerms(terms, chosen)));
        }),
        { numRuns: 120 },
      );
    }, 60_000);
  }
});

describe('splitting loses nobody', () => {
  for (const platform of PLATFORMS) {
    it(`${platform.id}: the parts together find every form × title combination, or say which they can't and why`, () => {
      fc.assert(
        fc.property(tidy, ([terms, { satisfies, ...chosen }]) => {
          const request = requestForTerms(terms, chosen);
          const result = buildSearch(platform, request);
          checkValid(platform, result);
          checkCoverage(platform, request, satisfies, result);
        }),
        { numRuns: 150 },
      );
    }, 60_000);
  }

  it('with the cap applied, what the cap drops is listed as uncovered too', () => {
    const google = PLATFORMS.find((platform) => platform.id === 'google-xray') as Platform;
    fc.assert(
      fc.property(tidy, ([terms, { satisfies, ...chosen }]) => {
        const request = requestForTerms(terms, chosen);
        const result = buildSearch(google, request, { cap: 2, applyCap: true });
        expect(result.parts.length).toBeLessThanOrEqual(Math.max(2, result.capAdvice?.after ?? 0));
        checkCoverage(google, request, satisfies, result);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('lint fixes on random pasted strings', () => {
  const pasted = fc.array(fc.oneof(piece, fc.constantFrom('Lean', 'Kaizen', ' ', ' ', 'engineer*', '-intern', '(', ')', '"')), { maxLength: 20 }).map((pieces) => pieces.join(''));

  it('never throw, always explain, and clear their own kind of problem (so are idempotent)', () => {
    fc.assert(
      fc.property(pasted, (value) => {
        for (const platform of PLATFORMS) {
          for (const problem of lintQuery(platform, value)) {
            expect(problem.message).not.toBe('');
            if (problem.fix === null) continue;
            expect(problem.fix).not.toBe(value);
            const again = lintQuery(platform, problem.fix).filter((other) => other.kind === problem.kind);
            expect(again).toEqual([]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('phrase tokens', () => {
  it('are a bare word or one straight-quoted phrase with no quotes, brackets or * inside', () => {
    fc.assert(
      fc.property(noisy, (value) => {
        const { token } = phraseToken(value, COMMON_UNSUPPORTED);
        if (token === '') return;
        expect(token).toMatch(/^(?:[\p{L}\p{N}_]+|"[^"()*\\]+")$/u);
        expect(token).not.toMatch(/^"\s|\s"$/);
      }),
      { numRuns: 500 },
    );
  });
});
