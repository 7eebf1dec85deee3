/**
 * `lintQuery`: the problems in a pasted boolean string for one platform, in plain language, each with
 * a one-click fix (the whole corrected string) only where the correction is certain. A fix is kept
 * only if the fixed string no longer has that kind of problem, so applying it twice changes nothing.
 */
import type { Check } from './lint-check';
import { limitChecks } from './lint-limits';
import {
  danglingOperator,
  emptyParentheses,
  lowercaseOperator,
  unbalancedParentheses,
  unsupportedOperator,
  unsupportedParentheses,
} from './lint-structure';
import { curlyQuotes, stopWord, unbalancedQuotes, unquotedSymbol, wildcard } from './lint-text';
import type { LintProblem, Platform } from './types';

/** In the order a recruiter should fix them: quotes first, since they change how everything else is read. */
const CHECKS: readonly Check[] = [
  curlyQuotes,
  unbalancedQuotes,
  unbalancedParentheses,
  emptyParentheses,
  unsupportedParentheses,
  lowercaseOperator,
  danglingOperator,
  unsupportedOperator,
  wildcard,
  unquotedSymbol,
  stopWord,
];

export function lintQuery(platform: Platform, text: string): LintProblem[] {
  return [...CHECKS, ...limitChecks(platform)].flatMap((check) => {
    const finding = check.run(platform, text);
    if (finding === null) return [];
    const { fix } = finding;
    const certain = fix !== null && fix !== text && check.run(platform, fix) === null;
    return [{ kind: check.kind, severity: finding.severity, message: finding.message, fix: certain ? fix : null }];
  });
}
