/**
 * Finds glossary terms in text with a compiled matcher: leftmost-longest, never overlapping,
 * whole words only. One pass over the text: a walk down the radix tree starts only where a word
 * starts, and most walks end after a unit or two.
 */
import { Flag, MATCHER_FORMAT, type CompiledMatcher } from './compiled';
import { foldPunctuation, foldText, isIgnorable, isSpaceLike, lowerUnit, wordCharAt, wordCharBefore } from './fold';

/** Character classes of the first 256 units, looked up instead of computed in the hot loop. */
const OTHER = 0;
const WORD = 1;
const SPACE = 2;
const IGNORABLE = 3;
const LATIN_CLASS = Uint8Array.from({ length: 256 }, (_, code) =>
  isIgnorable(code) ? IGNORABLE : isSpaceLike(code) ? SPACE : wordCharAt(String.fromCharCode(code), 0) ? WORD : OTHER,
);
/** Folded (lower-case, straight-quote) form of the first 256 units. */
const LATIN_FOLD = Uint16Array.from({ length: 256 }, (_, code) => lowerUnit(foldPunctuation(code)));

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

/** FNV-1a over folded units: the cheap fingerprint of a word used to skip words no form starts with. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function foldedUnit(code: number): number {
  return code < 256 ? LATIN_FOLD[code]! : lowerUnit(foldPunctuation(code));
}

/** The fingerprints of every form's first word (plus its plural when the form is one word). */
function firstWordPrints(compiled: CompiledMatcher): Set<number> {
  const prints = new Set<number>();
  const { nodes, labels, accepts } = compiled;
  const visit = (node: number, key: string) => {
    const acceptIndex = nodes[node * 5 + 4]!;
    if (acceptIndex >= 0) {
      let end = 0;
      while (end < key.length && wordCharAt(key, end)) end++;
      if (end > 0) {
        const word = key.slice(0, end);
        prints.add(printOf(word));
        if (end === key.length) {
          for (const [, flags] of accepts[acceptIndex]!) {
            if (flags & Flag.PluralS) prints.add(printOf(`${word}s`));
            if (flags & Flag.PluralEs) prints.add(printOf(`${word}es`));
          }
        }
      }
    }
    for (let child = nodes[node * 5 + 2]!, last = child + nodes[node * 5 + 3]!; child < last; child++) {
      visit(child, key + labels.slice(nodes[child * 5]!, nodes[child * 5]! + nodes[child * 5 + 1]!));
    }
  };
  visit(0, '');
  return prints;
}

function printOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ foldedUnit(word.charCodeAt(i)), FNV_PRIME);
  return hash >>> 0;
}

export function createMatcher(compiled: CompiledMatcher): Matcher {
  if (compiled.format !== MATCHER_FORMAT) throw new Error(`Unsupported matcher format ${String(compiled.format)}`);
  const nodes = Int32Array.from(compiled.nodes);
  const { labels, accepts } = compiled;
  const firstWords = firstWordPrints(compiled);
  // Which folded Latin-1 units can start a form: punctuation starts (".NET") fail this one lookup.
  const startsForm = new Uint8Array(256);
  for (let child = nodes[2]!, end = child + nodes[3]!; child < end; child++) {
    const first = labels.charCodeAt(nodes[child * 5]!);
    if (first < 256) startsForm[first] = 1;
  }

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
      // Whether the unit before `start` is part of a word, carried along instead of re-read.
      let afterWord = false;
      let start = 0;
      while (start < length) {
        const code = text.charCodeAt(start);
        if (!afterWord && (code < 256 ? LATIN_CLASS[code] === WORD : wordCharAt(text, start))) {
          // A word starts: fingerprint it in one pass and walk the tree only if some form starts with it.
          // Positions inside the word cannot start a match, except right after an invisible character.
          let hash = FNV_OFFSET;
          let end = start;
          let resume = -1;
          // An invisible character may end the word (a boundary) or sit inside it (skipped by forms): try both.
          let known = false;
          while (end < length) {
            const unit = text.charCodeAt(end);
            if (unit < 256 ? LATIN_CLASS[unit] === IGNORABLE : isIgnorable(unit)) {
              if (resume < 0) resume = end;
              known ||= firstWords.has(hash >>> 0);
              end++;
              continue;
            }
            if (unit < 256) {
              if (LATIN_CLASS[unit] !== WORD) break;
            } else if (unit >= 0xd800 && unit <= 0xdbff) {
              if (!wordCharAt(text, end)) break;
              hash = Math.imul(hash ^ foldedUnit(unit), FNV_PRIME);
              end++;
              if (end < length) hash = Math.imul(hash ^ foldedUnit(text.charCodeAt(end)), FNV_PRIME);
              end++;
              continue;
            } else if (!wordCharAt(text, end)) {
              break;
            }
            hash = Math.imul(hash ^ foldedUnit(unit), FNV_PRIME);
            end++;
          }
          if ((known || firstWords.has(hash >>> 0)) && matchAt(text, start)) {
            found.push({ start, end: bestEnd, term: bestTerm });
            start = bestEnd;
            afterWord = wordCharBefore(text, start);
            continue;
          }
          start = resume >= 0 ? resume : Math.min(end, length);
          afterWord = wordCharBefore(text, start);
          continue;
        }
        if (code < 256) {
          const kind = LATIN_CLASS[code]!;
          if (!afterWord && kind < SPACE && startsForm[LATIN_FOLD[code]!] === 1 && matchAt(text, start)) {
            found.push({ start, end: bestEnd, term: bestTerm });
            start = bestEnd;
            afterWord = wordCharBefore(text, start);
            continue;
          }
          afterWord = kind === WORD;
        } else {
          if (!afterWord && !isSpaceLike(code) && !isIgnorable(code) && matchAt(text, start)) {
            found.push({ start, end: bestEnd, term: bestTerm });
            start = bestEnd;
            afterWord = wordCharBefore(text, start);
            continue;
          }
          afterWord = wordCharBefore(text, start + 1);
        }
        start++;
      }
      return found;
    },
  };
}
