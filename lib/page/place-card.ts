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
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const spaceBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const rawTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  const top = Math.max(MARGIN, Math.min(rawTop, viewport.height - card.height - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  return { top, left, side };
}
