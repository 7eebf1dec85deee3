/**
 * Keeps a page's highlights in step with its text: a pass over what is on screen, then one over
 * the whole document, then only the blocks that change (MutationObserver, batched and throttled).
 *
 * Never a long task: the work is cut into slices of a few milliseconds, between runs of text,
 * every few hundred nodes of a deep or wide walk, and every few thousand characters of a very long
 * run. Each mutation batch costs a bounded amount: blocks are collected in a set, and past a limit
 * the scanner stops tracking them and plans a whole pass instead. Under a storm of changes it reads
 * what is on screen first and catches up with the rest later, with whole passes spaced further
 * apart while the storm lasts; once the page settles, one last whole pass makes the result exact.
 *
 * Text that leaves the page loses its highlights: after any removal, the next pass forgets the
 * occurrences in text nodes that are no longer connected (however they left: with a parent, inside
 * a removed shadow host, or while a pass was reading them).
 *
 * What each pass cost stays in this script's memory (`stats()`), read by the extension's own
 * tests, benchmarks and the popup's diagnostics through a message. Pages cannot read it. With the
 * diagnostics setting on, each pass is also drawn in DevTools' Performance panel (`console.timeStamp`
 * with a start and an end), which adds nothing to the page's performance timeline: page scripts read
 * that timeline, and an entry there would tell them the extension is installed.
 */
import type { Matcher } from '../matcher/match';
import { ELEMENT_NODE, isConnected, nodeType, parentNode } from '../scan/dom-reads';
import { findTermsInRun, staticRange, type BlockChooser, type FoundTerm, type RangeFactory } from '../scan/found-terms';
import { climbToSkipped, isInlineElement, subRun, walkTextRuns, WALK_TICK, type TextRun } from '../scan/text-runs';
import type { HighlightSet } from './highlight-set';
import { visibleTextElements } from './visible-blocks';


export type PassKind = 'visible' | 'full' | 'blocks';

/** What one pass cost. */
export interface PassCost {
  readonly kind: PassKind;
  /** performance.now() when it began. */
  readonly startedAt: number;
  wallMs: number;
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  chars: number;
  roots: number;
}

/** Everything the scanner did on this page so far. */
export interface ScanStats {
  readonly passes: number;
  readonly fullPasses: number;
  readonly visiblePasses: number;
  readonly slices: number;
  readonly longestSliceMs: number;
  readonly busyMs: number;
  readonly chars: number;
  /** Mutation batches that touched more blocks than are tracked one by one. */
  readonly overflows: number;
  /** Passes that began by forgetting text that left the page. */
  readonly sweeps: number;
  /** Work still planned: blocks waiting, a whole pass due. */
  readonly pendingBlocks: number;
  readonly fullPassDue: boolean;
  readonly running: boolean;
  /** The first whole pass, once done: time from start until every highlight of the page was registered. */
  readonly firstFullPass: PassCost | null;
  /** The last few passes, newest last. */
  readonly recent: readonly PassCost[];
}

export interface PageScannerOptions {
  readonly document: Document;
  readonly matcher: Matcher;
  /** Chooses the sense of shared forms in each block (none: the matcher's best sense). */
  readonly choose?: BlockChooser;
  readonly highlights: HighlightSet;
  readonly isOwnUi: (element: Element) => boolean;
  /** After a pass found its terms, before they are shown (where the page's context settles senses). */
  readonly beforeShow?: () => void;
  /** After each pass: the page's term counts changed (or may have). */
  readonly onPass?: () => void;
  readonly createRange?: RangeFactory;
  /** Longest slice of work before yielding to the page (ms). */
  readonly sliceMs?: number;
  /** Quiet time to wait for more mutations before a pass (ms). */
  readonly batchMs?: number;
  /** The user's diagnostics setting: record passes on the page's performance timeline. */
  readonly diagnostics?: () => boolean;
  /** The elements holding text on screen (tests replace the grid sampling, which needs layout). */
  readonly visibleText?: (document: Document, found: Element[]) => Generator<void>;
}

const MUTATIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Past this many changed blocks before a pass, one whole pass is cheaper than tracking each. */
const MAX_PENDING = 200;
/** Past this many records in one callback, they are not even looked at: a whole pass is planned. */
const MAX_RECORDS = 2_000;
/** Runs longer than this are matched in windows of this many characters, with a pause between. */
const WINDOW_CHARS = 16_384;
/** How far a window reads past its end, so a term starting before the end is read whole. */
const WINDOW_OVERLAP = 2_048;
/** Whole passes under a storm: at least this far apart, doubling while the storm lasts. */
const FULL_BACKOFF_MIN_MS = 250;
const FULL_BACKOFF_MAX_MS = 2_000;
/** Inline ancestors climbed to find a change's block, and ancestors checked when de-duplicating. */
const MAX_CLIMB = 64;
const RECENT_PASSES = 20;
/**
 * Showing what was found (HighlightSet.flush) makes the browser repaint the whole page at the next
 * frame, however few ranges changed: hundreds of milliseconds on a heavy page. So it happens at most
 * this often, and during a long whole-page pass only every FLUSH_IN_PASS_MS.
 */
const MIN_FLUSH_GAP_MS = 400;
const FLUSH_IN_PASS_MS = 2_000;

export class PageScanner {
  /** Block roots changed since the last pass. */
  private readonly pending = new Set<Node>();
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private running = false;
  private stopped = false;
  /** A whole pass is planned; `visibleFirst`: read the screen before it. */
  private fullDue = false;
  private visibleFirst = false;
  private nextFullAt = 0;
  private fullBackoffMs = FULL_BACKOFF_MIN_MS;
  private fullRunning = false;
  private overflowDuringFull = false;
  /** Text left the page since the last pass. */
  private sweepDue = false;
  private readonly totals = { passes: 0, fullPasses: 0, visiblePasses: 0, slices: 0, longestSliceMs: 0, busyMs: 0, chars: 0, overflows: 0, sweeps: 0 };
  private firstFullPass: PassCost | null = null;
  private readonly recent: PassCost[] = [];
  private lastFlushAt = Number.NEGATIVE_INFINITY;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: PageScannerOptions) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** Reads the screen, then the whole document, then follows its changes. */
  start(): void {
    this.observer.observe(this.options.document, MUTATIONS);
    this.planFullPass();
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    clearTimeout(this.flushTimer);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  /** Scans everything again (after the glossary or settings changed). */
  rescanAll(): void {
    this.options.highlights.clear();
    this.pending.clear();
    this.nextFullAt = 0;
    this.planFullPass();
    this.schedule(0);
  }

  get passCount(): number {
    return this.totals.passes;
  }

  stats(): ScanStats {
    return {
      ...this.totals,
      pendingBlocks: this.pending.size,
      fullPassDue: this.fullDue,
      running: this.running,
      firstFullPass: this.firstFullPass,
      recent: [...this.recent],
    };
  }

  private flushNow(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.lastFlushAt = performance.now();
    this.options.highlights.flush();
  }

  /** Shows what was found: now, or as soon as the last repaint is far enough behind. */
  private requestFlush(): void {
    if (this.flushTimer !== undefined || this.options.highlights.unflushed === 0) return;
    const wait = this.lastFlushAt + MIN_FLUSH_GAP_MS - performance.now();
    if (wait <= 0) this.flushNow();
    else this.flushTimer = setTimeout(() => !this.stopped && this.flushNow(), wait);
  }

  private planFullPass(): void {
    this.fullDue = true;
    this.visibleFirst = true;
  }

  /** Too much changed to follow block by block: read the screen now, the whole page later. */
  private overflow(): void {
    this.pending.clear();
    this.totals.overflows++;
    this.planFullPass();
    if (this.fullRunning) this.overflowDuringFull = true;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    if (records.length > MAX_RECORDS) {
      this.overflow();
      this.sweepDue = true;
    } else {
      const { isOwnUi } = this.options;
      for (const record of records) {
        const target = record.target;
        if (nodeType(target) === ELEMENT_NODE && isOwnUi(target as Element)) continue;
        if (record.type === 'childList') {
          if (onlyOwnUi(record.addedNodes, isOwnUi) && onlyOwnUi(record.removedNodes, isOwnUi)) continue;
          if (record.removedNodes.length > 0) this.sweepDue = true;
        }
        this.pending.add(blockOf(target));
        if (this.pending.size > MAX_PENDING) {
          this.overflow();
          break;
        }
      }
    }
    this.schedule(this.options.batchMs ?? 50);
  }

  /** Runs a pass after `delay` ms, unless one is already planned sooner or running. */
  private schedule(delay: number): void {
    if (this.running || this.stopped) return;
    const at = performance.now() + delay;
    if (this.timer !== undefined && this.timerAt <= at) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      void this.pass();
    }, delay);
  }

  /** What this pass reads: the screen, the whole document, or the changed blocks. */
  private takeWork(): { kind: PassKind; roots: Node[] } {
    const { document } = this.options;
    if (this.fullDue && this.visibleFirst) {
      // The blocks on screen are added once the browser has laid the page out (see pass()).
      this.visibleFirst = false;
      const roots = [...this.pending];
      this.pending.clear();
      return { kind: 'visible', roots };
    }
    if (this.fullDue && performance.now() >= this.nextFullAt) {
      this.fullDue = false;
      this.pending.clear();
      return { kind: 'full', roots: [document] };
    }
    const roots = withoutNested([...this.pending]);
    this.pending.clear();
    return { kind: 'blocks', roots };
  }

  private async pass(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    const { sliceMs = 8 } = this.options;
    const sweep = this.sweepDue;
    this.sweepDue = false;
    const { kind, roots } = this.takeWork();
    if (kind === 'visible') {
      // Asking what is under a point makes the browser lay the page out first if it must: on a heavy
      // page, hundreds of milliseconds of the page's own layout inside our task. Right after a frame
      // was drawn, the layout is fresh and the question is cheap.
      await afterNextFrame();
      if (this.stopped) {
        this.running = false;
        return;
      }
    }
    const cost: PassCost = { kind, startedAt: performance.now(), wallMs: 0, busyMs: 0, slices: 1, longestSliceMs: 0, chars: 0, roots: roots.length };
    if (kind === 'full') {
      this.fullRunning = true;
      this.overflowDuringFull = false;
    }
    let sliceStart = cost.startedAt;
    const endSlice = () => {
      const spent = performance.now() - sliceStart;
      cost.busyMs += spent;
      cost.longestSliceMs = Math.max(cost.longestSliceMs, spent);
    };
    try {
      for (const _ of this.work(kind, roots, sweep, cost)) {
        if (performance.now() - sliceStart <= sliceMs) continue;
        endSlice();
        // A long pass shows what it found now and then, not after every slice.
        if (sliceStart - this.lastFlushAt > FLUSH_IN_PASS_MS) this.flushNow();
        await yieldToPage();
        if (this.stopped) return;
        cost.slices++;
        sliceStart = performance.now();
      }
      endSlice();
    } finally {
      this.running = false;
      this.fullRunning = false;
    }
    if (this.stopped) return;
    this.finishPass(cost, sweep);
  }

  /** The pass's work, as steps between which the page may run. */
  private *work(kind: PassKind, taken: readonly Node[], sweep: boolean, cost: PassCost): Generator<void> {
    const { document, highlights, isOwnUi } = this.options;
    let roots = taken;
    if (kind === 'visible') {
      const onScreen: Element[] = [];
      yield* (this.options.visibleText ?? visibleTextElements)(document, onScreen);
      roots = withoutNested([...onScreen.map(blockOf), ...taken]);
    }
    if (sweep) {
      this.totals.sweeps++;
      yield* highlights.forgetDetached(isConnected);
    }
    // Observing a root again only renews its options (no second registration), so no set of the
    // roots already observed is kept: with tens of thousands of roots, that set cost more than this.
    const onShadowRoot = (root: ShadowRoot) => this.observer.observe(root, MUTATIONS);
    const skippedMemo = new Map<Node, boolean>();
    for (const root of roots) {
      if (root !== document && (!isConnected(root) || (yield* climbToSkipped(root, { isOwnUi }, skippedMemo)))) continue;
      for (const item of walkTextRuns(root, { isOwnUi, onShadowRoot })) {
        if (item !== WALK_TICK) {
          cost.chars += item.text.length;
          yield* this.readRun(item);
        }
        yield;
      }
    }
  }

  /** Finds the terms of one run and registers them; a very long run in windows, pausing between. */
  private *readRun(run: TextRun): Generator<void> {
    const { highlights, matcher, choose, createRange = staticRange } = this.options;
    const length = run.text.length;
    if (length <= WINDOW_CHARS) {
      highlights.replace(run.nodes, findTermsInRun(run, matcher, createRange, choose));
      return;
    }
    // Found window by window, registered at the end: unchanged occurrences then stay untouched.
    const all: FoundTerm[] = [];
    let from = 0;
    while (from < length) {
      // Terms starting before `limit` belong to this window; it reads on a little so they are whole.
      const limit = Math.min(length, from + WINDOW_CHARS);
      const to = limit === length ? length : Math.min(length, limit + WINDOW_OVERLAP);
      const window = subRun(run, from, to);
      let reached = from;
      let cursor = 0;
      for (const found of findTermsInRun(window, matcher, createRange, choose)) {
        while (cursor < window.nodes.length - 1 && window.nodes[cursor] !== found.range.startContainer) cursor++;
        const start = from + window.starts[cursor]! + found.range.startOffset;
        if (start >= limit) break;
        all.push(found);
        const last = Math.min(window.nodes.length - 1, cursor + found.nodes.length - 1);
        reached = Math.max(reached, from + window.starts[last]! + found.range.endOffset);
      }
      from = limit === length ? length : nextWordStart(run.text, Math.max(limit, reached), to);
      yield;
    }
    yield* highlights.replaceInSteps(run.nodes, all);
  }

  private finishPass(cost: PassCost, swept: boolean): void {
    this.options.beforeShow?.();
    const now = performance.now();
    cost.wallMs = now - cost.startedAt;
    const { totals } = this;
    totals.passes++;
    if (cost.kind === 'full') totals.fullPasses++;
    if (cost.kind === 'visible') totals.visiblePasses++;
    totals.slices += cost.slices;
    totals.longestSliceMs = Math.max(totals.longestSliceMs, cost.longestSliceMs);
    totals.busyMs += cost.busyMs;
    totals.chars += cost.chars;
    this.recent.push(cost);
    if (this.recent.length > RECENT_PASSES) this.recent.shift();
    if (cost.kind === 'full') {
      this.firstFullPass ??= cost;
      // A storm during a whole pass spaces the next one further out; a calm one brings it back.
      this.fullBackoffMs = this.overflowDuringFull ? Math.min(this.fullBackoffMs * 2, FULL_BACKOFF_MAX_MS) : FULL_BACKOFF_MIN_MS;
      this.nextFullAt = now + this.fullBackoffMs;
    }
    // A whole pass ends with the page's full result at once (such passes are spaced out under storms).
    if (cost.kind === 'full') this.flushNow();
    else this.requestFlush();
    if (this.options.diagnostics?.()) drawInDevTools(cost, now, swept);
    this.options.onPass?.();
    this.scheduleNext();
  }

  private scheduleNext(): void {
    const batchMs = this.options.batchMs ?? 50;
    let delay = Number.POSITIVE_INFINITY;
    if (this.fullDue) delay = this.visibleFirst ? batchMs : Math.max(0, this.nextFullAt - performance.now());
    if (this.pending.size > 0 || this.sweepDue) delay = Math.min(delay, batchMs);
    if (delay !== Number.POSITIVE_INFINITY) this.schedule(delay);
  }
}

function onlyOwnUi(nodes: NodeList, isOwnUi: (element: Element) => boolean): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!(nodeType(node) === ELEMENT_NODE && isOwnUi(node as Element))) return false;
  }
  return true;
}

/** The nearest ancestor (or self) that is not an inline element: the smallest unit a phrase can span. */
function blockOf(node: Node): Node {
  let current: Node | null = nodeType(node) === ELEMENT_NODE ? node : parentNode(node);
  for (let climbs = 0; current && climbs < MAX_CLIMB && nodeType(current) === ELEMENT_NODE && isInlineElement(current as Element); climbs++) {
    current = parentNode(current);
  }
  return current ?? node;
}

/** The roots, without repeats and without those inside another root (checked a bounded way up). */
function withoutNested(roots: readonly Node[]): Node[] {
  const set = new Set(roots);
  const kept: Node[] = [];
  for (const root of set) {
    let nested = false;
    let current = parentNode(root);
    for (let climbs = 0; current && climbs < MAX_CLIMB; climbs++) {
      if (set.has(current)) {
        nested = true;
        break;
      }
      current = parentNode(current);
    }
    if (!nested) kept.push(root);
  }
  return kept;
}

/** A position at or after `at` where a word may start (just after a space), so a window begins in step with the text. */
function nextWordStart(text: string, at: number, bound: number): number {
  const end = Math.min(bound, at + 256);
  for (let i = at; i < end; i++) if (SPACE.test(text[i - 1] ?? ' ')) return i;
  return at;
}
const SPACE = /\s/;

/** Resolves in a task right after the next frame is drawn (or after 100 ms where no frame comes, as in a hidden tab). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type TimeStamp = (label: string, start?: number, end?: number, track?: string, trackGroup?: string, color?: string) => void;

/**
 * One pass on a track of DevTools' Performance panel (Chromium's extensibility API; Firefox shows a
 * marker). Console calls of the content script stay in its own world: the page cannot observe them.
 */
export function drawInDevTools(cost: PassCost, end: number, swept: boolean): void {
  if (typeof console.timeStamp !== 'function') return;
  const label = `${cost.kind} pass: ${cost.chars} chars, ${cost.slices} slices, longest ${cost.longestSliceMs.toFixed(1)} ms${swept ? ', swept' : ''}`;
  (console.timeStamp as TimeStamp)(label, cost.startedAt, end, 'Scan passes', 'Jargon Lens', cost.kind === 'full' ? 'primary' : 'secondary');
}
