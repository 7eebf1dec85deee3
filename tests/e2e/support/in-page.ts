/**
 * Functions that run inside a test page, shared by both drivers (Playwright for Chromium,
 * Puppeteer for Firefox): each passes them to its own `page.evaluate`. They must stay
 * self-contained: no imports, no closures over test code.
 */

export interface HighlightedText {
  readonly text: string;
  /** Inside a textarea, input or contenteditable: must never happen. */
  readonly inEditable: boolean;
}

export interface TermBox {
  /** Centre of the term's first line box: where the pointer rests. */
  readonly x: number;
  readonly y: number;
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
}

/** Every range the content script registered in the page's `CSS.highlights`, as text. */
export function readHighlights(): HighlightedText[] {
  const out: HighlightedText[] = [];
  // The extension's highlight has a random name; fixture pages register none of their own.
  for (const highlight of CSS.highlights.values()) {
    for (const range of highlight as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const element = range.startContainer.parentElement;
      out.push({ text: live.toString(), inEditable: Boolean(element?.closest('textarea, input, [contenteditable="true"]')) });
    }
  }
  return out;
}

/** Scrolls the first highlighted range reading `wanted` into the middle of the view; returns its box. */
export function highlightBoxOf(wanted: string): TermBox {
  // The extension's highlight has a random name; fixture pages register none of their own.
  for (const highlight of CSS.highlights.values()) {
    for (const range of highlight as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (live.toString() !== wanted) continue;
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = live.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, left: box.left, top: box.top, bottom: box.bottom };
    }
  }
  throw new Error(`no highlight "${wanted}"`);
}

/** How the page's highlights look, read as the page could: the registered names' computed `::highlight` style. */
export interface HighlightLookRead {
  readonly names: number;
  readonly line: string;
  readonly lineColor: string;
  readonly background: string;
}

/** Runs in the page. Null while nothing is highlighted. */
export function readHighlightLook(): HighlightLookRead | null {
  const entries = [...CSS.highlights];
  const [name, highlight] = entries[0] ?? [];
  const range = highlight ? ([...(highlight as unknown as Iterable<AbstractRange>)][0] ?? null) : null;
  const element = range?.startContainer.parentElement;
  if (!name || !element) return null;
  const style = getComputedStyle(element, `::highlight(${name})`);
  return { names: entries.length, line: style.textDecorationLine, lineColor: style.textDecorationColor, background: style.backgroundColor };
}
