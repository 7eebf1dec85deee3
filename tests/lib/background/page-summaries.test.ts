import { describe, expect, it } from 'vitest';
import { badgeText, mergeFrames } from '../../../lib/background/page-summaries';

describe('page summaries', () => {
  it('adds up occurrences across frames and names the page by its top frame', () => {
    expect(
      mergeFrames({
        0: { url: 'https://www.linkedin.com/in/x', counts: { kaizen: 2, sql: 1 } },
        3: { url: 'https://boards.greenhouse.io/y', counts: { sql: 4 } },
      }),
    ).toEqual({ url: 'https://www.linkedin.com/in/x', counts: { kaizen: 2, sql: 5 } });
    expect(mergeFrames(undefined)).toEqual({ url: null, counts: {} });
  });

  it('shows the number of distinct terms, nothing when there are none', () => {
    expect(badgeText({ url: null, counts: {} })).toBe('');
    expect(badgeText({ url: null, counts: { a: 3, b: 1 } })).toBe('2');
  });
});
