import { describe, expect, it } from 'vitest';
import { lintUserWords } from '../../../lib/boolean/lint-user-words';
import { googleXray } from '../../../lib/boolean/platforms/google-xray';
import { linkedin } from '../../../lib/boolean/platforms/linkedin';

describe('lintUserWords', () => {
  it('reports fragment problems with their certain fixes', () => {
    expect(lintUserWords(linkedin, '“machine learning” OR AI', 'keyword')).toMatchObject([{ kind: 'curly-quotes', fix: '"machine learning" OR AI' }]);
    expect(lintUserWords(linkedin, '(Python OR Java', 'keyword')).toMatchObject([{ kind: 'unbalanced-parentheses', fix: '(Python OR Java)' }]);
  });

  it('warns that a lowercase operator makes one phrase, and offers the capitals', () => {
    expect(lintUserWords(linkedin, 'Python or Java', 'keyword')).toEqual([
      {
        kind: 'lowercase-operator',
        severity: 'warning',
        message: '"Python or Java" is searched as one phrase. To mean either word or both, write the operator in capitals (OR, AND).',
        fix: 'Python OR Java',
      },
    ]);
  });

  it('accepts an exclusion typed with NOT or a minus, on any platform', () => {
    expect(lintUserWords(linkedin, 'NOT intern', 'exclude')).toEqual([]);
    expect(lintUserWords(linkedin, '-intern', 'exclude')).toEqual([]);
    expect(lintUserWords(googleXray, 'NOT intern', 'exclude')).toEqual([]);
    expect(lintUserWords(linkedin, 'recruiter OR', 'exclude')).toMatchObject([{ kind: 'dangling-operator', fix: 'recruiter' }]);
  });

  it('is quiet for plain words', () => {
    expect(lintUserWords(linkedin, 'supply chain', 'keyword')).toEqual([]);
    expect(lintUserWords(linkedin, '', 'keyword')).toEqual([]);
  });
});
