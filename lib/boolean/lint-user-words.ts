/**
 * The user's own keyword and exclusions, checked before they are read as boolean: the pasted-string
 * linter's checks that make sense for a fragment (quotes, brackets, operators with nothing to work on,
 * wildcards, operators typed in lowercase), each with its certain fix. Checks about whole strings
 * (limits, the platform's own operators: a "-word" is read as an exclusion everywhere) are left out.
 */
import { looksBoolean } from './expr';
import { lintQuery } from './lint';
import type { LintKind, LintProblem, Platform } from './types';

const FRAGMENT_KINDS: ReadonlySet<LintKind> = new Set(['curly-quotes', 'unbalanced-quotes', 'unbalanced-parentheses', 'empty-parentheses', 'dangling-operator', 'wildcard']);

/** `role` `exclude`: a leading NOT or minus is how an exclusion may be typed, not a dangling operator. */
export function lintUserWords(platform: Platform, text: string, role: 'keyword' | 'exclude'): LintProblem[] {
  if (text.trim() === '') return [];
  const prefix = role === 'exclude' ? (/^\s*(?:NOT\s+|-(?=\S))/.exec(text)?.[0] ?? '') : '';
  const body = text.slice(prefix.length);
  return lintQuery(platform, body).flatMap((problem): LintProblem[] => {
    const fix = problem.fix === null ? null : prefix + problem.fix;
    if (FRAGMENT_KINDS.has(problem.kind)) return [{ ...problem, fix }];
    if (problem.kind !== 'lowercase-operator') return [];
    // Typed plainly, "sales and marketing" is one phrase; the user may have meant the operator.
    const plain = !looksBoolean(body);
    return [
      {
        ...problem,
        severity: 'warning',
        message: plain
          ? `"${body.trim()}" is searched as one phrase. To mean either word or both, write the operator in capitals (OR, AND).`
          : problem.message,
        fix,
      },
    ];
  });
}
