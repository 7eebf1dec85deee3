import { describe, expect, it } from 'vitest';
import { looksBoolean, parseBoolean, parseUserWords, renderExpr, splitTopLevel, type Atom } from '../../../lib/boolean/expr';
import type { Expr } from '../../../lib/boolean/types';

/** An expression written back compactly, for readable expectations: [and a b], [or a b], [not a], "phrase". */
function show(expr: Expr<Atom> | null): string {
  if (expr === null) return 'null';
  if (expr.kind === 'term') return expr.value.qualifier ? `q:${expr.value.text}` : expr.value.phrase ? `"${expr.value.text}"` : expr.value.text;
  if (expr.kind === 'not') return `[not ${show(expr.item)}]`;
  return `[${expr.kind} ${expr.items.map(show).join(' ')}]`;
}

const linkedin = { orBindsTighter: false, minusExcludes: false };
const google = { orBindsTighter: true, minusExcludes: true };

describe('parseBoolean reads a string as the platform reads it', () => {
  it.each([
    ['a AND b OR c', linkedin, '[or [and a b] c]'],
    ['a b OR c', google, '[and a [or b c]]'],
    ['("Six Sigma" OR DMAIC) AND "Quality Engineer" NOT (recruiter OR intern)', linkedin, '[and [or "Six Sigma" DMAIC] "Quality Engineer" [not [or recruiter intern]]]'],
    ['site:linkedin.com/in (a OR b) -recruiter -"talent acquisition"', google, '[and q:site:linkedin.com/in [or a b] [not recruiter] [not "talent acquisition"]]'],
    ['a -intitle:"at main" -inurl:tab', google, '[and a [not q:intitle:"at main"] [not q:inurl:tab]]'],
    ['Lean title:(a OR b)', google, '[and Lean [or a b]]'],
  ])('%s', (text, options, expected) => {
    expect(show(parseBoolean(text, options))).toBe(expected);
  });

  it('never throws: unclosed brackets close, stray ones and dangling operators are skipped', () => {
    expect(show(parseBoolean('(a OR b', linkedin))).toBe('[or a b]');
    expect(show(parseBoolean('a) AND b', linkedin))).toBe('[and a b]');
    expect(show(parseBoolean('AND a OR OR b AND', linkedin))).toBe('[or a b]');
    expect(show(parseBoolean('"open phrase', linkedin))).toBe('"open phrase"');
    expect(parseBoolean('', linkedin)).toBeNull();
    expect(parseBoolean('( ) OR', linkedin)).toBeNull();
  });
});

describe('the user\'s own words', () => {
  it('are one phrase when typed plainly, any of several with commas, boolean when written as boolean', () => {
    expect(show(parseUserWords('supply chain', false))).toBe('"supply chain"');
    expect(show(parseUserWords('fintech, banking', false))).toBe('[or "fintech" "banking"]');
    expect(show(parseUserWords('Python OR Java', false))).toBe('[or Python Java]');
    expect(show(parseUserWords('"C#" -Unity', false))).toBe('[and "C#" [not Unity]]');
    expect(show(parseUserWords('“machine learning” OR AI', false))).toBe('[or "machine learning" AI]');
    expect(show(parseUserWords('"R&D", K-12', false))).toBe('[or "R&D" "K-12"]');
  });

  it('keep the meaning the platform would give them', () => {
    expect(show(parseUserWords('Python OR Java developer', false))).toBe('[or Python [and Java developer]]');
    expect(show(parseUserWords('Python OR Java developer', true))).toBe('[and [or Python Java] developer]');
  });

  it('tell boolean from a phrase: quotes, brackets, capital operators, a leading minus', () => {
    expect(looksBoolean('sales and marketing')).toBe(false);
    expect(looksBoolean('K-12 teaching')).toBe(false);
    expect(looksBoolean('sales OR marketing')).toBe(true);
    expect(looksBoolean('-intern')).toBe(true);
    expect(looksBoolean('"data"')).toBe(true);
    expect(splitTopLevel('a, "b, c", (d, e), f')).toEqual(['a', '"b, c"', '(d, e)', 'f']);
  });
});

describe('renderExpr writes an expression in each platform style', () => {
  const t = (token: string): Expr<{ token: string }> => ({ kind: 'term', value: { token } });
  const or = (...items: Expr<{ token: string }>[]): Expr<{ token: string }> => ({ kind: 'or', items });
  const and = (...items: Expr<{ token: string }>[]): Expr<{ token: string }> => ({ kind: 'and', items });
  const not = (item: Expr<{ token: string }>): Expr<{ token: string }> => ({ kind: 'not', item });

  it('explicit (LinkedIn, ATS): words, every OR group bracketed', () => {
    expect(renderExpr(or(t('Python'), t('Java')), 'explicit')).toBe('(Python OR Java)');
    expect(renderExpr(and(t('"C#"'), not(t('Unity'))), 'explicit')).toBe('"C#" AND NOT Unity');
    expect(renderExpr(not(and(t('a'), t('b'))), 'explicit')).toBe('NOT (a AND b)');
  });

  it('implicit (Google, Bing, Indeed): space for AND, a minus per excluded word, no NOT of a group', () => {
    expect(renderExpr(and(t('a'), or(t('b'), t('c'))), 'implicit')).toBe('a (b OR c)');
    expect(renderExpr(not(or(t('recruiter'), t('sourcer'))), 'implicit')).toBe('-recruiter -sourcer');
    expect(renderExpr(not(and(t('a'), t('b'))), 'implicit')).toBeNull();
  });

  it('github: one OR list, no brackets', () => {
    expect(renderExpr(or(t('a'), t('b')), 'github')).toBe('a OR b');
    expect(renderExpr(or(t('a'), and(t('b'), t('c'))), 'github')).toBeNull();
    expect(renderExpr(not(or(t('a'), t('b'))), 'github')).toBe('NOT a NOT b');
  });
});
