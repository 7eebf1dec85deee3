/**
 * Turns valibot issues into the words a person fixing a term needs: which field (as a path) and
 * what is wrong with it, never the offending value itself (it may be huge, or markup).
 */
import type * as v from 'valibot';

export type PathKey = string | number;

export interface FieldProblem {
  /** Keys from the checked value down to the field, e.g. `['questions', 'mid', 0, 'question']`. */
  readonly path: readonly PathKey[];
  readonly message: string;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return typeof value;
}

function readableMessage(issue: v.BaseIssue<unknown>): string {
  const isObjectIssue = issue.type === 'strict_object' || issue.type === 'object';
  if (isObjectIssue && issue.expected === 'never') return 'is not a known field (check its spelling)';
  if (isObjectIssue && issue.received === 'undefined') return 'is missing';
  if (isObjectIssue) return `must be an object, not ${kindOf(issue.input)}`;
  return issue.message;
}

export function fieldProblems(issues: readonly v.BaseIssue<unknown>[]): FieldProblem[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key))),
    message: readableMessage(issue),
  }));
}

/** `questions.mid[0].question`, the notation the shipped glossary's validation uses too. */
export function formatPath(path: readonly PathKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${key}`)).join('');
}
