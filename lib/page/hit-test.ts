/**
 * Which highlighted term is under the pointer. The caret position gives the text node and
 * offset; a live range built only for that candidate confirms the point is inside its boxes
 * (the caret API also answers for points beside the text).
 */
import { nodeType, TEXT_NODE } from '../scan/dom-reads';
import type { FoundTerm } from '../scan/found-terms';
import type { HighlightSet } from './highlight-set';

export interface TermUnderPointer {
  readonly found: FoundTerm;
  /** The box of the term's line the pointer is on: the card is anchored to it. */
  readonly box: DOMRect;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return legacy ? { node: legacy.startContainer, offset: legacy.startOffset } : undefined;
}

export function liveRange(doc: Document, found: FoundTerm): Range {
  const range = doc.createRange();
  range.setStart(found.range.startContainer, found.range.startOffset);
  range.setEnd(found.range.endContainer, found.range.endOffset);
  return range;
}

export function termAtPoint(doc: Document, highlights: HighlightSet, x: number, y: number): TermUnderPointer | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || nodeType(caret.node) !== TEXT_NODE) return undefined;
  for (const found of highlights.at(caret.node as Text)) {
    if (!highlights.isShown(found)) continue;
    let range: Range;
    try {
      range = liveRange(doc, found);
    } catch {
      continue; // the page changed this text since the scan; the next pass fixes it
    }
    for (const box of range.getClientRects()) {
      if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return { found, box };
    }
  }
  return undefined;
}
