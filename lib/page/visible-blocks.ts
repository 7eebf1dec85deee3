/**
 * The blocks of text under the viewport, found by sampling points on a grid: what to read first
 * when a page changes faster than it can be read whole. A caret position names the text node
 * nearest each point; its block is the smallest unit a phrase can span.
 */
import { nodeType, TEXT_NODE } from '../scan/dom-reads';
import { caretAt } from './hit-test';

const COLUMNS = 4;
const ROWS = 12;

export function visibleTextNodes(doc: Document): Text[] {
  const view = doc.defaultView;
  if (!view) return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  const found = new Set<Text>();
  for (let row = 0; row < ROWS; row++) {
    for (let column = 0; column < COLUMNS; column++) {
      const x = ((column + 0.5) * width) / COLUMNS;
      const y = ((row + 0.5) * height) / ROWS;
      const caret = caretAt(doc, x, y);
      if (caret && nodeType(caret.node) === TEXT_NODE) found.add(caret.node as Text);
    }
  }
  return [...found];
}
