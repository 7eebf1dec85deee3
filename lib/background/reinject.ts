/**
 * After an install or update, tabs that were already open have no content script (browsers inject
 * manifest scripts only into pages loaded later), and an updated extension's old scripts are
 * orphaned. Inject the new one into every open tab the extension may script; the script itself
 * checks the site is one it serves, and a copy already running hands over to it.
 */
import { browser } from 'wxt/browser';
import { CONTENT_JS } from './user-sites';

export async function injectIntoOpenTabs(): Promise<number> {
  const tabs = await browser.tabs.query({});
  let injected = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_JS] });
        injected++;
      } catch {
        // A tab the extension may not script (another site, a browser page): nothing to do.
      }
    }),
  );
  return injected;
}
