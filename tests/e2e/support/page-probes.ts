/**
 * What a test reads from a page: the highlighted text (CSS.highlights is visible to the page's
 * main world) and text inside the extension's closed shadow root (through DevTools Protocol,
 * which pierces closed roots; the page itself cannot).
 */
import type { Page } from 'playwright-core';

export interface HighlightedText {
  readonly text: string;
  /** Inside a textarea, input or contenteditable: must never happen. */
  readonly inEditable: boolean;
}

export async function highlightedTexts(page: Page): Promise<HighlightedText[]> {
  return page.evaluate(() => {
    const out: { text: string; inEditable: boolean }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('jargon-lens')) continue;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const element = range.startContainer.parentElement;
        out.push({ text: live.toString(), inEditable: Boolean(element?.closest('textarea, input, [contenteditable="true"]')) });
      }
    }
    return out;
  });
}

/** Centre of the first box of the first highlighted range whose text is `text`. */
export async function highlightBox(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('jargon-lens')) continue;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (live.toString() !== wanted) continue;
        live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = live.getClientRects()[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    throw new Error(`no highlight "${wanted}"`);
  }, text);
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
