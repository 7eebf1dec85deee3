/**
 * Folds text the way people type it into a search box: case, accents, typographic quotes,
 * hyphens vs spaces and runs of whitespace don't matter.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0\u2010-\u2015-]+/g, ' ')
    .trim();
}
