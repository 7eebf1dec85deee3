/**
 * Characters a reader cannot see, in text a user or a team file supplies. The matcher skips
 * invisible characters on pages (so "Six\u00adSigma" still matches), which is exactly why they must
 * never reach a term's forms: an alias "a\u200b" would be matched as "a" and light up every "a" on
 * every page. So forms (names, aliases, acronyms, titles, industries) refuse every invisible,
 * format or control character; longer texts refuse only the ones that hide or reorder text
 * (control characters and bidirectional overrides), and may keep line breaks and tabs.
 *
 * Text is also normalised before it is checked or stored (`normalizeText`): Unicode NFC, and in
 * forms every kind of space (no-break, thin, ideographic …) becomes a plain space, runs of spaces
 * become one. What is left to refuse is what normalising cannot make visible.
 */

/** Invisible letters and marks that Unicode does not class as format characters, but that render as nothing. */
const INVISIBLE_OTHERS = new Set([
  0x034f, // combining grapheme joiner
  0x115f, 0x1160, // Hangul choseong / jungseong fillers
  0x17b4, 0x17b5, // Khmer inherent vowels
  0x180b, 0x180c, 0x180d, 0x180e, 0x180f, // Mongolian variation selectors and vowel separator
  0x2800, // braille pattern blank
  0x3164, // Hangul filler
  0xffa0, // halfwidth Hangul filler
]);

const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0x0009: 'TAB',
  0x000a: 'LINE FEED',
  0x000d: 'CARRIAGE RETURN',
  0x0000: 'NULL',
  0x007f: 'DELETE',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x3164: 'HANGUL FILLER',
  0x2800: 'BRAILLE PATTERN BLANK',
};

/** Hides or reorders text wherever it appears: controls (but tab and line breaks), bidi embeddings, overrides and isolates, line/paragraph separators, BOM. */
const HIDING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/u;

/** Anything invisible at all: every control, format, lone surrogate (half a character), separator-other-than-space, private-use or invisible filler. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Co}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;

export interface HiddenCharacter {
  readonly codePoint: number;
  /** 1-based position in the text, counted in characters as a person counts them. */
  readonly position: number;
}

/** `U+200B ZERO WIDTH SPACE`, for messages. */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[codePoint];
  return name ? `${hex} ${name}` : hex;
}

/** The first character of `text` a reader cannot see (in a form), or that hides or reorders text (anywhere). */
export function findHiddenCharacter(text: string, kind: 'form' | 'text'): HiddenCharacter | undefined {
  let position = 0;
  for (const char of text) {
    position++;
    const code = char.codePointAt(0)!;
    const hidden = kind === 'form' ? INVISIBLE.test(char) || INVISIBLE_OTHERS.has(code) : HIDING.test(char);
    if (hidden) return { codePoint: code, position };
  }
  return undefined;
}

export function hiddenCharacterMessage(found: HiddenCharacter): string {
  const what = found.codePoint < 0x20 || (found.codePoint >= 0x7f && found.codePoint <= 0x9f) ? 'a control character' : 'an invisible character';
  return `contains ${what} (${describeCodePoint(found.codePoint)}) at character ${found.position}; remove it`;
}

/** Every kind of space but the plain one (no-break, en/em, thin, ideographic …). */
const OTHER_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/**
 * NFC always; in forms, other spaces become plain spaces and runs of them one, so two spellings
 * that look the same are the same term. Leading and trailing spaces are left for the caller to refuse.
 */
export function normalizeText(text: string, kind: 'form' | 'text'): string {
  const composed = text.normalize('NFC');
  return kind === 'form' ? composed.replace(OTHER_SPACES, ' ').replace(/ {2,}/g, ' ') : composed;
}
