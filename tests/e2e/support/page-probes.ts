/**
 * What a test reads from a page: the highlighted text (CSS.highlights is visible to the page's
 * main world) and text inside the extension's closed shadow root (through DevTools Protocol,
 * which pierces closed roots; the page itself cannot).
 */
import type { Page } from 'playwright-core';
import { highlightBoxOf, readHighlightLook, readHighlights, type HighlightedText, type HighlightLookRead, type TermBox } from './in-page';

export type { HighlightedText, HighlightLookRead, TermBox } from './in-page';

/** How the page's highlights look, read as the page could (computed `::highlight` style). */
export function highlightLook(page: Page): Promise<HighlightLookRead | null> {
  return page.evaluate(readHighlightLook);
}

export function highlightedTexts(page: Page): Promise<HighlightedText[]> {
  return page.evaluate(readHighlights);
}

/** Centre (and edges) of the first box of the first highlighted range whose text is `text`. */
export function highlightBox(page: Page, text: string): Promise<TermBox> {
  return page.evaluate(highlightBoxOf, text);
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

/** Text inside closed shadow roots attached to the page (the hover card), or null when none. */
export async function closedShadowText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const texts: string[] = [];
    let found = false;
    const collect = (node: CdpNode, inClosed: boolean) => {
      if (inClosed && node.nodeType === 3) texts.push(node.nodeValue);
      if (node.nodeName === 'STYLE') return;
      for (const child of node.children ?? []) collect(child, inClosed);
      for (const shadow of node.shadowRoots ?? []) {
        const closed = inClosed || shadow.shadowRootType === 'closed';
        if (shadow.shadowRootType === 'closed') found = true;
        collect(shadow, closed);
      }
    };
    collect(root, false);
    return found ? texts.join(' ').replace(/\s+/g, ' ').trim() : null;
  } finally {
    await cdp.detach();
  }
}

/** Evaluates an expression in a fresh isolated world of the page (DevTools Protocol), out of the page's reach. */
async function evaluateIsolated<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'probe' })) as { executionContextId: number };
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as { result: { value: T } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

const LIVE_RANGES = `function* liveRanges() {
  // The extension's highlight has a random name; fixture pages register none of their own.
  for (const highlight of CSS.highlights.values()) {
    for (const range of highlight) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      yield live;
    }
  }
}`;

/**
 * The highlighted text, read from an isolated world: for pages that poison their own built-ins
 * (the highlight registry belongs to the document, so every world sees the same ranges).
 */
export function highlightedTextsIsolated(page: Page): Promise<string[]> {
  return evaluateIsolated(page, `(() => { ${LIVE_RANGES}; return Array.from(liveRanges(), (r) => r.toString()); })()`);
}

/** Like `highlightBox`, from an isolated world. */
export function highlightBoxIsolated(page: Page, text: string): Promise<{ x: number; y: number }> {
  return evaluateIsolated(
    page,
    `(() => { ${LIVE_RANGES}; for (const r of liveRanges()) { if (r.toString() !== ${JSON.stringify(text)}) continue;
      const b = r.getClientRects()[0]; return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; } return null; })()`,
  );
}

interface CdpButtonNode extends CdpNode {
  nodeId: number;
  backendNodeId: number;
  children?: CdpButtonNode[];
  shadowRoots?: (CdpButtonNode & { shadowRootType?: string })[];
}

/** Clicks, with a real (trusted) pointer, the button in the page's closed shadow root whose text contains `label`. */
export async function clickInCard(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpButtonNode };
    const textOf = (node: CdpButtonNode): string => (node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join(''));
    let found: CdpButtonNode | undefined;
    const visit = (node: CdpButtonNode, inClosed: boolean) => {
      if (found) return;
      if (inClosed && node.nodeName === 'BUTTON' && textOf(node).includes(label)) found = node;
      for (const child of node.children ?? []) visit(child, inClosed);
      for (const shadow of node.shadowRoots ?? []) visit(shadow, inClosed || shadow.shadowRootType === 'closed');
    };
    visit(root, false);
    if (!found) throw new Error(`no button "${label}" in the card`);
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: found.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}
