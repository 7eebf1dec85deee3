/**
 * Finds glossary terms in text with a compiled matcher: leftmost-longest, never overlapping,
 * whole words only. One pass over the text: a walk down the radix tree starts only where a word
 * starts, and most walks end after a unit or two.
 */
import { Flag, MATCHER_FORMAT, type CompiledMatcher } from './compiled';
import { foldPunctuation, foldText, isIgnorable, isSpaceLike, lowerUnit, wordCharAt, wordCharBefore } from './fold';

export interface TermMatch {
  /** Offsets into the text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Term number: index into the compiled matcher's `ids`. */
  readonly term: number;
}

export interface Matcher {
  readonly ids: readonly string[];
  match(text: string): TermMatch[];
}

const NO_UNIT = -1;

export function createMatcher(compiled: CompiledMatcher): Matcher {
  if (compiled.format !== MATCHER_FORMAT) throw new Error(`Unsupported matcher format ${String(compiled.format)}`);
  const nodes = Int32Array.from(compiled.nodes);
  const { labels, accepts } = compiled;

  // readUnit's second result, kept in a variable to avoid allocating a tuple per character.
  let nextIndex = 0;

  /** The folded unit at `i` (a whole run of spaces/hyphens is one space); sets `nextIndex`. */
  function readUnit(text: string, i: number): number {
    const length = text.length;
    while (i < length && isIgnorable(text.charCodeAt(i))) i++;
    if (i >= length) return NO_UNIT;
    const code = text.charCodeAt(i);
    if (isSpaceLike(code)) {
      i++;
      while (i < length) {
        const next = text.charCodeAt(i);
        if (!isSpaceLike(next) && !isIgnorable(next)) break;
        i++;
      }
      nextIndex = i;
      return 0x20;
    }
    nextIndex = i + 1;
    return lowerUnit(foldPunctuation(code));
  }

  function findChild(node: number, unit: number): number {
    let lo = nodes[node * 5 + 2]!;
    let hi = lo + nodes[node * 5 + 3]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const first = labels.charCodeAt(nodes[mid * 5]!);
      if (first === unit) return mid;
      if (first < unit) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  const boundaryAt = (text: string, end: number) => !wordCharAt(text, end);

  // Result of matchAt, as variables for the same reason as nextIndex.
  let bestEnd = -1;
  let bestTerm = -1;

  function matchAt(text: string, start: number): boolean {
    bestEnd = -1;
    let node = 0;
    let i = start;
    for (;;) {
      const unit = readUnit(text, i);
      if (unit === NO_UNIT) break;
      const child = findChild(node, unit);
      if (child < 0) break;
      i = nextIndex;
      const labelStart = nodes[child * 5]!;
      const labelEnd = labelStart + nodes[child * 5 + 1]!;
      let k = labelStart + 1;
      for (; k < labelEnd; k++) {
        if (readUnit(text, i) !== labels.charCodeAt(k)) break;
        i = nextIndex;
      }
      if (k < labelEnd) break;
      node = child;
      const acceptIndex = nodes[node * 5 + 4]!;
      if (acceptIndex >= 0) considerAccepts(text, start, i, accepts[acceptIndex]!);
    }
    return bestEnd >= 0;
  }

  /** Among the forms ending at `end`, the one reaching furthest (plural included) wins; ties keep order. */
  function considerAccepts(text: string, start: number, end: number, forms: readonly (readonly [number, number, string])[]): void {
    let exactText: string | undefined;
    let nodeEnd = -1;
    let nodeTerm = -1;
    for (const [term, flags, exact] of forms) {
      if (flags & Flag.CaseSensitive && (exactText ??= foldText(text.slice(start, end), true)) !== exact) continue;
      let reach = boundaryAt(text, end) ? end : -1;
      if (flags & Flag.PluralS && text.charCodeAt(end) === 0x73 && boundaryAt(text, end + 1)) reach = end + 1;
      if (flags & Flag.PluralEs && text.startsWith('es', end) && boundaryAt(text, end + 2)) reach = end + 2;
      if (reach > nodeEnd) {
        nodeEnd = reach;
        nodeTerm = term;
      }
    }
    // A deeper node is a longer form: on an equal reach it wins over a shorter form's plural.
    if (nodeEnd >= 0 && nodeEnd >= bestEnd) {
      bestEnd = nodeEnd;
      bestTerm = nodeTerm;
    }
  }

  return {
    ids: compiled.ids,
    match(text) {
      const found: TermMatch[] = [];
      const length = text.length;
      let start = 0;
      while (start < length) {
        const code = text.charCodeAt(start);
        if (!isSpaceLike(code) && !isIgnorable(code) && !wordCharBefore(text, start) && matchAt(text, start)) {
          found.push({ start, end: bestEnd, term: bestTerm });
          start = bestEnd;
        } else {
          start++;
        }
      }
      return found;
    },
  };
}
