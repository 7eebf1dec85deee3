/** Where the hover card goes: under the term if it fits, else above it, always inside the viewport. */

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Placement {
  readonly top: number;
  readonly left: number;
  readonly side: 'below' | 'above';
  /** Set when the card fits on neither side: it scrolls inside this height instead of covering the term. */
  readonly maxHeight?: number;
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const spaceBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  const space = side === 'below' ? spaceBelow : spaceAbove;
  if (card.height > space) {
    // Neither side fits: take the larger one and let the card scroll, never covering the term.
    const height = Math.max(space, 0);
    return { top: side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height, left, side, maxHeight: height };
  }
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  return { top, left, side };
}
