/**
 * The terms highlighted on one page: which ranges are registered in `CSS.highlights`, which
 * text nodes they cover (to drop them when the page changes that text), and how often each
 * term occurs. Adds and removes only ranges: the page's DOM is never touched.
 *
 * Changes reach the registered Highlight in batches (`flush`): every change to a registered
 * highlight makes the browser revalidate all of its ranges and repaint at the next frame, which on
 * a heavy page costs far more than finding the terms did. The scanner flushes at the end of each
 * pass and every so often during a long one.
 */
import type { FoundTerm } from '../scan/found-terms';

export type OccurrenceMode = 'every' | 'first';

/** The part of `Highlight` used here, so tests can pass a plain Set. */
export interface RangeSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
}

export interface HighlightSetOptions {
  readonly ranges: RangeSet;
  readonly mode: OccurrenceMode;
}

function sameOccurrence(a: FoundTerm, b: FoundTerm): boolean {
  return (
    a.term === b.term &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

export class HighlightSet {
  /** Sets, not lists: a 5 MB text node can hold thousands of occurrences, each forgotten in O(1). */
  private readonly byNode = new Map<Text, Set<FoundTerm>>();
  /** Every occurrence of a term, in the order found; the first is highlighted in "first" mode. */
  private readonly byTerm = new Map<number, Set<FoundTerm>>();
  private readonly shown = new Set<FoundTerm>();
  /** Shown or hidden since the last flush: not yet in `ranges`, or still in it. */
  private readonly pendingAdd = new Set<AbstractRange>();
  private readonly pendingDelete = new Set<AbstractRange>();
  private mode: OccurrenceMode;
  private readonly ranges: RangeSet;

  constructor(options: HighlightSetOptions) {
    this.ranges = options.ranges;
    this.mode = options.mode;
  }

  add(found: FoundTerm): void {
    for (const node of found.nodes) {
      const set = this.byNode.get(node);
      if (set) set.add(found);
      else this.byNode.set(node, new Set([found]));
    }
    let occurrences = this.byTerm.get(found.term);
    if (!occurrences) this.byTerm.set(found.term, (occurrences = new Set()));
    occurrences.add(found);
    if (this.mode === 'every' || occurrences.size === 1) this.show(found);
  }

  /**
   * Makes `found` the occurrences in these text nodes (a block read again): occurrences that are
   * the same as before (term, nodes and offsets) stay as they are, so an unchanged block changes
   * nothing the browser must repaint; the rest are forgotten or added.
   */
  replace(nodes: readonly Text[], found: readonly FoundTerm[]): void {
    const steps = this.replaceInSteps(nodes, found);
    while (!steps.next().done);
  }

  /** `replace`, pausing every `step` nodes or occurrences (a run can span 100,000 text nodes). */
  *replaceInSteps(nodes: readonly Text[], found: readonly FoundTerm[], step = 4_096): Generator<void> {
    // The old occurrences by first node and start offset, so each new one is matched in O(1).
    const byStart = new Map<Node, Map<number, FoundTerm[]>>();
    for (let i = 0; i < nodes.length; i++) {
      if (i % step === step - 1) yield;
      const node = nodes[i]!;
      const set = this.byNode.get(node);
      if (!set) continue;
      for (const old of set) {
        if (old.nodes[0] !== node) continue;
        let offsets = byStart.get(node);
        if (!offsets) byStart.set(node, (offsets = new Map()));
        const list = offsets.get(old.range.startOffset);
        if (list) list.push(old);
        else offsets.set(old.range.startOffset, [old]);
      }
    }
    const kept = new Set<FoundTerm>();
    const added: FoundTerm[] = [];
    for (let i = 0; i < found.length; i++) {
      if (i % step === step - 1) yield;
      const next = found[i]!;
      const same = byStart.get(next.nodes[0]!)?.get(next.range.startOffset)?.find((old) => !kept.has(old) && sameOccurrence(old, next));
      if (same) kept.add(same);
      else added.push(next);
    }
    for (let i = 0; i < nodes.length; i++) {
      if (i % step === step - 1) yield;
      const set = this.byNode.get(nodes[i]!);
      if (!set) continue;
      for (const old of [...set]) if (!kept.has(old)) this.forget(old);
    }
    for (let i = 0; i < added.length; i++) {
      if (i % step === step - 1) yield;
      this.add(added[i]!);
    }
  }

  /** Forgets every occurrence touching these text nodes (they changed or left the page). */
  forgetNodes(nodes: Iterable<Text>): void {
    for (const node of nodes) {
      const set = this.byNode.get(node);
      if (!set) continue;
      for (const found of [...set]) this.forget(found);
    }
  }

  /**
   * Forgets every occurrence in text nodes that are no longer on the page (`isLive` false), however
   * they left: removed with their parent, with a shadow host, or while a pass was reading them.
   * A generator so the caller can pause between steps: it yields every `step` nodes.
   */
  *forgetDetached(isLive: (node: Text) => boolean, step = 512): Generator<void> {
    let seen = 0;
    for (const node of [...this.byNode.keys()]) {
      if (!isLive(node)) this.forgetNodes([node]);
      if (++seen % step === 0) yield;
    }
  }

  private forget(found: FoundTerm): void {
    for (const node of found.nodes) {
      const set = this.byNode.get(node);
      if (!set) continue;
      set.delete(found);
      if (set.size === 0) this.byNode.delete(node);
    }
    const occurrences = this.byTerm.get(found.term);
    occurrences?.delete(found);
    if (this.shown.delete(found)) {
      if (!this.pendingAdd.delete(found.range)) this.pendingDelete.add(found.range);
      // In "first" mode another occurrence takes over the highlight.
      const next = occurrences?.values().next().value;
      if (this.mode === 'first' && next) this.show(next);
    }
    if (occurrences?.size === 0) this.byTerm.delete(found.term);
  }

  private show(found: FoundTerm): void {
    this.shown.add(found);
    if (!this.pendingDelete.delete(found.range)) this.pendingAdd.add(found.range);
  }

  /** Applies the changes since the last flush to the registered ranges. */
  flush(): void {
    for (const range of this.pendingDelete) this.ranges.delete(range);
    for (const range of this.pendingAdd) this.ranges.add(range);
    this.pendingDelete.clear();
    this.pendingAdd.clear();
  }

  /** Changes waiting for `flush`. */
  get unflushed(): number {
    return this.pendingAdd.size + this.pendingDelete.size;
  }

  /** How many ranges the registered Highlight should hold right now (what was flushed). */
  get flushedSize(): number {
    return this.shown.size - this.pendingAdd.size + this.pendingDelete.size;
  }

  setMode(mode: OccurrenceMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.ranges.clear();
    this.shown.clear();
    this.pendingAdd.clear();
    this.pendingDelete.clear();
    for (const occurrences of this.byTerm.values()) {
      for (const found of occurrences) {
        this.show(found);
        if (mode === 'first') break;
      }
    }
    this.flush();
  }

  clear(): void {
    this.byNode.clear();
    this.byTerm.clear();
    this.shown.clear();
    this.pendingAdd.clear();
    this.pendingDelete.clear();
    this.ranges.clear();
  }

  /** Whether an occurrence is still tracked (its text has not changed or left the page). */
  has(found: FoundTerm): boolean {
    return this.byTerm.get(found.term)?.has(found) === true;
  }

  /** Puts `next` (the same words, another sense) in place of a tracked occurrence (shown at the next flush). */
  swap(found: FoundTerm, next: FoundTerm): void {
    if (!this.has(found)) return;
    this.forget(found);
    this.add(next);
  }

  /** Every tracked occurrence of these terms. */
  *occurrences(): IterableIterator<FoundTerm> {
    for (const occurrences of this.byTerm.values()) yield* occurrences;
  }

  /** The ranges currently highlighted (to restore them when a page emptied the highlight). */
  shownRanges(): AbstractRange[] {
    return [...this.shown].map((found) => found.range);
  }

  isShown(found: FoundTerm): boolean {
    return this.shown.has(found);
  }

  /** The occurrences covering a text node (for hover hit-testing). */
  at(node: Text): readonly FoundTerm[] {
    const set = this.byNode.get(node);
    return set ? [...set] : [];
  }

  /** Occurrences per term number. */
  counts(): Map<number, number> {
    return new Map([...this.byTerm].map(([term, occurrences]) => [term, occurrences.size]));
  }

  get size(): number {
    return this.shown.size;
  }

  /** Number of text nodes being tracked (for leak checks in long sessions). */
  get trackedNodes(): number {
    return this.byNode.size;
  }
}
