/**
 * Checks on structure: brackets, operator case, operators with nothing to work on, and operators
 * a platform doesn't have (LinkedIn's missing minus, Google's missing NOT).
 */
import type { Check } from './lint-check';
import { listOf, rebuild } from './rewrite';
import { classify, isQualifier, lex, type Item, type Lexeme } from './tokenize';
import type { Platform } from './types';

const items = (platform: Platform, text: string) => classify(lex(text), platform.syntax.operators);

/** `a OR b OR "c d"`: operands joined by OR only (prefixes glue to their operand), nothing else. */
function isOrChain(chain: readonly Item[]): boolean {
  const core = chain.filter((item) => item.role !== 'prefix');
  return core.length > 0 && core.every((item, index) => (index % 2 === 0 ? item.role === 'operand' : item.operator === 'OR')) && core.length % 2 === 1;
}

export const unbalancedParentheses: Check = {
  kind: 'unbalanced-parentheses',
  run(platform, text) {
    if (!platform.syntax.parentheses) return null;
    const list = items(platform, text);
    const unclosed: number[] = [];
    const unopened: number[] = [];
    list.forEach((item, index) => {
      if (item.role === 'open') unclosed.push(index);
      else if (item.role === 'close' && unclosed.pop() === undefined) unopened.push(index);
    });
    if (unclosed.length === 0 && unopened.length === 0) return null;
    const opens = list.filter((item) => item.role === 'open').length;
    const closes = list.filter((item) => item.role === 'close').length;
    let fix: string | null = null;
    // Certain only for one missing bracket around a plain OR list running to the string's end (or start).
    const only = unclosed.length + unopened.length === 1;
    const at = unclosed[0] ?? unopened[0] ?? 0;
    const stray = list[at]?.lexeme;
    const segment = unclosed.length === 1 ? list.slice(at + 1) : list.slice(0, at);
    if (only && stray && segment.length === 0) fix = rebuild(text, list.map((item) => item.lexeme), (lexeme) => (lexeme === stray ? null : lexeme.text));
    else if (only && isOrChain(segment)) {
      const first = list[0]?.lexeme.start ?? 0;
      fix = unclosed.length === 1 ? `${text.trimEnd()})` : `${text.slice(0, first)}(${text.slice(first)}`;
    }
    return {
      severity: 'error',
      message: `Brackets don't pair up (${opens} "(" and ${closes} ")"), so ${platform.label} can't tell where a group ends: it may reject the search or read it differently.`,
      fix,
    };
  },
};

export const emptyParentheses: Check = {
  kind: 'empty-parentheses',
  run(platform, text) {
    if (!platform.syntax.parentheses) return null;
    const emptyPairs = (list: readonly Item[]) => list.flatMap((item, index) => (item.role === 'open' && list[index + 1]?.role === 'close' ? [index] : []));
    if (emptyPairs(items(platform, text)).length === 0) return null;
    // Removing `()` can leave another `()` behind (`(())`): repeat until none is left.
    let current = text;
    for (let round = 0; round < 100; round += 1) {
      const list = items(platform, current);
      const pairs = emptyPairs(list);
      if (pairs.length === 0) break;
      const drop = new Set<Lexeme>();
      for (const index of pairs) {
        const before = list[index - 1];
        // `title:()` or `-()` goes whole.
        const pair = before?.role === 'prefix' ? list.slice(index - 1, index + 2) : list.slice(index, index + 2);
        for (const item of pair) drop.add(item.lexeme);
      }
      current = rebuild(current, list.map((item) => item.lexeme), (lexeme) => (drop.has(lexeme) ? null : lexeme.text));
    }
    // `a AND () AND b` leaves `a AND AND b`: tidy the operators too when that is certain.
    return { severity: 'error', message: `Empty brackets "()" match nothing and can break ${platform.label}'s search.`, fix: fixDangling(platform, current) ?? current };
  },
};

/** Whether a bracket-free string keeps its meaning on GitHub: one OR list, or no OR at all (NOTs and qualifiers aside). */
function safeWithoutBrackets(list: readonly Item[]): boolean {
  const core: Item[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const item = list[index] as Item;
    if (item.operator === 'NOT') index += 1; // an exclusion applies to the whole search
    else if (item.role !== 'prefix' && !isQualifier(item.lexeme)) core.push(item);
  }
  return !core.some((item) => item.operator === 'OR') || isOrChain(core);
}

export const unsupportedParentheses: Check = {
  kind: 'parentheses',
  run(platform, text) {
    if (platform.syntax.parentheses) return null;
    const list = items(platform, text);
    if (!list.some((item) => item.role === 'open' || item.role === 'close')) return null;
    const prefixedGroup = list.some((item, index) => item.role === 'prefix' && list[index + 1]?.role === 'open');
    const candidate = rebuild(text, list.map((item) => item.lexeme), (lexeme) => (lexeme.kind === 'open' || lexeme.kind === 'close' ? null : lexeme.text));
    const fix = !prefixedGroup && safeWithoutBrackets(items(platform, candidate)) ? candidate : null;
    return {
      severity: 'error',
      message: `${platform.label} user search breaks on brackets. Write one OR list (a OR b OR c) and repeat a qualifier such as location: instead of grouping.`,
      fix,
    };
  },
};

interface Spot {
  readonly item: Item;
  readonly where: 'start' | 'end' | 'doubled';
  readonly previous: Item | undefined;
}

/** Operators with nothing on one side: at the start or end (of the string or a group), or doubled. */
function danglingSpots(list: readonly Item[]): Spot[] {
  const core = list.filter((item) => item.role !== 'prefix');
  const spots: Spot[] = [];
  core.forEach((item, index) => {
    if (item.role !== 'operator') return;
    const previous = core[index - 1];
    const next = core[index + 1];
    if (item.operator === 'NOT') {
      // NOT after AND/OR is normal (`a AND NOT b`); at the very start it has nothing to exclude from.
      if (previous === undefined) spots.push({ item, where: 'start', previous });
      else if (previous.operator === 'NOT') spots.push({ item, where: 'doubled', previous });
    } else if (previous === undefined || previous.role === 'open') spots.push({ item, where: 'start', previous });
    else if (previous.role === 'operator') spots.push({ item, where: 'doubled', previous });
    if (next === undefined || next.role === 'close') spots.push({ item, where: 'end', previous });
  });
  return spots;
}

function describe(spot: Spot): string {
  const op = spot.item.operator ?? '';
  if (spot.where === 'doubled') return `"${spot.previous?.operator ?? ''} ${op}"`;
  return `"${op}" at the ${spot.where}`;
}

/** Removes operators until none dangles; null when a removal would be a guess. */
function fixDangling(platform: Platform, text: string): string | null {
  let current = text;
  for (let round = 0; round < 100; round += 1) {
    const list = items(platform, current);
    const spots = danglingSpots(list);
    if (spots.length === 0) return current;
    const drop = new Set<Lexeme>();
    for (const spot of spots) {
      // Dropping a leading NOT would flip the search; `AND OR` or `NOT NOT`: which was meant?
      if (spot.where === 'start' && spot.item.operator === 'NOT') return null;
      if (spot.where === 'doubled' && (spot.previous?.operator !== spot.item.operator || spot.item.operator === 'NOT')) return null;
      drop.add(spot.item.lexeme);
    }
    current = rebuild(current, list.map((item) => item.lexeme), (lexeme) => (drop.has(lexeme) ? null : lexeme.text));
  }
  return null;
}

export const danglingOperator: Check = {
  kind: 'dangling-operator',
  run(platform, text) {
    const spots = danglingSpots(items(platform, text));
    if (spots.length === 0) return null;
    return {
      severity: 'error',
      message: `An operator has nothing to work on (${[...new Set(spots.map(describe))].join(', ')}): ${platform.label} may reject the search or drop part of it.`,
      fix: fixDangling(platform, text),
    };
  },
};

export const lowercaseOperator: Check = {
  kind: 'lowercase-operator',
  run(platform, text) {
    const upper: readonly string[] = platform.syntax.upperCase;
    const lexemes = lex(text);
    const hits = lexemes.filter((lexeme) => lexeme.kind === 'word' && upper.includes(lexeme.text.toUpperCase()) && lexeme.text !== lexeme.text.toUpperCase());
    if (hits.length === 0) return null;
    const candidate = rebuild(text, lexemes, (lexeme) => (hits.includes(lexeme) ? lexeme.text.toUpperCase() : lexeme.text));
    // Capitalising must not create an operator with nothing on one side (`or python` at the start).
    const dangling = (value: string) => danglingSpots(items(platform, value)).length;
    return {
      severity: 'error',
      message: `${platform.label} reads operators only in capitals: in lowercase, ${listOf(hits.map((lexeme) => lexeme.text))} ${hits.length === 1 ? 'is searched as an ordinary word' : 'are searched as ordinary words'}, which changes the search.`,
      fix: dangling(candidate) <= dangling(text) ? candidate : null,
    };
  },
};

/** A leading sign that is an operator elsewhere: `-word`, `+word`, `~word`, or a lone sign glued to a phrase or group. */
function signOf(item: Item): string | null {
  const { lexeme, role } = item;
  if (lexeme.kind !== 'word' || role === 'operator' || isQualifier(lexeme)) return null;
  const sign = lexeme.text[0] ?? '';
  if (!'-+~'.includes(sign)) return null;
  if (role === 'prefix' || lexeme.text.length > 1) return sign;
  return null;
}

export const unsupportedOperator: Check = {
  kind: 'unsupported-operator',
  run(platform, text) {
    const { noPlusMinus, minusExcludes } = platform.syntax;
    if (!noPlusMinus && !minusExcludes) return null;
    const list = items(platform, text);
    const replace = new Map<Lexeme, string | null>();
    const messages = new Set<string>();
    let error = false;
    let certain = true;
    list.forEach((item, index) => {
      const sign = signOf(item);
      const rest = item.lexeme.text.slice(1);
      if (noPlusMinus && sign === '-') {
        error = true;
        replace.set(item.lexeme, item.role === 'prefix' ? 'NOT ' : `NOT ${rest}`);
        messages.add(`${platform.label} has no minus operator: a word after "-" is searched, so those results are included, not excluded. Use NOT.`);
      } else if ((noPlusMinus && sign === '+') || (minusExcludes && (sign === '+' || sign === '~'))) {
        replace.set(item.lexeme, rest);
        messages.add(`${platform.label} ignores a leading ${sign}: write the word on its own.`);
      } else if (minusExcludes && item.lexeme.kind === 'word' && item.lexeme.text === 'NOT') {
        // Google has no NOT: it searches the word. `NOT word` → `-word` is certain; `NOT (a OR b)` isn't.
        error = true;
        messages.add(`${platform.label} has no NOT operator: it searches for the word "NOT". Exclude with a minus sign instead (-intern).`);
        const next = list[index + 1];
        if (next?.role === 'operand' && signOf(next) === null && next.lexeme.text !== 'NOT') {
          replace.set(item.lexeme, null);
          replace.set(next.lexeme, `-${next.lexeme.text}`);
        } else {
          certain = false;
        }
      }
    });
    if (messages.size === 0) return null;
    const fix = certain ? rebuild(text, list.map((item) => item.lexeme), (lexeme) => (replace.has(lexeme) ? (replace.get(lexeme) ?? null) : lexeme.text)) : null;
    return { severity: error ? 'error' : 'warning', message: [...messages].join(' '), fix };
  },
};

