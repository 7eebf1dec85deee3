/** The shape of one linter check: it finds one kind of problem, all occurrences at once. */
import type { LintKind, Platform } from './types';

export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** A proposed corrected string; the linter keeps it only if it clears this check. */
  readonly fix: string | null;
}

export interface Check {
  readonly kind: LintKind;
  run(platform: Platform, text: string): Finding | null;
}
