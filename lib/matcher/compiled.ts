/**
 * The compiled matcher: a radix tree over every folded glossary form, flattened into plain
 * arrays so it can be stored, sent to a content script and used without rebuilding anything.
 */

export const MATCHER_FORMAT = 1;

/** Bit flags of one accepted form. */
export const Flag = {
  /** Compare with the exact capitalisation (acronyms, and names marked nameMatchCase). */
  CaseSensitive: 1,
  /** A trailing "s" is the same term ("KPIs", "Scrum Masters"). */
  PluralS: 2,
  /** A trailing "es" is the same term ("processes"). */
  PluralEs: 4,
} as const;

export interface CompiledMatcher {
  readonly format: typeof MATCHER_FORMAT;
  /** Term ids, by term number. */
  readonly ids: readonly string[];
  /** All edge labels, concatenated; folded to lower case. */
  readonly labels: string;
  /**
   * Five numbers per node, node 0 being the root: label start, label length, first child,
   * child count, accept index (-1 if no form ends here). Children are contiguous and sorted by
   * the first unit of their label, so a lookup is a binary search.
   */
  readonly nodes: readonly number[];
  /** Per accept index, the forms ending there: [term number, flags, exact folded form (case kept)]. */
  readonly accepts: readonly (readonly [term: number, flags: number, exact: string])[][];
}
