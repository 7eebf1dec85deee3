import { describe, expect, it } from 'vitest';
import { absorb, containsPhrase, phraseWords } from '../../../lib/boolean/phrase-match';

describe('phrase containment', () => {
  it('is whole words, in order, next to each other, case ignored', () => {
    expect(containsPhrase('Six Sigma Green Belt', 'six sigma')).toBe(true);
    expect(containsPhrase('Lean Six Sigma', 'Six Sigma')).toBe(true);
    expect(containsPhrase('Sigma Six', 'Six Sigma')).toBe(false);
    expect(containsPhrase('Sixth Sigma', 'Six Sigma')).toBe(false);
    expect(containsPhrase('Certified Public Accountant', 'Accountant')).toBe(true);
  });

  it('keeps punctuation inside words, except where the platform ignores symbols', () => {
    expect(containsPhrase('ASP.NET Core', '.NET')).toBe(false);
    expect(containsPhrase('.NET Core', '.NET')).toBe(true);
    expect(containsPhrase('Modern C++', 'C')).toBe(false);
    expect(containsPhrase('Modern C++', 'C', true)).toBe(true);
    expect(phraseWords('Node.js', true)).toEqual(['node', 'js']);
  });
});

describe('absorb', () => {
  it('keeps the shortest forms and says which one finds each dropped form', () => {
    const result = absorb(['Six Sigma Green Belt', 'Six Sigma', 'Lean Six Sigma', 'DMAIC', '6 Sigma'], (text) => text);
    expect(result.kept).toEqual(['Six Sigma', 'DMAIC', '6 Sigma']);
    expect(result.absorbed).toEqual([
      { item: 'Six Sigma Green Belt', by: 'Six Sigma' },
      { item: 'Lean Six Sigma', by: 'Six Sigma' },
    ]);
  });

  it('keeps one of two equal forms', () => {
    expect(absorb(['Data Steward', 'data steward'], (text) => text).kept).toEqual(['Data Steward']);
  });
});
