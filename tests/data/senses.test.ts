/**
 * The labelled sense snippets (tests/data/senses/*.json) through the real pipeline: at least 200
 * snippets over at least 50 forms that really are shared, and 95 % or more shown as labelled.
 * Every miss is listed, so a glossary change that moves a default or a cue shows what it broke.
 */
import { describe, expect, it } from 'vitest';
import { ONLY } from './only';
import { describeWrong, readSenseSnippets, scoreAll } from './sense-snippets';
import { shippedPipeline } from './shipped-pipeline';

const pipeline = shippedPipeline();
const score = scoreAll(pipeline);

describe('sense snippets', { timeout: 60_000 }, () => {
  it.skipIf(ONLY !== undefined)('cover at least 200 snippets over at least 50 shared forms', () => {
    expect(score.results.length).toBeGreaterThanOrEqual(200);
    expect(score.ambiguousForms).toBeGreaterThanOrEqual(50);
  });

  it('every snippet contains its form as a whole word', () => {
    expect(score.results.filter((r) => r.invalid).map((r) => `${r.file}: ${r.invalid}`)).toEqual([]);
  });

  it('every expected sense is a shipped term', () => {
    const ids = new Set(pipeline.matcher.ids);
    const unknown = readSenseSnippets().flatMap(({ file, data }) => data.snippets.filter((s) => s.expect !== null && !ids.has(s.expect)).map((s) => `${file}: ${s.expect}`));
    expect(unknown).toEqual([]);
  });

  it.skipIf(ONLY !== undefined)('show the labelled sense 95 % of the time or more', () => {
    const wrong = describeWrong(score.results);
    // The list is the useful part of a failure: which snippets, what was shown instead.
    expect({ share: score.share >= 0.95, wrong: score.share >= 0.95 ? [] : wrong }).toEqual({ share: true, wrong: [] });
  });
});
