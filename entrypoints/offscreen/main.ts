/**
 * Chrome's offscreen document for the clipboard: the background opens it to copy a hover card's
 * search string, then closes it. An extension page, so the web page never sees the copy.
 */
import { browser } from 'wxt/browser';
import { copyWithCommand } from '../../lib/clipboard';
import { isOffscreenCopy } from '../../lib/messages';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isOffscreenCopy(message)) return undefined;
  return Promise.resolve(copyWithCommand(message.text, document));
});
