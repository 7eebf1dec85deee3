/**
 * A forgiving lexer for boolean strings, built or pasted: words, "phrases", parentheses, with offsets
 * so the linter can rewrite the original text in place. It never throws: an unclosed quote makes a
 * phrase that runs to the end, which is exactly how search engines read it.
 */
import type { Operator } from './types';

export type LexKind = 'word' | 'phrase' | 'open' | 'close';

export interface Lexeme {
  readonly kind: LexKind;
  /** Raw text, quotes included for phrases. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A phrase whose closing quote is missing. */
  readonly unterminated: boolean;
  /** Followed by the next lexeme with no space between: `-"a b"`, `title:(`. */
  readonly glued: boolean;
}

const SPACE = /\s/u;

export function lex(text: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let i = 0;
  const push = (kind: LexKind, start: number, end: number, unterminated = false) => {
    const next = text[end];
    const glued = next !== undefined && !SPACE.test(next) && kind !== 'open';
    lexemes.push({ kind, text: text.slice(start, end), start, end, unterminated, glued });
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (SPACE.test(char)) {
      i += 1;
    } else if (char === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close === -1 ? text.length : close + 1;
      push('phrase', i, end, close === -1);
      i = end;
    } else if (char === '(' || char === ')') {
      push(char === '(' ? 'open' : 'close', i, i + 1);
      i += 1;
    } else {
      let end = i;
      while (end < text.length && !/[\s()"]/u.test(text[end] as string)) end += 1;
      push('word', i, end);
      i = end;
    }
  }
  return lexemes;
}

/** A capitalised operator word, if this lexeme is one (lowercase ones are plain words everywhere). */
export function operatorOf(lexeme: Lexeme): Operator | null {
  if (lexeme.kind !== 'word') return null;
  return lexeme.text === 'AND' || lexeme.text === 'OR' || lexeme.text === 'NOT' ? lexeme.text : null;
}

/**
 * A word that only modifies what is glued after it: `-` / `+` / `~` before a phrase or group,
 * or a qualifier such as `title:` before `(` or `"`. It is neither an operand nor an operator.
 */
export function isPrefix(lexeme: Lexeme, next: Lexeme | undefined): boolean {
  if (lexeme.kind !== 'word' || !lexeme.glued || next === undefined) return false;
  if (next.kind !== 'phrase' && next.kind !== 'open') return false;
  return /^[-+~]$/.test(lexeme.text) || /^[-]?[\p{L}_]+:$/u.test(lexeme.text);
}

/** A `name:value` qualifier or operator such as `site:linkedin.com/in` or `type:user`. */
export function isQualifier(lexeme: Lexeme): boolean {
  return lexeme.kind === 'word' && /^-?[\p{L}_]+:\S/u.test(lexeme.text);
}

export type LexRole = 'operand' | 'operator' | 'prefix' | 'open' | 'close';

export interface Item {
  readonly lexeme: Lexeme;
  readonly role: LexRole;
  /** Set for operators the platform has. */
  readonly operator: Operator | null;
}

/** Lexemes with their structural role for a platform that has `operators`. */
export function classify(lexemes: readonly Lexeme[], operators: readonly Operator[]): Item[] {
  return lexemes.map((lexeme, index) => {
    if (lexeme.kind === 'open' || lexeme.kind === 'close') return { lexeme, role: lexeme.kind, operator: null };
    const operator = operatorOf(lexeme);
    if (operator !== null && operators.includes(operator)) return { lexeme, role: 'operator', operator };
    if (isPrefix(lexeme, lexemes[index + 1])) return { lexeme, role: 'prefix', operator: null };
    return { lexeme, role: 'operand', operator: null };
  });
}
