/**
 * Realistic profile and job-post snippets per industry, each with the terms it contains: the
 * matcher, compiled from the whole shipped glossary, must find exactly those and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryFile } from '../../data/glossary.schema';
import { compileMatcher } from '../../lib/matcher/compile';
import { createMatcher } from '../../lib/matcher/match';

interface CoverageFile {
  industry: string;
  snippets: { kind: 'profile' | 'job-post'; text: string; expect: string[] }[];
}

const read = <T>(dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, data: JSON.parse(readFileSync(join(dir, name), 'utf8')) as T }));

const glossary = read<GlossaryFile>(join(import.meta.dirname, '../../data/glossary'));
const coverage = read<CoverageFile>(join(import.meta.dirname, 'coverage'));
const matcher = createMatcher(compileMatcher(glossary.flatMap(({ data }) => data.terms)));

describe('coverage snippets', () => {
  it('exist for every industry, five or more each', () => {
    const missing = glossary.filter(({ name }) => (coverage.find((c) => c.name === name)?.data.snippets.length ?? 0) < 5).map(({ name }) => name);
    expect(missing).toEqual([]);
  });

  describe.each(coverage)('$name', ({ data }) => {
    it.each(data.snippets.map((snippet, i) => [i + 1, snippet] as const))('snippet %i: finds exactly the expected terms', (_, snippet) => {
      const found = [...new Set(matcher.match(snippet.text).map((m) => matcher.ids[m.term]!))].sort();
      expect(found).toEqual([...new Set(snippet.expect)].sort());
    });
  });
});
