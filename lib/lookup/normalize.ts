/**
 * Folds text the way people type it into a search box: case, accents, typographic quotes,
 * hyphens vs spaces and runs of whitespace don't matter.
 */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function foldForSearch(text: string): string {
  // Most glossary text is plain ASCII: skip the Unicode work for it (the index folds ~25k strings).
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0\u2010-\u2015-]+/g, ' ')
    .trim();
}
