/**
 * The web page the popup is about: the active tab of the window it was opened from, or the tab
 * named by `?tabId=` when the popup page is opened as a tab of its own (tests, "open in tab").
 */
import { browser } from 'wxt/browser';
import { sendToBackground, type PageSummary } from './messages';

export interface ActivePage {
  readonly tabId: number;
  /** Known on built-in sites and, thanks to activeTab, on any page where the user opened the popup. */
  readonly url: string | null;
  readonly summary: PageSummary;
}

export async function loadActivePage(search: string = location.search): Promise<ActivePage | null> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  const tab = Number.isInteger(requested) && requested > 0
    ? await browser.tabs.get(requested).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  const summary = await sendToBackground({ type: 'page-summary', tabId: tab.id }).catch(() => ({ url: null, counts: {} }));
  const url = tab.url && /^https?:/.test(tab.url) ? tab.url : summary.url;
  return { tabId: tab.id, url: url ?? null, summary };
}
