import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightRule, isHighlightLook, randomHighlightName } from '../../lib/highlight-name';
import { HIGHLIGHT_COLORS } from '../../lib/settings-model';

describe('highlight names', () => {
  it('say nothing about the extension and change every time', () => {
    const names = new Set(Array.from({ length: 200 }, () => randomHighlightName()));
    expect(names.size).toBe(200);
    for (const name of names) {
      expect(name).toMatch(/^[a-z]{12}$/);
      expect(name).not.toMatch(/jargon|lens/);
    }
  });

  it('are valid CSS identifiers for ::highlight() whatever the random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (bytes) => {
        const name = randomHighlightName((values) => (values.set(bytes), values));
        expect(name).toMatch(/^[a-z]{12}$/);
      }),
    );
  });
});

describe('the highlight rule', () => {
  it('styles exactly the given name, for every style and colour', () => {
    for (const color of HIGHLIGHT_COLORS) {
      expect(highlightRule({ name: 'abcdefghijkl', style: 'underline', color })).toMatch(/^::highlight\(abcdefghijkl\) \{ text-decoration: underline dotted 2px rgb\([^)]+\); text-underline-offset: 3px; \}$/);
      expect(highlightRule({ name: 'abcdefghijkl', style: 'tint', color })).toMatch(/^::highlight\(abcdefghijkl\) \{ background-color: rgb\([^)]+\); \}$/);
      expect(highlightRule({ name: 'abcdefghijkl', style: 'both', color })).toContain('background-color');
    }
  });

  it('refuses anything but a plain name (the text goes into a stylesheet)', () => {
    for (const name of ['a) } body { display: none', 'jargon-lens-x', 'ABCDEFGHIJKL', 'abc']) {
      expect(isHighlightLook({ name, style: 'tint', color: 'teal' })).toBe(false);
      expect(() => highlightRule({ name, style: 'tint', color: 'teal' })).toThrow();
    }
    expect(isHighlightLook({ name: 'abcdefghijkl', style: 'bold', color: 'teal' })).toBe(false);
    expect(isHighlightLook({ name: 'abcdefghijkl', style: 'tint', color: 'plaid' })).toBe(false);
  });
});
