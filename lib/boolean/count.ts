/**
 * The counts platforms limit, computed the same way for built and pasted strings, so a string the
 * builder splits to fit is exactly a string the linter accepts. Where a platform doesn't publish how it
 * counts (Google, Bing), we count conservatively: an extra part is cheaper than a silently cut search.
 */
import { classify, isQualifier, lex, type Lexeme } from './tokenize';
import type { Counter, CounterKind, Platform } from './types';

/** Runs of letters/digits, apostrophes inside words allowed: "Node.js" is 2 words, "Bloom's" 1. */
const WORD_RUN = /[\p{L}\p{N}\p{M}_]+(?:'[\p{L}\p{N}\p{M}_]+)*/gu;

function runs(text: string): number {
  return text.match(WORD_RUN)?.length ?? 0;
}

/**
 * Google's words, lexeme by lexeme: every word inside phrases, every bare word, every OR; an operator
 * such as `site:linkedin.com/in` is one word; a lone `-` or `title:` glued to what follows adds nothing.
 */
function googleWords(lexemes: readonly Lexeme[]): number[] {
  return classify(lexemes, ['OR']).map(({ lexeme, role }) => {
    if (role === 'open' || role === 'close' || role === 'prefix') return 0;
    if (role === 'operator' || isQualifier(lexeme)) return 1;
    const inner = lexeme.kind === 'phrase' ? lexeme.text.replace(/"/g, '') : lexeme.text;
    // A symbol-only word or phrase ("*", "&") may still occupy a slot; an empty phrase ("") does not.
    return Math.max(runs(inner), inner.trim() === '' ? 0 : 1);
  });
}

/** Bing's terms, lexeme by lexeme: each bare word, quoted phrase and `site:` operator is one; AND/OR/NOT and brackets none. */
function bingTerms(lexemes: readonly Lexeme[]): number[] {
  return classify(lexemes, ['AND', 'OR', 'NOT']).map(({ role }) => (role === 'operand' ? 1 : 0));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * For platforms that read only the first N words or terms: the text from the first lexeme past the
 * limit to the end (what the platform ignores), or null when nothing is cut.
 */
export function ignoredTail(kind: 'words' | 'terms', text: string, max: number): string | null {
  const lexemes = lex(text);
  const weights = kind === 'words' ? googleWords(lexemes) : bingTerms(lexemes);
  let total = 0;
  const index = weights.findIndex((weight) => (total += weight) > max);
  const from = lexemes[index];
  return from ? text.slice(from.start) : null;
}

/** Operands inside Indeed's `title:(...)` (or a single `title:"..."` / `title:word`). */
function indeedTitles(lexemes: readonly Lexeme[]): number {
  const items = classify(lexemes, ['AND', 'OR', 'NOT']);
  let count = 0;
  let depth = 0;
  for (let index = 0; index < items.length; index += 1) {
    const { lexeme, role } = items[index] as (typeof items)[number];
    if (depth > 0) {
      if (role === 'open') depth += 1;
      else if (role === 'close') depth -= 1;
      else if (role === 'operand') count += 1;
    } else if (role === 'prefix' && /^title:$/i.test(lexeme.text)) {
      // `title:(` opens a title group; `title:"Quality Engineer"` is one title. Either way skip what is glued.
      if (items[index + 1]?.role === 'open') depth = 1;
      else count += 1;
      index += 1;
    } else if (role === 'operand' && /^title:\S/i.test(lexeme.text)) {
      count += 1;
    }
  }
  return count;
}

export function countOf(kind: CounterKind, text: string): number {
  switch (kind) {
    case 'characters':
      // UTF-16 units: never fewer than the characters a server counts, so a "fits" is never optimistic.
      return text.length;
    case 'operators':
      return classify(lex(text), ['AND', 'OR', 'NOT']).filter(({ role }) => role === 'operator').length;
    case 'words':
      return sum(googleWords(lex(text)));
    case 'terms':
      return sum(bingTerms(lex(text)));
    case 'titles':
      return indeedTitles(lex(text));
  }
}

/** The counters a platform shows for a string, each with its limit if it has one. */
export function measure(platform: Platform, text: string): Counter[] {
  const kinds = [...new Set([...platform.counters, ...platform.limits.map((limit) => limit.counter)])];
  return kinds.map((kind) => ({
    kind,
    value: countOf(kind, text),
    limit: platform.limits.find((limit) => limit.counter === kind) ?? null,
  }));
}

/** Whether a string keeps within every limit that makes the builder split (`hard` and `split`). */
export function fitsLimits(platform: Platform, text: string): boolean {
  return platform.limits.every((limit) => limit.strength === 'soft' || countOf(limit.counter, text) <= limit.max);
}
