/**
 * How page text and glossary forms are compared, one UTF-16 unit at a time:
 * - runs of whitespace and non-breaking spaces are one space ("Six  Sigma" = "Six Sigma");
 * - hyphens are one hyphen ("e‑commerce" with a non-breaking hyphen = "e-commerce"), but never a
 *   space: "Design-Build" and "design build" are different forms, matched only if both are listed;
 * - soft hyphens and zero-width characters are ignored;
 * - typographic apostrophes and quotes are the straight ones;
 * - case is folded for most forms; acronyms keep it (compared separately).
 * The matcher, the compiler and the tests' reference matcher all fold through this one module.
 */

/** Whitespace that separates words interchangeably on real pages. */
export function isSpaceLike(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x1680
  );
}

/** Invisible characters that pages sprinkle inside words. */
export function isIgnorable(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** The character a unit stands for, case kept: typographic apostrophes, quotes and hyphens become plain. */
export function foldPunctuation(code: number): number {
  if (code === 0x2010 || code === 0x2011) return 0x2d; // hyphen, non-breaking hyphen
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x2032) return 0x27; // '
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x2033) return 0x22; // "
  return code;
}

const lowerCache = new Map<number, number>();

/** Lower case of one unit (a unit whose lower case is longer stays as it is). */
export function lowerUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  let lower = lowerCache.get(code);
  if (lower === undefined) {
    const s = String.fromCharCode(code).toLowerCase();
    lower = s.length === 1 ? s.charCodeAt(0) : code;
    lowerCache.set(code, lower);
  }
  return lower;
}

/** Folds a glossary form (or any text) completely: the key it is stored under. */
export function foldText(text: string, keepCase: boolean): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    if (isSpaceLike(code)) {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    const folded = foldPunctuation(code);
    out += String.fromCharCode(keepCase ? folded : lowerUnit(folded));
  }
  return out;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;
const wordCache = new Map<number, boolean>();

function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (codePoint >= 0x30 && codePoint <= 0x39) || (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a) || codePoint === 0x5f;
  }
  let word = wordCache.get(codePoint);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(codePoint));
    wordCache.set(codePoint, word);
  }
  return word;
}

/** Is the character that ends just before `index` part of a word (letters, digits, marks, underscore)? */
export function wordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return isWordCodePoint(text.codePointAt(index - 2) ?? code);
  return isWordCodePoint(code);
}

/** Is the character that starts at `index` part of a word? */
export function wordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  return isWordCodePoint(text.codePointAt(index) ?? 0);
}
