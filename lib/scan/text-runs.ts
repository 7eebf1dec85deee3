/**
 * Reads a page's text the way a person sees phrases: text nodes joined across inline elements
 * ("Action <b>Learning</b>" is one phrase), split at blocks, line breaks and skipped elements
 * (text in different blocks never joins). Never modifies the DOM, and reads every node through
 * dom-reads.ts, so a page's form controls cannot stand in for the properties it reads.
 */
import {
  DOCUMENT_NODE,
  ELEMENT_NODE,
  FRAGMENT_NODE,
  TEXT_NODE,
  getAttribute,
  firstChild,
  hasAttributes,
  namespaceURI,
  nextElementSibling,
  nextSibling,
  nodeType,
  parentNode,
  previousElementSibling,
  shadowHost,
  shadowRoot,
  tagName,
  textData,
} from './dom-reads';

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

/** Elements whose text is not prose a recruiter reads (or is hidden, or is a form field or a control). */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'MATH',
  // Controls and navigation: "Message", "More", "View in Sales Navigator" are not what a person wrote.
  'BUTTON', 'NAV', 'MENU',
]);

/** ARIA roles of controls, menus, navigation, tabs and toolbars: their text is an interface, not prose. */
const SKIPPED_ROLES = new Set([
  'button', 'checkbox', 'combobox', 'listbox', 'menu', 'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio',
  'navigation', 'option', 'radio', 'searchbox', 'slider', 'spinbutton', 'switch', 'tab', 'tablist', 'textbox', 'toolbar',
]);

/** Elements that flow inside a line: their text joins the text around them. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME',
  'TT', 'U', 'VAR', 'WBR',
]);

const HIDDEN_STYLE = /display\s*:\s*none/i;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Off-screen copies of visible text for screen readers (LinkedIn, Bootstrap, WordPress, …). */
const SCREEN_READER_ONLY = /(?:^|\s)(?:visually-hidden|visuallyhidden|sr-only|a11y-text|screen-reader-text)(?:\s|$)/;
/** Links drawn as buttons ("artdeco-button", "btn btn-primary"). */
const BUTTON_CLASS = /(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])/i;
const WHITESPACE = /\s+/;

function isScreenReaderOnly(element: Element): boolean {
  const classes = getAttribute(element, 'class');
  return classes !== null && SCREEN_READER_ONLY.test(classes);
}

/**
 * `aria-hidden` hides a region from screen readers; sites do that to decorations, icons, duplicated
 * carousel slides, and to the visible half of a pair whose other half is a screen-reader-only copy
 * (LinkedIn writes every visible string twice: `<span aria-hidden="true">` for the eye beside
 * `<span class="visually-hidden">` for the ear). Only that visible twin is prose.
 */
function isVisibleTwin(element: Element): boolean {
  const before = previousElementSibling(element);
  if (before && isScreenReaderOnly(before)) return true;
  const after = nextElementSibling(element);
  return after !== null && isScreenReaderOnly(after);
}

function hasSkippedRole(role: string): boolean {
  for (const token of role.trim().toLowerCase().split(WHITESPACE)) if (SKIPPED_ROLES.has(token)) return true;
  return false;
}

/**
 * Whether an element's subtree is never read: skipped kinds (scripts, fields, controls, navigation),
 * hidden, editable, not prose (ARIA controls, aria-hidden regions that are not a visible twin, links
 * drawn as buttons), or screen-reader-only copies of visible text.
 */
export function isSkippedElement(element: Element): boolean {
  const tag = tagName(element);
  if (SKIPPED.has(tag) || namespaceURI(element) === SVG_NS) return true;
  // Most elements on a page have no attributes at all: one call settles them.
  if (!hasAttributes(element)) return false;
  if (getAttribute(element, 'hidden') !== null) return true;
  const editable = getAttribute(element, 'contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = getAttribute(element, 'style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const role = getAttribute(element, 'role');
  if (role !== null && hasSkippedRole(role)) return true;
  const classes = getAttribute(element, 'class');
  if (classes !== null) {
    // Sites repeat visible text in off-screen copies for screen readers; reading both doubles counts.
    if (SCREEN_READER_ONLY.test(classes)) return true;
    if (tag === 'A' && BUTTON_CLASS.test(classes)) return true;
  }
  const ariaHidden = getAttribute(element, 'aria-hidden');
  return ariaHidden !== null && ariaHidden.trim().toLowerCase() === 'true' && !isVisibleTwin(element);
}

export function isInlineElement(element: Element): boolean {
  return INLINE.has(tagName(element));
}

/** Ancestors looked at between two pauses while climbing. */
const ANCESTORS_PER_STEP = 256;

/**
 * Whether a node sits inside a region that is never read (or inside the extension's own UI), looking
 * up through shadow hosts. For rescanning part of a page: a change inside a button or a hidden
 * region must stay unread. A generator that pauses every few hundred ancestors (a page can nest
 * 20,000 elements deep), returning the answer; `memo` carries answers between calls of one pass,
 * so the blocks of one pass share the climb.
 */
export function* climbToSkipped(node: Node, options: TextRunOptions = {}, memo: Map<Node, boolean> = new Map()): Generator<void, boolean> {
  const path: Node[] = [];
  let answer = false;
  for (let current: Node | null = node; current; ) {
    const known = memo.get(current);
    if (known !== undefined) {
      answer = known;
      break;
    }
    path.push(current);
    if (path.length % ANCESTORS_PER_STEP === 0) yield;
    const type = nodeType(current);
    if (type === ELEMENT_NODE && (isSkippedElement(current as Element) || options.isOwnUi?.(current as Element))) {
      answer = true;
      break;
    }
    current = type === FRAGMENT_NODE && (current as ShadowRoot).host ? shadowHost(current as ShadowRoot) : parentNode(current);
  }
  for (const visited of path) memo.set(visited, answer);
  return answer;
}

/** `climbToSkipped` in one go. */
export function isInsideSkipped(node: Node, options: TextRunOptions = {}, memo: Map<Node, boolean> = new Map()): boolean {
  const climb = climbToSkipped(node, options, memo);
  for (let step = climb.next(); ; step = climb.next()) if (step.done) return step.value;
}

/** What an entry of the walk's stack asks for: visit a node, visit a node then its next siblings, or end a block. */
const VISIT = 0;
const SIBLINGS = 1;
const END_OF_BLOCK = 2;

/** Yielded between runs every few hundred nodes: a moment to check the clock (a deep or wide walk may find no text for long). */
export const WALK_TICK = Symbol('walk-tick');
const NODES_PER_TICK = 256;

/**
 * The runs of text under `root`, with WALK_TICK between them whenever many nodes were visited.
 * Children are reached one sibling at a time (never all pushed at once), so an element with
 * 100,000 children costs no more between two ticks than any other.
 */
export function* walkTextRuns(root: Node, options: TextRunOptions = {}): Generator<TextRun | typeof WALK_TICK> {
  let nodes: Text[] = [];
  let starts: number[] = [];
  // Joined once per run: appending to a string node by node leaves a rope of one piece per node.
  let parts: string[] = [];
  let length = 0;
  const take = (): TextRun => {
    const run = { nodes, starts, text: parts.length === 1 ? parts[0]! : parts.join('') };
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
    return run;
  };

  // Two parallel stacks (no object per entry): the node, and what to do with it.
  const stackNodes: (Node | null)[] = [root];
  const stackKinds: number[] = [VISIT];
  let visited = 0;
  while (stackNodes.length > 0) {
    const node = stackNodes.pop()!;
    const kind = stackKinds.pop()!;
    if (kind === END_OF_BLOCK) {
      if (nodes.length > 0) yield take();
      continue;
    }
    if (++visited === NODES_PER_TICK) {
      visited = 0;
      yield WALK_TICK;
    }
    if (kind === SIBLINGS) {
      const next = nextSibling(node);
      if (next) {
        stackNodes.push(next);
        stackKinds.push(SIBLINGS);
      }
    }
    const type = nodeType(node);
    if (type === TEXT_NODE) {
      const data = textData(node as Text);
      if (data.length > 0) {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
      continue;
    }
    if (type === ELEMENT_NODE) {
      const element = node as Element;
      if (tagName(element) === 'BR' || isSkippedElement(element) || options.isOwnUi?.(element)) {
        if (nodes.length > 0) yield take();
        continue;
      }
      if (!isInlineElement(element)) {
        if (nodes.length > 0) yield take();
        stackNodes.push(null);
        stackKinds.push(END_OF_BLOCK);
      }
      const shadow = shadowRoot(element);
      if (shadow) {
        options.onShadowRoot?.(shadow);
        stackNodes.push(null, shadow, null);
        stackKinds.push(END_OF_BLOCK, VISIT, END_OF_BLOCK);
      }
    } else if (type !== DOCUMENT_NODE && type !== FRAGMENT_NODE) {
      continue; // comments, processing instructions
    }
    const first = firstChild(node);
    if (first) {
      stackNodes.push(first);
      stackKinds.push(SIBLINGS);
    }
  }
  if (nodes.length > 0) yield take();
}

/** The runs of text under `root`, in document order. */
export function* textRuns(root: Node, options: TextRunOptions = {}): Generator<TextRun> {
  for (const item of walkTextRuns(root, options)) if (item !== WALK_TICK) yield item;
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

/**
 * Characters [from, to) of a run as a run of its own: the nodes that hold them, with offsets
 * relative to `from` (the first node may start before it, at a negative offset). For reading a
 * very long run in windows.
 */
export function subRun(run: TextRun, from: number, to: number): TextRun {
  const first = nodeIndexAt(run, from);
  const last = nodeIndexAt(run, Math.max(from, to - 1));
  const starts: number[] = [];
  for (let i = first; i <= last; i++) starts.push(run.starts[i]! - from);
  return { nodes: run.nodes.slice(first, last + 1), starts, text: run.text.slice(from, to) };
}
