/**
 * The elements holding text under the viewport, found by sampling points on a grid: what to read
 * first when a page changes faster than it can be read whole. `elementFromPoint` only finds the
 * element (asking for the caret offset would measure characters inside what may be a 5 MB text
 * node), and containers with no text of their own (body, a list's padding) are left out, so the
 * pass reads paragraphs, not the page. A generator: the caller may pause between points.
 */
import { ELEMENT_NODE, firstChild, nextSibling, nodeType, shadowRoot, TEXT_NODE, textData } from '../scan/dom-reads';

const COLUMNS = 2;
const ROWS = 6;
/** Children looked at to decide whether an element holds text itself. */
const CHILDREN_CHECKED = 16;
const VISIBLE_CHARACTER = /\S/;

function holdsText(element: Element): boolean {
  let child = firstChild(element);
  for (let i = 0; child && i < CHILDREN_CHECKED; i++, child = nextSibling(child)) {
    if (nodeType(child) === TEXT_NODE && VISIBLE_CHARACTER.test(textData(child as Text))) return true;
  }
  return false;
}

export function* visibleTextElements(doc: Document, found: Element[]): Generator<void> {
  const view = doc.defaultView;
  if (!view) return;
  const width = view.innerWidth;
  const height = view.innerHeight;
  const seen = new Set<Element>();
  for (let row = 0; row < ROWS; row++) {
    for (let column = 0; column < COLUMNS; column++) {
      const element = doc.elementFromPoint(((column + 0.5) * width) / COLUMNS, ((row + 0.5) * height) / ROWS);
      if (element && !seen.has(element) && nodeType(element) === ELEMENT_NODE) {
        seen.add(element);
        // A shadow host stands for its shadow tree, which the walk enters from the host.
        if (holdsText(element) || shadowRoot(element)) found.push(element);
      }
      yield;
    }
  }
}
