/**
 * Finds glossary terms in text with compiled matchers: leftmost-longest, never overlapping,
 * whole words only. One pass over the text: a walk down the radix trees starts only where a word
 * starts that some form starts with (a bit set of first-word fingerprints says which), and most
 * walks end after a unit or two.
 *
 * Several trees can be searched as one (the shipped glossary and the user's own terms): term
 * numbers run on from one tree to the next, and at every position the longest match of any tree
 * wins. Where the same form belongs to several terms (in one tree or across trees), the match
 * carries all of them as `senses`, best first; choosing between them is lib/senses' job.
 */
import { Flag, MATCHER_FORMAT, unpackNodes, type Accept, type CompiledMatcher, type NeverAround } from './compiled';
import { foldPunctuation, isIgnorable, isSpaceLike, lowerUnit, wordCharAt, wordCharBefore } from './fold';

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
  /** Term number (index into `ids`): the best sense of the form. */
  readonly term: number;
  /** Where the form belongs to several terms: every one of them, best first (`term` is the first). */
  readonly senses?: readonly number[];
}

export interface Matcher {
  /** Term ids by term number, over every tree. */
  readonly ids: readonly string[];
  match(text: string): TermMatch[];
  /** Terms to leave out (muted, or in an industry the user does not highlight): 0 = off. `null`: all on. */
  setEnabled(mask: Uint8Array | null): void;
}

const NO_UNIT = -1;

/**
 * First-word fingerprints, kept in a bit set of this many bits: FNV-1a over a word's first
 * PRINT_PREFIX folded units, sealed with its length. Hashing a prefix instead of the whole word
 * leaves the scan of most of each word's units to one table lookup each; the length keeps the
 * filter nearly as selective (a word must also be as long as some form's first word).
 */
const PRINT_BITS = 1 << 20;
const PRINT_MASK = PRINT_BITS - 1;
const PRINT_PREFIX = 4;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A prefix hash and the word's length in units, as one fingerprint. */
const seal = (hash: number, units: number) => Math.imul(hash ^ (0x10000 + Math.min(units, 0xffff)), FNV_PRIME) >>> 0;

function foldedUnit(code: number): number {
  return code < 256 ? LATIN_FOLD[code]! : lowerUnit(foldPunctuation(code));
}

function printOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < Math.min(word.length, PRINT_PREFIX); i++) hash = Math.imul(hash ^ foldedUnit(word.charCodeAt(i)), FNV_PRIME);
  return seal(hash, word.length);
}

interface Tree {
  readonly nodes: Int32Array;
  readonly labels: string;
  readonly accepts: readonly (readonly Accept[])[];
  /** Added to the tree's own term numbers. */
  readonly offset: number;
}

/** Marks the fingerprint of every form's first word (and its plurals, for one-word forms). */
function addFirstWordPrints(tree: Tree, prints: Uint32Array): void {
  const { nodes, labels, accepts } = tree;
  const mark = (word: string) => {
    const bit = printOf(word) & PRINT_MASK;
    prints[bit >>> 5]! |= 1 << (bit & 31);
  };
  const visit = (node: number, key: string) => {
    const acceptIndex = nodes[node * 5 + 4]!;
    if (acceptIndex >= 0) {
      let end = 0;
      while (end < key.length && wordCharAt(key, end)) end++;
      if (end > 0) {
        const word = key.slice(0, end);
        mark(word);
        if (end === key.length) {
          for (const [, flags] of accepts[acceptIndex]!) {
            if (flags & Flag.PluralS) mark(`${word}s`);
            if (flags & Flag.PluralEs) mark(`${word}es`);
          }
        }
      }
    }
    for (let child = nodes[node * 5 + 2]!, last = child + nodes[node * 5 + 3]!; child < last; child++) {
      visit(child, key + labels.slice(nodes[child * 5]!, nodes[child * 5]! + nodes[child * 5 + 1]!));
    }
  };
  visit(0, '');
}

export function createMatcher(compiled: CompiledMatcher | readonly CompiledMatcher[]): Matcher {
  const layers = Array.isArray(compiled) ? (compiled as readonly CompiledMatcher[]) : [compiled as CompiledMatcher];
  const ids: string[] = [];
  const trees: Tree[] = [];
  const nevers = new Map<number, readonly NeverAround[]>();
  for (const layer of layers) {
    if (layer.format !== MATCHER_FORMAT) throw new Error(`Unsupported matcher format ${String(layer.format)}`);
    trees.push({ nodes: unpackNodes(layer.nodes), labels: layer.labels, accepts: layer.accepts, offset: ids.length });
    for (const [term, around] of Object.entries(layer.nevers ?? {})) nevers.set(Number(term) + ids.length, around);
    ids.push(...layer.ids);
  }
  const prints = new Uint32Array(PRINT_BITS >>> 5);
  // Which folded Latin-1 units can start a form: punctuation starts (".NET") fail this one lookup.
  const startsForm = new Uint8Array(256);
  for (const tree of trees) {
    addFirstWordPrints(tree, prints);
    for (let child = tree.nodes[2]!, end = child + tree.nodes[3]!; child < end; child++) {
      const first = tree.labels.charCodeAt(tree.nodes[child * 5]!);
      if (first < 256) startsForm[first] = 1;
    }
  }
  const knownPrint = (hash: number, units: number) => {
    const bit = seal(hash, units) & PRINT_MASK;
    return (prints[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  };
  let enabled: Uint8Array | null = null;

  // readUnit's second result, kept in a variable to avoid allocating a tuple per character.
  let nextIndex = 0;

  /** The folded unit at `i` (a whole run of spaces is one space); sets `nextIndex`. */
  function readUnit(text: string, i: number): number {
    const length = text.length;
    if (i >= length) return NO_UNIT;
    let code = text.charCodeAt(i);
    // Most text is Latin-1 and neither invisible nor a space: one table lookup.
    if (code < 256 && LATIN_CLASS[code]! < SPACE) {
      nextIndex = i + 1;
      return LATIN_FOLD[code]!;
    }
    while (isIgnorable(code)) {
      if (++i >= length) return NO_UNIT;
      code = text.charCodeAt(i);
    }
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
    return foldedUnit(code);
  }

  function findChild(tree: Tree, node: number, unit: number): number {
    const { nodes, labels } = tree;
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

  /**
   * Whether the text from `start` to `end` reads exactly `exact` (a case-sensitive form, folded
   * with its case kept): compared unit by unit, without building the folded string.
   */
  function readsExactly(text: string, start: number, end: number, exact: string): boolean {
    let k = 0;
    let i = start;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (isIgnorable(code)) {
        i++;
        continue;
      }
      if (isSpaceLike(code)) {
        while (i < end && (isSpaceLike(text.charCodeAt(i)) || isIgnorable(text.charCodeAt(i)))) i++;
        if (exact.charCodeAt(k++) !== 0x20) return false;
        continue;
      }
      if (exact.charCodeAt(k++) !== foldPunctuation(code)) return false;
      i++;
    }
    return k === exact.length;
  }

  // The best match found so far at one start, over every tree (variables, not an object per position).
  let bestEnd = -1;
  let bestKeyEnd = -1;
  let bestTerm = -1;
  let bestSenses: number[] | null = null;

  /** Walks one tree from `start`, folding its accepting nodes into the best match. */
  function walk(tree: Tree, text: string, start: number): void {
    const { nodes, labels, accepts } = tree;
    let node = 0;
    let i = start;
    for (;;) {
      const unit = readUnit(text, i);
      if (unit === NO_UNIT) break;
      const child = findChild(tree, node, unit);
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
      if (acceptIndex >= 0) considerAccepts(tree, text, start, i, accepts[acceptIndex]!);
    }
  }

  /**
   * Among the forms ending at `keyEnd` (best first), the furthest reach (plural included) wins;
   * every other term reaching as far is another sense of the same words. Against the match so
   * far: a further reach wins, and on an equal reach the longer form (a deeper node) wins; the
   * same form in another tree adds its senses.
   */
  function considerAccepts(tree: Tree, text: string, start: number, keyEnd: number, forms: readonly Accept[]): void {
    let nodeEnd = -1;
    let nodeTerm = -1;
    let nodeSenses: number[] | null = null;
    for (const [local, flags, exact] of forms) {
      const term = local + tree.offset;
      if (enabled !== null && enabled[term] === 0) continue;
      if (flags & Flag.CaseSensitive && !readsExactly(text, start, keyEnd, exact)) continue;
      let reach = boundaryAt(text, keyEnd) ? keyEnd : -1;
      if (flags & Flag.PluralS && text.charCodeAt(keyEnd) === 0x73 && boundaryAt(text, keyEnd + 1)) reach = keyEnd + 1;
      if (flags & Flag.PluralEs && text.startsWith('es', keyEnd) && boundaryAt(text, keyEnd + 2)) reach = keyEnd + 2;
      if (reach < 0) continue;
      if (reach > nodeEnd) {
        nodeEnd = reach;
        nodeTerm = term;
        nodeSenses = null;
      } else if (reach === nodeEnd && term !== nodeTerm) {
        nodeSenses ??= [nodeTerm];
        if (!nodeSenses.includes(term)) nodeSenses.push(term);
      }
    }
    if (nodeEnd < 0) return;
    if (nodeEnd > bestEnd || (nodeEnd === bestEnd && keyEnd > bestKeyEnd)) {
      bestEnd = nodeEnd;
      bestKeyEnd = keyEnd;
      bestTerm = nodeTerm;
      bestSenses = nodeSenses;
    } else if (nodeEnd === bestEnd && keyEnd === bestKeyEnd) {
      // The same words in another tree: more senses of one form, the earlier tree's first.
      const merged = bestSenses ?? [bestTerm];
      for (const term of nodeSenses ?? [nodeTerm]) if (!merged.includes(term)) merged.push(term);
      bestSenses = merged.length > 1 ? merged : null;
    }
  }

  function matchAt(text: string, start: number): boolean {
    bestEnd = -1;
    bestKeyEnd = -1;
    bestTerm = -1;
    bestSenses = null;
    for (const tree of trees) walk(tree, text, start);
    return bestEnd >= 0;
  }

  /** Whether the text right before `start` reads `before` (folded), from a word boundary. */
  function readsBefore(text: string, start: number, before: string): boolean {
    let i = start;
    for (let k = before.length - 1; k >= 0; k--) {
      while (i > 0 && isIgnorable(text.charCodeAt(i - 1))) i--;
      if (i <= 0) return false;
      const code = text.charCodeAt(i - 1);
      if (before.charCodeAt(k) === 0x20) {
        if (!isSpaceLike(code)) return false;
        while (i > 0 && (isSpaceLike(text.charCodeAt(i - 1)) || isIgnorable(text.charCodeAt(i - 1)))) i--;
        continue;
      }
      if (foldedUnit(code) !== before.charCodeAt(k)) return false;
      i--;
    }
    return !wordCharBefore(text, i);
  }

  /** Whether the text from `end` reads `after` (folded), up to a word boundary. */
  function readsAfter(text: string, end: number, after: string): boolean {
    let i = end;
    for (let k = 0; k < after.length; k++) {
      if (readUnit(text, i) !== after.charCodeAt(k)) return false;
      i = nextIndex;
    }
    return !wordCharAt(text, i);
  }

  /** A match inside one of its terms' never-phrases ("on a fixed income") is not the term. */
  function inNeverPhrase(text: string, start: number, end: number): boolean {
    for (const term of bestSenses ?? [bestTerm]) {
      for (const [before, after] of nevers.get(term) ?? []) if (readsBefore(text, start, before) && readsAfter(text, end, after)) return true;
    }
    return false;
  }

  function take(found: TermMatch[], text: string, start: number): void {
    if (nevers.size > 0 && inNeverPhrase(text, start, bestEnd)) return;
    found.push(bestSenses ? { start, end: bestEnd, term: bestTerm, senses: bestSenses } : { start, end: bestEnd, term: bestTerm });
  }

  return {
    ids,
    setEnabled(mask) {
      enabled = mask;
    },
    match(text) {
      const found: TermMatch[] = [];
      const length = text.length;
      // Whether the unit before `start` is part of a word, carried along instead of re-read.
      let afterWord = false;
      let start = 0;
      while (start < length) {
        const code = text.charCodeAt(start);
        if (!afterWord && (code < 256 ? LATIN_CLASS[code] === WORD : wordCharAt(text, start))) {
          // A word starts: fingerprint it in one pass and walk the trees only if some form starts with it.
          // Positions inside the word cannot start a match, except right after an invisible character.
          let hash = FNV_OFFSET;
          /** The word's units so far (invisible ones not counted: forms skip them too). */
          let units = 0;
          let end = start;
          let resume = -1;
          // An invisible character may end the word (a boundary) or sit inside it (skipped by forms): try both.
          let known = false;
          while (end < length) {
            const unit = text.charCodeAt(end);
            if (unit < 256) {
              const kind = LATIN_CLASS[unit]!;
              if (kind === WORD) {
                if (units < PRINT_PREFIX) hash = Math.imul(hash ^ LATIN_FOLD[unit]!, FNV_PRIME);
                units++;
                end++;
                continue;
              }
              if (kind !== IGNORABLE) break;
            } else if (isIgnorable(unit)) {
              // falls through to the invisible-character case below
            } else if (unit >= 0xd800 && unit <= 0xdbff) {
              if (!wordCharAt(text, end)) break;
              if (units < PRINT_PREFIX) hash = Math.imul(hash ^ foldedUnit(unit), FNV_PRIME);
              units++;
              end++;
              if (end < length) {
                if (units < PRINT_PREFIX) hash = Math.imul(hash ^ foldedUnit(text.charCodeAt(end)), FNV_PRIME);
                units++;
              }
              end++;
              continue;
            } else if (wordCharAt(text, end)) {
              if (units < PRINT_PREFIX) hash = Math.imul(hash ^ foldedUnit(unit), FNV_PRIME);
              units++;
              end++;
              continue;
            } else {
              break;
            }
            // An invisible character.
            if (resume < 0) resume = end;
            known ||= knownPrint(hash, units);
            end++;
          }
          if ((known || knownPrint(hash, units)) && matchAt(text, start)) {
            take(found, text, start);
            start = bestEnd;
            afterWord = wordCharBefore(text, start);
            continue;
          }
          if (resume >= 0) {
            start = resume;
            afterWord = wordCharBefore(text, start);
          } else {
            // The word ended at `end` (a non-word unit, or the end of the text): a word unit precedes it.
            start = end;
            afterWord = true;
          }
          continue;
        }
        if (code < 256) {
          const kind = LATIN_CLASS[code]!;
          if (!afterWord && kind < SPACE && startsForm[LATIN_FOLD[code]!] === 1 && matchAt(text, start)) {
            take(found, text, start);
            start = bestEnd;
            afterWord = wordCharBefore(text, start);
            continue;
          }
          afterWord = kind === WORD;
        } else {
          if (!afterWord && !isSpaceLike(code) && !isIgnorable(code) && matchAt(text, start)) {
            take(found, text, start);
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
