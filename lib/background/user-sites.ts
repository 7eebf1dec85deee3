/**
 * Sites the user enabled beyond the built-in ones: one dynamically registered content script
 * covering every such origin the user granted, plus an immediate injection into the tab where
 * they asked, so it works without a reload.
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../sites';

const SCRIPT_ID = 'jargon-lens-user-sites';
/**
 * The file name WXT gives the `content` entrypoint's bundle. It has no stylesheet: the highlight's
 * style rule is inserted per document by the background (lib/background/highlight-style.ts).
 */
export const CONTENT_JS = '/content-scripts/content.js';

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
  // document_start, like the built-in sites' script: its style rule then goes in before the page has
  // many elements (inserting a stylesheet later restyles the whole page).
  const script = { id: SCRIPT_ID, matches: granted, js: [CONTENT_JS], allFrames: true, runAt: 'document_start' as const, persistAcrossSessions: true };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_JS] });
}
