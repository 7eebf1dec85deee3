/**
 * Realistic profile and job-post snippets per industry, each with the terms it contains: the real
 * pipeline (the whole shipped glossary compiled, matched, and each shared form's sense chosen as it
 * would be on a page holding just the snippet) must find exactly those and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { ONLY } from './only';
import { readCoverage, shippedPipeline } from './shipped-pipeline';

const coverage = readCoverage().filter(({ slug }) => ONLY === undefined || slug === ONLY);
const pipeline = shippedPipeline();

describe('coverage snippets', { timeout: 60_000 }, () => {
  it('exist for every industry, five or more each', () => {
    const missing = pipeline.files.filter(({ slug }) => (ONLY === undefined || slug === ONLY) && (coverage.find((c) => c.slug === slug)?.data.snippets.length ?? 0) < 5).map(({ slug }) => slug);
    expect(missing).toEqual([]);
  });

  describe.each(coverage)('$slug', ({ data }) => {
    it.each(data.snippets.map((snippet, i) => [i + 1, snippet] as const))('snippet %i: finds exactly the expected terms', (_, snippet) => {
      expect(pipeline.termsIn(snippet.text)).toEqual([...new Set(snippet.expect)].sort());
    });
  });
});
