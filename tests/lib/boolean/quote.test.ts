import { describe, expect, it } from 'vitest';
import { cleanPhrase, orGroup, orList, phraseToken, quoteToken } from '../../../lib/boolean/quote';

describe('quoteToken', () => {
  it.each([
    ['Kubernetes', 'Kubernetes'],
    ['K8s', 'K8s'],
    ['C++', '"C++"'],
    ['C#', '"C#"'],
    ['.NET', '".NET"'],
    ['Node.js', '"Node.js"'],
    ["Bloom's Taxonomy", '"Bloom\'s Taxonomy"'],
    ['Bloom’s Taxonomy', '"Bloom\'s Taxonomy"'],
    ['Six Sigma', '"Six Sigma"'],
    ['HIPAA', 'HIPAA'],
    ['R&D', '"R&D"'],
    ['CI/CD', '"CI/CD"'],
    ['Full-Stack', '"Full-Stack"'],
    ['Тестировщик', 'Тестировщик'],
    ['データ 分析', '"データ 分析"'],
  ])('%s → %s', (input, expected) => {
    expect(quoteToken(input)).toBe(expected);
  });

  it('quotes operator words and lowercases capital operators inside phrases', () => {
    expect(quoteToken('or')).toBe('"or"');
    expect(quoteToken('AND')).toBe('"and"');
    expect(quoteToken('Research AND Development')).toBe('"Research and Development"');
    expect(quoteToken('Salt or Pepper')).toBe('"Salt or Pepper"');
  });

  it('straightens typographic quotes, drops inner quotes and squeezes spaces', () => {
    expect(quoteToken('“Agile” coach')).toBe('"Agile coach"');
    expect(quoteToken('The "Lean"  way\n')).toBe('"The Lean way"');
    expect(quoteToken('  ')).toBe('');
    expect(quoteToken('""')).toBe('');
  });

  it('drops halves of surrogate pairs, which URL encoding would throw on', () => {
    expect(cleanPhrase('a\ud800b')).toBe('ab');
    expect(() => encodeURIComponent(quoteToken('x\udc00 y'))).not.toThrow();
  });
});

describe('phraseToken', () => {
  it('drops characters the platform cannot take and reports them', () => {
    expect(phraseToken('Governance, Risk and Compliance (GRC)', /[()*]/g)).toEqual({
      text: 'Governance, Risk and Compliance GRC',
      token: '"Governance, Risk and Compliance GRC"',
      dropped: ['(', ')'],
    });
    expect(phraseToken('engineer*', /[()*]/g)).toEqual({ text: 'engineer', token: 'engineer', dropped: ['*'] });
    expect(phraseToken('say "hi"', /[()*]/g).dropped).toEqual(['"']);
    expect(phraseToken('C++', /[()*]/g)).toEqual({ text: 'C++', token: '"C++"', dropped: [] });
  });
});

describe('orGroup and orList', () => {
  it('parenthesises OR groups of two or more, de-duplicated', () => {
    expect(orGroup(['a', '"b c"', 'a', ''])).toBe('(a OR "b c")');
    expect(orGroup(['a'])).toBe('a');
    expect(orGroup([])).toBe('');
    expect(orList(['a', 'b', 'a'])).toBe('a OR b');
  });
});
