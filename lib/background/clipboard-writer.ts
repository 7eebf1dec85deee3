/**
 * Writes text to the clipboard from the extension itself, never through the page: a copy made in
 * the page (`execCommand('copy')` from the content script) fires the page's `copy` listeners, which
 * can read or replace what is copied. Chrome's service worker has no DOM, so it opens an offscreen
 * document (reason CLIPBOARD) for the moment of the copy; Firefox's background page has one.
 */
import { browser } from 'wxt/browser';
import { copyText, copyWithCommand } from '../clipboard';
import type { OffscreenCopy } from '../messages';

const OFFSCREEN_URL = 'offscreen.html';

/** One copy at a time: the offscreen document is shared, and closed after each copy. */
let queue: Promise<unknown> = Promise.resolve();

export function copyFromExtension(text: string): Promise<boolean> {
  const next = queue.then(() => (typeof document === 'undefined' ? copyThroughOffscreen(text) : copyInPage(text)));
  queue = next.catch(() => undefined);
  return next;
}

/** In an extension page with a DOM (Firefox's background page). */
async function copyInPage(text: string): Promise<boolean> {
  return (await copyText(text)) || copyWithCommand(text, document);
}

async function copyThroughOffscreen(text: string): Promise<boolean> {
  const offscreen = browser.offscreen;
  if (!offscreen) return false;
  try {
    if (!(await offscreen.hasDocument())) {
      await offscreen.createDocument({
        url: OFFSCREEN_URL,
        reasons: ['CLIPBOARD'],
        justification: 'Copy a search string from the hover card without the web page seeing the copy',
      });
    }
    const request: OffscreenCopy = { type: 'offscreen-copy', text };
    return (await browser.runtime.sendMessage(request)) === true;
  } catch {
    return false;
  } finally {
    await offscreen.closeDocument().catch(() => undefined);
  }
}
