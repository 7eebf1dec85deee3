/**
 * Sites the user enabled beyond the built-in ones: one dynamically registered content script
 * covering every such origin the user granted, plus an immediate injection into the tab where
 * they asked, so it works without a reload.
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../sites';

const SCRIPT_ID = 'jargon-lens-user-sites';
/** File names WXT gives the `content` entrypoint's bundle and its manifest-injected stylesheet. */
export const CONTENT_JS = '/content-scripts/content.js';
export const CONTENT_CSS = '/content-scripts/content.css';

export async function syncUserSiteScripts(origins: readonly string[]): Promise<void> {
  const granted: string[] = [];
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(originPattern(origin));
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches: granted, js: [CONTENT_JS], css: [CONTENT_CSS], allFrames: true, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId, allFrames: true }, files: [CONTENT_CSS] });
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_JS] });
}
