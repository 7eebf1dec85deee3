/**
 * Boolean expressions: a forgiving parser (the user's own keyword and exclusions, and built strings
 * read back to check what they find) and renderers for the three shapes our platforms write.
 *
 * The parser never throws: a bracket without partner is closed or skipped, an operator with nothing
 * on one side is skipped, an unclosed quote runs to the end (as search engines read it). The linter
 * reports those problems to the user; the parser only makes the best sense of what is there.
 */
import { lex, type Lexeme } from './tokenize';
import type { Expr, Operator } from './types';

/** A word or phrase as written, quotes removed; qualifiers (`site:x`, `language:go`) kept whole. */
export interface Atom {
  readonly text: string;
  readonly phrase: boolean;
  /** A `name:value` qualifier: a filter, not words to find in a profile. */
  readonly qualifier: boolean;
}

export interface ParseOptions {
  /** OR binds tighter than AND (web search engines: `a b OR c` is a AND (b OR c)); otherwise AND binds tighter. */
  readonly orBindsTighter: boolean;
  /** A leading `-` excludes (`-intern`, `-"talent acquisition"`). */
  readonly minusExcludes: boolean;
}

type Token = { readonly t: 'open' | 'close' | 'minus' } | { readonly t: 'op'; readonly op: Operator } | { readonly t: 'atom'; readonly atom: Atom };

const QUALIFIER = /^[\p{L}_]+:\S/u;
const PREFIX = /^-?[\p{L}_]+:$/u;
const OPERATORS: readonly string[] = ['AND', 'OR', 'NOT'];

function atom(text: string, phrase: boolean): Token {
  return { t: 'atom', atom: { text, phrase, qualifier: !phrase && QUALIFIER.test(text) } };
}

function tokens(text: string, minusExcludes: boolean): Token[] {
  const lexemes = lex(text);
  const out: Token[] = [];
  for (let index = 0; index < lexemes.length; index += 1) {
    const lexeme = lexemes[index] as Lexeme;
    const next = lexemes[index + 1];
    if (lexeme.kind === 'open' || lexeme.kind === 'close') {
      out.push({ t: lexeme.kind });
    } else if (lexeme.kind === 'phrase') {
      const inner = lexeme.text.replace(/^"|"$/g, '');
      if (inner.trim() !== '') out.push(atom(inner, true));
    } else if (OPERATORS.includes(lexeme.text)) {
      out.push({ t: 'op', op: lexeme.text as Operator });
    } else if (lexeme.glued && next && (next.kind === 'phrase' || next.kind === 'open') && (PREFIX.test(lexeme.text) || /^[-+~]$/.test(lexeme.text))) {
      const minus = lexeme.text.startsWith('-');
      if (minus && minusExcludes) out.push({ t: 'minus' });
      if (next.kind === 'phrase' && PREFIX.test(lexeme.text)) {
        // `intitle:"at master"`: one qualifier; the phrase is its value.
        out.push({ t: 'atom', atom: { text: `${lexeme.text.replace(/^-/, '')}${next.text}`, phrase: false, qualifier: true } });
        index += 1;
      }
      // `title:(` and `-(`: the group that follows is parsed as a group.
    } else if (lexeme.text.length > 1 && /^-[^-]/.test(lexeme.text) && minusExcludes) {
      out.push({ t: 'minus' }, atom(lexeme.text.slice(1), false));
    } else if (!/^[-+~]+$/.test(lexeme.text)) {
      out.push(atom(lexeme.text.replace(/^[+~]/, ''), false));
    }
  }
  return out;
}

const combine = <T>(kind: 'and' | 'or', items: (Expr<T> | null)[]): Expr<T> | null => {
  const kept = items.filter((item): item is Expr<T> => item !== null).flatMap((item) => (item.kind === kind ? item.items : [item]));
  if (kept.length <= 1) return kept[0] ?? null;
  return { kind, items: kept };
};

class Parser {
  private at = 0;
  constructor(
    private readonly list: readonly Token[],
    private readonly orBindsTighter: boolean,
  ) {}

  private peek(): Token | undefined {
    return this.list[this.at];
  }

  private isOp(op: Operator): boolean {
    const token = this.peek();
    return token?.t === 'op' && token.op === op;
  }

  /** Whether the next token can start an operand (so juxtaposition means AND). */
  private startsOperand(): boolean {
    const token = this.peek();
    return token !== undefined && (token.t === 'atom' || token.t === 'open' || token.t === 'minus' || (token.t === 'op' && token.op === 'NOT'));
  }

  parseAll(): Expr<Atom> | null {
    const parts: (Expr<Atom> | null)[] = [];
    while (this.at < this.list.length) {
      const before = this.at;
      parts.push(this.loose());
      // A stray `)` or an operator with nothing before it: skip it and read on.
      if (this.at === before) this.at += 1;
    }
    return combine('and', parts);
  }

  private loose(): Expr<Atom> | null {
    return this.orBindsTighter ? this.andLevel(() => this.orLevel(() => this.unary())) : this.orLevel(() => this.andLevel(() => this.unary()));
  }

  private andLevel(next: () => Expr<Atom> | null): Expr<Atom> | null {
    const items = [next()];
    for (;;) {
      if (this.isOp('AND')) {
        this.at += 1;
        items.push(next());
      } else if (this.startsOperand()) {
        const before = this.at;
        items.push(next());
        if (this.at === before) break;
      } else break;
    }
    return combine('and', items);
  }

  private orLevel(next: () => Expr<Atom> | null): Expr<Atom> | null {
    const items = [next()];
    while (this.isOp('OR')) {
      this.at += 1;
      items.push(next());
    }
    return combine('or', items);
  }

  private unary(): Expr<Atom> | null {
    const token = this.peek();
    if (token === undefined) return null;
    if ((token.t === 'op' && token.op === 'NOT') || token.t === 'minus') {
      this.at += 1;
      const item = this.unary();
      return item === null ? null : { kind: 'not', item };
    }
    if (token.t === 'open') {
      this.at += 1;
      const inner = this.loose();
      if (this.peek()?.t === 'close') this.at += 1;
      return inner;
    }
    if (token.t === 'atom') {
      this.at += 1;
      return { kind: 'term', value: token.atom };
    }
    return null;
  }
}

export function parseBoolean(text: string, options: ParseOptions): Expr<Atom> | null {
  return new Parser(tokens(text, options.minusExcludes), options.orBindsTighter).parseAll();
}

/** Splits at commas outside quotes and brackets. */
export function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '(') depth += 1;
    else if (!quoted && char === ')') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && char === ',') {
      out.push(text.slice(start, index));
      start = index + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((part) => part.trim()).filter((part) => part !== '');
}

/** Whether the user wrote boolean (quotes, brackets, capital operators, a leading minus) rather than one phrase. */
export function looksBoolean(text: string): boolean {
  return /["()\u201c\u201d]/.test(text) || /(^|\s)(AND|OR|NOT)(\s|$)/.test(text) || /(^|\s)-[\p{L}\p{N}"(]/u.test(text);
}

/**
 * The user's own words: one phrase when typed plainly (`supply chain`), any of several when
 * separated by commas (`fintech, banking`), parsed as boolean when written as boolean.
 */
export function parseUserWords(text: string, orBindsTighter: boolean): Expr<Atom> | null {
  const segments = splitTopLevel(text.replace(/[\u201c\u201d\u201e\u201f]/g, '"'));
  const parsed = segments.map((segment) =>
    looksBoolean(segment) ? parseBoolean(segment, { orBindsTighter, minusExcludes: true }) : ({ kind: 'term', value: { text: segment, phrase: true, qualifier: false } } as const),
  );
  return combine('or', parsed);
}

/** Applies `map` to every term; terms mapped to null disappear, and so do operators left with nothing. */
export function mapTerms<A, B>(expr: Expr<A>, map: (value: A) => B | null): Expr<B> | null {
  switch (expr.kind) {
    case 'term': {
      const value = map(expr.value);
      return value === null ? null : { kind: 'term', value };
    }
    case 'not': {
      const item = mapTerms(expr.item, map);
      return item === null ? null : { kind: 'not', item };
    }
    default:
      return combine(expr.kind, expr.items.map((item) => mapTerms(item, map)));
  }
}

export function termsOf<T>(expr: Expr<T>): T[] {
  if (expr.kind === 'term') return [expr.value];
  if (expr.kind === 'not') return termsOf(expr.item);
  return expr.items.flatMap((item) => termsOf(item));
}

/** How a platform writes boolean: LinkedIn-style words, web-search style, or GitHub's bracket-free style. */
export type Style = 'explicit' | 'implicit' | 'github';

type Place = 'top' | 'and' | 'or' | 'not';

/**
 * One expression in a platform's style, or null when the style can't say it (Google has no
 * `NOT (a AND b)`; GitHub has no brackets, so no OR inside an AND inside an OR).
 */
export function renderExpr(expr: Expr<{ readonly token: string }>, style: Style, place: Place = 'and'): string | null {
  switch (expr.kind) {
    case 'term':
      return expr.value.token;
    case 'and': {
      const items = expr.items.map((item) => renderExpr(item, style, 'and'));
      if (items.includes(null)) return null;
      if (style === 'explicit') {
        const text = items.join(' AND ');
        return place === 'or' || place === 'not' ? `(${text})` : text;
      }
      if (style === 'github' && place !== 'top' && place !== 'and') return null;
      return place === 'or' ? `(${items.join(' ')})` : items.join(' ');
    }
    case 'or': {
      const items = expr.items.map((item) => renderExpr(item, style, 'or'));
      if (items.includes(null)) return null;
      if (style === 'github') return place === 'top' || place === 'and' ? items.join(' OR ') : null;
      return place === 'top' ? items.join(' OR ') : `(${items.join(' OR ')})`;
    }
    case 'not': {
      if (place === 'or' && style !== 'explicit') return null;
      const inner = expr.item;
      if (style === 'explicit') {
        const text = renderExpr(inner, style, 'not');
        return text === null ? null : `NOT ${text}`;
      }
      // Web search and GitHub exclude one term at a time: NOT (a OR b) is "-a -b" (or "NOT a NOT b").
      const excluded = inner.kind === 'term' ? [inner] : inner.kind === 'or' ? inner.items : null;
      if (excluded === null || excluded.some((item) => item.kind !== 'term')) return null;
      return excluded.map((item) => (style === 'github' ? `NOT ${renderExpr(item, style)}` : `-${renderExpr(item, style)}`)).join(' ');
    }
  }
}
