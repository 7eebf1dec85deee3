import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../lib/page/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 200 };
const box = (top: number, left: number) => ({ top, left, bottom: top + 20, right: left + 80 });

describe('card placement', () => {
  it('goes under the term when it fits', () => {
    expect(placeCard(box(100, 50), card, viewport)).toEqual({ top: 126, left: 50, side: 'below' });
  });

  it('flips above a term near the bottom', () => {
    expect(placeCard(box(700, 50), card, viewport)).toEqual({ top: 494, left: 50, side: 'above' });
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard(box(100, 900), card, viewport).left).toBe(1000 - 320 - 8);
    expect(placeCard(box(100, -40), card, viewport).left).toBe(8);
  });

  it('never covers the term when neither side fits: the larger side, scrolling inside it', () => {
    const place = placeCard(box(300, 10), { width: 320, height: 790 }, viewport);
    expect(place).toEqual({ top: 326, left: 10, side: 'below', maxHeight: 800 - 320 - 6 - 8 });
    expect(place.top).toBeGreaterThanOrEqual(320);
  });
});
