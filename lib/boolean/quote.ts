/**
 * Turning glossary words into safe boolean-search tokens: straight quotes around anything that
 * is not a plain word, typographic quotes straightened, inner quotes dropped.
 */

/** Characters that make a token a phrase to quote on every platform we support. */
const NEEDS_QUOTES = /[^\p{L}\p{N}_]/u;
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/** Straight and typographic double quotes, double primes and guillemets: all read as phrase quotes by someone. */
export const DOUBLE_QUOTES = /["\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
/** Typographic apostrophes: straightened so "Bloom’s" and "Bloom's" are one form. */
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u02bc]/g;
/** Half a surrogate pair can't be URL-encoded (encodeURIComponent throws): such strays are dropped. */
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Control characters (tabs, newlines, NULs) would split or corrupt a pasted string. */
const CONTROLS = /\p{Cc}/gu;

/** Cleans a word or phrase: straight punctuation, no quote characters, single spaces. */
export function cleanPhrase(text: string): string {
  return text
    .replace(LONE_SURROGATES, '')
    .normalize('NFC')
    .replace(DOUBLE_QUOTES, ' ')
    .replace(APOSTROPHES, "'")
    .replace(CONTROLS, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Capital AND/OR/NOT inside a phrase lowercased: matching ignores case, and no parser can take them for operators. */
function defuseOperators(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => (OPERATORS.has(word) ? word.toLowerCase() : word))
    .join(' ');
}

/** A token ready for a boolean string: bare if it is one plain word, else in straight quotes. */
export function quoteToken(text: string): string {
  const clean = defuseOperators(cleanPhrase(text));
  if (clean === '') return '';
  return NEEDS_QUOTES.test(clean) || OPERATORS.has(clean.toUpperCase()) ? `"${clean}"` : clean;
}

/** Whether a token went out bare (one plain word), as opposed to quoted. */
export function isBareWord(token: string): boolean {
  return token !== '' && !token.startsWith('"');
}

export interface PhraseToken {
  /** The cleaned phrase (what the user sees); '' when nothing searchable was left. */
  readonly text: string;
  /** The token for the query: bare word or quoted phrase; '' when nothing was left. */
  readonly token: string;
  /** Distinct characters removed because the platform can't take them (quotes included). */
  readonly dropped: readonly string[];
}

/**
 * Cleans and quotes one phrase for a platform: characters matching `unsupported` (a global RegExp)
 * and inner quote marks are replaced by spaces and reported, so the caller can warn about them.
 */
export function phraseToken(raw: string, unsupported: RegExp): PhraseToken {
  const dropped = new Set<string>();
  const collect = (char: string) => {
    dropped.add(char);
    return ' ';
  };
  const stripped = raw.replace(DOUBLE_QUOTES, collect).replace(unsupported, collect);
  const text = defuseOperators(cleanPhrase(stripped));
  return { text, token: quoteToken(text), dropped: [...dropped] };
}

/** `(a OR b OR c)`, or just `a` when there is one; always parenthesised when there are several. */
export function orGroup(tokens: readonly string[]): string {
  const unique = [...new Set(tokens.filter((token) => token !== ''))];
  if (unique.length <= 1) return unique[0] ?? '';
  return `(${unique.join(' OR ')})`;
}

/** `a OR b OR c` without parentheses, for GitHub, which breaks on them. */
export function orList(tokens: readonly string[]): string {
  return [...new Set(tokens.filter((token) => token !== ''))].join(' OR ');
}
