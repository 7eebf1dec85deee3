import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearch } from '../../../lib/boolean/build';
import { requestForTerms, type SearchTerm, type Selection, type TermChoices } from '../../../lib/boolean/from-terms';
import { lintQuery } from '../../../lib/boolean/lint';
import { PLATFORMS } from '../../../lib/boolean/platforms';
import { COMMON_UNSUPPORTED } from '../../../lib/boolean/adapt';
import { phraseToken } from '../../../lib/boolean/quote';
import type { Platform, SearchResult } from '../../../lib/boolean/types';

// Pieces that break naive builders: quotes of every kind, brackets, symbols, operator words in any
// case, non-Latin letters, odd whitespace, half a surrogate pair, qualifier look-alikes.
const PIECES = [
  'Six', 'sigma', 'or', 'OR', 'AND', 'and', 'NOT', 'Not', 'in', 'by', '"', '“', '”', '„', '«', '»', '‘', '’', "'", '(', ')', '()',
  '+', '#', '.', '/', '&', '*', '-', ':', '|', '~', '\\', 'C++', 'C#', '.NET', 'Node.js', "Bloom's", 'AT&T', 'データ', 'Straße', 'é',
  'e\u0301', '日本', 'Тест', 'عربى', ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\ud800', 'site:x', 'title:', 'location:', 'OR OR',
];
const piece = fc.constantFrom(...PIECES);
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('')) },
  { weight: 2, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 15 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  // Long phrases, to push Google's words, Bing's terms and GitHub's characters past their limits.
  { weight: 1, arbitrary: fc.array(fc.constantFrom('alpha', 'beta', 'C++', 'gamma delta'), { maxLength: 40 }).map((words) => words.join(' ')) },
);

const term: fc.Arbitrary<SearchTerm> = fc.record({
  name: text,
  aliases: fc.array(text, { maxLength: 6 }),
  acronyms: fc.array(text, { maxLength: 4 }),
  typicalTitle: text,
  relatedTitles: fc.array(text, { maxLength: 10 }),
  industrySlug: fc.constantFrom('software-engineering', 'manufacturing'),
});

const selection: fc.Arbitrary<Selection | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant('all' as const),
  fc.constant('none' as const),
  fc.record({ first: fc.nat(6) }),
  fc.array(text, { maxLength: 3 }),
);

const choices: fc.Arbitrary<TermChoices> = fc.record({
  mode: fc.constantFrom('strict' as const, 'broad' as const),
  aliases: selection,
  acronyms: selection,
  typicalTitle: fc.option(fc.boolean(), { nil: undefined }),
  relatedTitles: selection,
  keyword: fc.option(text, { nil: undefined }),
  location: fc.option(text, { nil: undefined }),
  exclude: fc.array(text, { maxLength: 7 }),
  country: fc.option(fc.constantFrom('uk', 'DE', 'us', 'gb', 'x1', ''), { nil: undefined }),
});

const input = fc.tuple(fc.array(term, { minLength: 1, maxLength: 3 }), choices);

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

function checkResult(platform: Platform, terms: readonly SearchTerm[], chosen: TermChoices, result: SearchResult): void {
  const request = requestForTerms(terms, chosen);
  const { draft } = platform.adapt(request);
  const leftOut = (role: string, value: string) => result.leftOut.some((entry) => entry.role === role && entry.text === value);

  for (const part of result.parts) {
    expect(part.text).not.toBe('');
    expect(lintQuery(platform, part.text).filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(balanced(part.text)).toBe(true);
    for (const counter of part.counters) {
      if (counter.limit && counter.limit.strength !== 'soft') expect(counter.value).toBeLessThanOrEqual(counter.limit.max);
    }
    if (part.url !== null) expect(queryOf(part.url)).toBe(part.text);
  }
  if (result.parts.length === 0) return;

  // The anchor: same primaries in every part; kept exclusions, keyword and location in every part's text.
  const primaries = result.parts[0]?.groups.map((group) => group.primary);
  for (const part of result.parts) expect(part.groups.map((group) => group.primary)).toEqual(primaries);
  draft.groups.forEach((group, index) => {
    if (index < (primaries?.length ?? 0)) expect(primaries?.[index]).toBe(group.primary.text);
    else expect(leftOut('term', group.primary.text)).toBe(true);
  });
  for (const item of [...draft.exclude, ...(draft.keyword ? [draft.keyword] : []), ...(draft.location ? [draft.location] : [])]) {
    const kept = !result.leftOut.some((entry) => entry.text === item.text && ['exclude', 'keyword', 'location'].includes(entry.role));
    if (kept) for (const part of result.parts) expect(part.text).toContain(item.token);
  }

  // Each alternative and each title: in exactly one part, or reported as left out.
  draft.groups.forEach((group, index) => {
    for (const item of group.alternatives) {
      const holders = result.parts.filter((part) => part.groups[index]?.alternatives.includes(item.text));
      if (holders.length === 0) expect(leftOut('alternative', item.text)).toBe(true);
      else expect(holders).toHaveLength(1);
      for (const part of holders) expect(part.text).toContain(item.token);
    }
  });
  for (const item of draft.titles) {
    const holders = result.parts.filter((part) => part.titles.includes(item.text));
    if (holders.length === 0) expect(leftOut('title', item.text)).toBe(true);
    else expect(holders).toHaveLength(1);
    for (const part of holders) expect(part.text).toContain(item.token);
  }
}

describe('every generated string is valid for its platform', () => {
  for (const platform of PLATFORMS) {
    it(`${platform.id}: lints without errors, balanced, within limits, correctly encoded, split without loss`, () => {
      fc.assert(
        fc.property(input, ([terms, chosen]) => {
          checkResult(platform, terms, chosen, buildSearch(platform, requestForTerms(terms, chosen)));
        }),
        { numRuns: 200 },
      );
    });
  }
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
      { numRuns: 300 },
    );
  });
});

describe('phrase tokens', () => {
  it('are a bare word or one straight-quoted phrase with no quotes, brackets or * inside', () => {
    fc.assert(
      fc.property(text, (value) => {
        const { token } = phraseToken(value, COMMON_UNSUPPORTED);
        if (token === '') return;
        expect(token).toMatch(/^(?:[\p{L}\p{N}_]+|"[^"()*\\]+")$/u);
        expect(token).not.toMatch(/^"\s|\s"$/);
      }),
      { numRuns: 500 },
    );
  });
});
