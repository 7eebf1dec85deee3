/** One check per platform limit: over a `hard` limit is an error, over a `split` or `soft` one a warning. */
import { countOf, ignoredTail } from './count';
import type { Check, Finding } from './lint-check';
import type { Limit, Platform } from './types';

const format = (value: number) => value.toLocaleString('en-US');

function message(limit: Limit, value: number, text: string): string {
  const { counter, max, explain } = limit;
  if (counter === 'words' || counter === 'terms') {
    const tail = ignoredTail(counter, text, max) ?? '';
    const excerpt = tail.length > 40 ? `${tail.slice(0, 40)}…` : tail;
    return `${explain}. This string has ${format(value)} ${counter}, so everything from ${excerpt} on is ignored. Split it into shorter searches.`;
  }
  if (limit.strength === 'soft') return `This string is ${format(value)} ${counter} long. ${explain}: if the results look wrong, try a shorter string.`;
  if (counter === 'characters') return `${explain}. This string has ${format(value)} characters, ${format(value - max)} too many.`;
  if (counter === 'operators') return `${explain}. This string uses ${format(value)}.`;
  return `${explain}: this string has ${format(value)} ${counter}.`;
}

export function limitChecks(platform: Platform): Check[] {
  return platform.limits.map((limit) => ({
    kind: `${limit.counter}-limit` as const,
    run(_platform, text): Finding | null {
      const value = countOf(limit.counter, text);
      if (value <= limit.max) return null;
      return { severity: limit.strength === 'hard' ? 'error' : 'warning', message: message(limit, value, text), fix: null };
    },
  }));
}
