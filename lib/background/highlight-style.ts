/**
 * Styles a page's highlight for that one document: `scripting.insertCSS` adds a `::highlight()` rule
 * for the page's random highlight name, and `removeCSS` takes it away when the page is paused. Pages
 * cannot list stylesheets inserted this way (they are not in `document.styleSheets`), and no rule
 * exists for a name a page has not been shown. Needs host permission for the page: the built-in
 * sites' (host_permissions) or the one the user granted with "Enable on this site".
 */
import { browser } from 'wxt/browser';
import { highlightRule, isHighlightLook, type HighlightLook } from '../highlight-name';

export interface StyleSender {
  readonly tab?: { readonly id?: number | undefined } | undefined;
  readonly frameId?: number | undefined;
}

export async function styleHighlight(request: { readonly add: HighlightLook | null; readonly remove: HighlightLook | null }, sender: StyleSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  // The frame that asked: each frame has its own document, highlight name and rule.
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  if (request.remove && isHighlightLook(request.remove)) {
    await browser.scripting.removeCSS({ target, css: highlightRule(request.remove) }).catch(() => undefined);
  }
  if (!request.add || !isHighlightLook(request.add)) return request.add === null;
  try {
    await browser.scripting.insertCSS({ target, css: highlightRule(request.add) });
    return true;
  } catch {
    return false; // the frame navigated away, or the permission was taken back
  }
}
