/**
 * Reads a page's text the way a person sees phrases: text nodes joined across inline elements
 * ("Action <b>Learning</b>" is one phrase), split at blocks, line breaks and skipped elements
 * (text in different blocks never joins). Never modifies the DOM.
 */

export interface TextRun {
  readonly nodes: readonly Text[];
  /** Offset of each node's first character in `text`. */
  readonly starts: readonly number[];
  readonly text: string;
}

export interface TextRunOptions {
  /** The extension's own UI (the hover card host): never read. */
  readonly isOwnUi?: (element: Element) => boolean;
  /** Called for every open shadow root met, so the caller can observe it. */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
}

/** Elements whose text is not prose a recruiter reads (or is hidden, or is a form field). */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'MATH',
]);

/** Elements that flow inside a line: their text joins the text around them. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME',
  'TT', 'U', 'VAR', 'WBR',
]);

const HIDDEN_STYLE = /display\s*:\s*none/i;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Whether an element's subtree is never read: skipped kinds, hidden, editable or screen-reader-only copies. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.tagName) || element.namespaceURI === SVG_NS) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = element.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  // Sites repeat visible text in off-screen copies for screen readers; reading both doubles counts.
  const classes = element.classList;
  return classes.length > 0 && (classes.contains('visually-hidden') || classes.contains('sr-only'));
}

export function isInlineElement(element: Element): boolean {
  return INLINE.has(element.tagName);
}

/** Marks the end of a block on the walk's stack. */
const END_OF_BLOCK = null;

export function* textRuns(root: Node, options: TextRunOptions = {}): Generator<TextRun> {
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  const take = (): TextRun => {
    const run = { nodes, starts, text };
    nodes = [];
    starts = [];
    text = '';
    return run;
  };

  const stack: (Node | typeof END_OF_BLOCK)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === END_OF_BLOCK || node === undefined) {
      if (nodes.length > 0) yield take();
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        nodes.push(node as Text);
        starts.push(text.length);
        text += data;
      }
      continue;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      const inline = isInlineElement(element);
      if (element.tagName === 'BR' || isSkippedElement(element) || options.isOwnUi?.(element)) {
        if (nodes.length > 0) yield take();
        continue;
      }
      if (!inline) {
        if (nodes.length > 0) yield take();
        stack.push(END_OF_BLOCK);
      }
      const shadow = (element as HTMLElement).shadowRoot;
      if (shadow) {
        options.onShadowRoot?.(shadow);
        stack.push(END_OF_BLOCK, shadow, END_OF_BLOCK);
      }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) {
      continue; // comments, processing instructions
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  if (nodes.length > 0) yield take();
}

/** The node holding character `offset` of a run (the last node starting at or before it). */
export function nodeIndexAt(run: TextRun, offset: number): number {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((run.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
