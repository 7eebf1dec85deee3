/**
 * Turning glossary words into safe boolean-search tokens: straight quotes around anything that
 * is not a plain word, typographic quotes straightened, inner quotes dropped.
 */

/** Characters that make a token a phrase to quote on every platform we support. */
const NEEDS_QUOTES = /[^\p{L}\p{N}_]/u;
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/** Cleans a word or phrase: straight punctuation, no quote characters, single spaces. */
export function cleanPhrase(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u2033"]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A token ready for a boolean string: bare if it is one plain word, else in straight quotes. */
export function quoteToken(text: string): string {
  const clean = cleanPhrase(text);
  if (clean === '') return '';
  return NEEDS_QUOTES.test(clean) || OPERATORS.has(clean.toUpperCase()) ? `"${clean}"` : clean;
}

/** `(a OR b OR c)`, or just `a` when there is one; always parenthesised when there are several. */
export function orGroup(tokens: readonly string[]): string {
  const unique = [...new Set(tokens.filter((token) => token !== ''))];
  if (unique.length <= 1) return unique[0] ?? '';
  return `(${unique.join(' OR ')})`;
}
