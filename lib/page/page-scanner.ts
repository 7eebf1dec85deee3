/**
 * Keeps a page's highlights in step with its text: one chunked pass over the document at start,
 * then only the blocks that change (MutationObserver, batched and throttled). Work is cut into
 * slices of a few milliseconds so the page never sees a long task, and each pass is recorded as
 * `performance.measure('jargon-lens:scan')` for DevTools and the benchmarks.
 */
import type { Matcher } from '../matcher/match';
import { findTermsInRun, staticRange, type BlockChooser, type RangeFactory } from '../scan/found-terms';
import { isInlineElement, textRuns } from '../scan/text-runs';
import type { HighlightSet } from './highlight-set';

export const SCAN_MEASURE = 'jargon-lens:scan';

export interface PageScannerOptions {
  readonly document: Document;
  readonly matcher: Matcher;
  /** Chooses the sense of shared forms in each block (none: the matcher's best sense). */
  readonly choose?: BlockChooser;
  readonly highlights: HighlightSet;
  readonly isOwnUi: (element: Element) => boolean;
  /** After each pass: the page's term counts changed (or may have). */
  readonly onPass?: () => void;
  readonly createRange?: RangeFactory;
  /** Longest slice of work before yielding to the page (ms). */
  readonly sliceMs?: number;
  /** Quiet time to wait for more mutations before a pass (ms). */
  readonly batchMs?: number;
}

const MUTATIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Past this many pending roots, one pass over the whole document is cheaper than bookkeeping. */
const MAX_PENDING = 200;

export class PageScanner {
  private readonly pending: Node[] = [];
  private readonly observer: MutationObserver;
  private readonly observedShadows = new WeakSet<ShadowRoot>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private stopped = false;
  private passes = 0;

  constructor(private readonly options: PageScannerOptions) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** Scans the whole document, then follows its changes. */
  start(): void {
    const { document } = this.options;
    this.observer.observe(document, MUTATIONS);
    this.enqueue(document);
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pending.length = 0;
  }

  /** Scans everything again (after the glossary or settings changed). */
  rescanAll(): void {
    this.options.highlights.clear();
    this.pending.length = 0;
    this.enqueue(this.options.document);
    this.schedule(0);
  }

  get passCount(): number {
    return this.passes;
  }

  private onMutations(records: MutationRecord[]): void {
    const { highlights, isOwnUi } = this.options;
    for (const record of records) {
      const target = record.target;
      if (target.nodeType === 1 && isOwnUi(target as Element)) continue;
      if (record.type === 'childList') {
        let ownOnly = record.addedNodes.length + record.removedNodes.length > 0;
        for (const node of [...record.addedNodes, ...record.removedNodes]) {
          if (!(node.nodeType === 1 && isOwnUi(node as Element))) ownOnly = false;
        }
        if (ownOnly) continue;
        for (const removed of record.removedNodes) highlights.forgetNodes(textNodesIn(removed));
      }
      this.enqueue(blockOf(target));
    }
    this.schedule(this.options.batchMs ?? 50);
  }

  private enqueue(root: Node): void {
    if (this.pending.some((queued) => queued === root || queued.contains(root))) return;
    for (let i = this.pending.length - 1; i >= 0; i--) if (root.contains(this.pending[i]!)) this.pending.splice(i, 1);
    this.pending.push(root);
    if (this.pending.length > MAX_PENDING) {
      this.pending.length = 0;
      this.pending.push(this.options.document);
    }
  }

  private schedule(delay: number): void {
    if (this.running || this.timer !== undefined || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.pass();
    }, delay);
  }

  private async pass(): Promise<void> {
    this.running = true;
    const { matcher, choose, highlights, isOwnUi, createRange = staticRange, sliceMs = 8 } = this.options;
    const startMark = performance.now();
    const onShadowRoot = (root: ShadowRoot) => {
      if (this.observedShadows.has(root)) return;
      this.observedShadows.add(root);
      this.observer.observe(root, MUTATIONS);
    };
    // What the pass cost, beyond its wall time: busy time, slices and the longest slice.
    const cost = { busyMs: 0, slices: 1, longestSliceMs: 0, chars: 0 };
    let sliceStart = performance.now();
    const endSlice = () => {
      const spent = performance.now() - sliceStart;
      cost.busyMs += spent;
      cost.longestSliceMs = Math.max(cost.longestSliceMs, spent);
    };
    while (this.pending.length > 0 && !this.stopped) {
      const root = this.pending.shift()!;
      if (root !== this.options.document && !root.isConnected) continue;
      for (const run of textRuns(root, { isOwnUi, onShadowRoot })) {
        highlights.forgetNodes(run.nodes);
        cost.chars += run.text.length;
        for (const found of findTermsInRun(run, matcher, createRange, choose)) highlights.add(found);
        if (performance.now() - sliceStart > sliceMs) {
          endSlice();
          await yieldToPage();
          if (this.stopped) break;
          cost.slices++;
          sliceStart = performance.now();
        }
      }
    }
    endSlice();
    this.running = false;
    if (this.stopped) return;
    this.passes++;
    performance.measure(SCAN_MEASURE, { start: startMark, end: performance.now(), detail: cost });
    this.options.onPass?.();
    if (this.pending.length > 0) this.schedule(this.options.batchMs ?? 50);
  }
}

/** The nearest ancestor (or self) that is not an inline element: the smallest unit a phrase can span. */
function blockOf(node: Node): Node {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1 && isInlineElement(current as Element)) current = current.parentNode;
  return current ?? node;
}

function textNodesIn(node: Node): Text[] {
  if (node.nodeType === 3) return [node as Text];
  if (node.nodeType !== 1 && node.nodeType !== 11) return [];
  const walker = (node.ownerDocument ?? document).createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) found.push(text as Text);
  return found;
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
