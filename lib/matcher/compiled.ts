/**
 * The compiled matcher: a radix tree over every folded glossary form, flattened into plain
 * arrays so it can be stored, sent to a content script and used without rebuilding anything.
 */

/**
 * The format of the arrays below. A reader that meets another format must not guess: content
 * scripts ask for a fresh artifact instead (see lib/glossary-artifacts).
 * 2: hyphens are their own unit, several terms per form (senses), never-phrases checked after a match.
 */
export const MATCHER_FORMAT = 2;

/** Bit flags of one accepted form. */
export const Flag = {
  /** Compare with the exact capitalisation (acronyms, and names marked nameMatchCase). */
  CaseSensitive: 1,
  /** A trailing "s" is the same term ("KPIs", "Scrum Masters"). */
  PluralS: 2,
  /** A trailing "es" is the same term ("processes"). */
  PluralEs: 4,
} as const;

/**
 * One accepted form at a node: [term number, flags, exact folded form (case kept) for
 * case-sensitive forms, '' for the others (their key is the path to the node)].
 */
export type Accept = readonly [term: number, flags: number, exact: string];

/**
 * A never-phrase of a term, around one of its forms: the words before and after it, folded to
 * lower case ("on a fixed income" around "fixed income": ["on a ", ""]). A match of the term
 * with exactly these words around it is not the term. Checked only after a match, so a phrase
 * that starts with "a" or "the" costs nothing on the words it starts with.
 */
export type NeverAround = readonly [before: string, after: string];

export interface CompiledMatcher {
  readonly format: typeof MATCHER_FORMAT;
  /** Term ids, by term number. */
  readonly ids: readonly string[];
  /** All edge labels, concatenated; folded to lower case. */
  readonly labels: string;
  /**
   * Five numbers per node, node 0 being the root: label start, label length, first child,
   * child count, accept index (-1 if no form ends here). Children are contiguous and sorted by
   * the first unit of their label, so a lookup is a binary search. Stored artifacts hold them as
   * base64 of little-endian 32-bit integers (`packNodes`): a fifth of the size, no number parsing.
   */
  readonly nodes: readonly number[] | string | Int32Array;
  /**
   * Per accept index, the forms ending there, best first: case-sensitive forms, then the form's
   * default sense, then glossary order; never-phrases last.
   */
  readonly accepts: readonly (readonly Accept[])[];
  /** Never-phrases, for the terms that have any: term number → the words around a form. */
  readonly nevers: Readonly<Record<number, readonly NeverAround[]>>;
}

/** Nodes as base64 of little-endian 32-bit integers. */
export function packNodes(nodes: readonly number[]): string {
  const bytes = new Uint8Array(Int32Array.from(nodes).buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function unpackNodes(nodes: readonly number[] | string | Int32Array): Int32Array {
  if (nodes instanceof Int32Array) return nodes;
  if (typeof nodes !== 'string') return Int32Array.from(nodes);
  const binary = atob(nodes);
  if (binary.length % 4 !== 0) throw new Error('Matcher nodes are not whole 32-bit numbers');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Int32Array(bytes.buffer);
}
