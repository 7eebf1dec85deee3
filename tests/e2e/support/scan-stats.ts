/**
 * What the content script's scanner did on a page (passes, slices, longest slice, ranges), read
 * through the extension: the stats live in the content script's own memory, and pages cannot ask
 * for them (lib/page/page-scanner.ts). The service worker sends the content script a message.
 */
import type { ExtensionBrowser } from './browser';

export interface PassCost {
  readonly kind: 'visible' | 'full' | 'blocks';
  readonly startedAt: number;
  readonly wallMs: number;
  readonly busyMs: number;
  readonly slices: number;
  readonly longestSliceMs: number;
  readonly chars: number;
}

export interface PageScanStats {
  readonly url: string;
  /** Ranges highlighted, and text nodes tracked (for leak checks). */
  readonly ranges: number;
  readonly trackedNodes: number;
  /** Times the highlight was put back after the page removed or emptied it. */
  readonly restores: number;
  readonly scan: {
    readonly passes: number;
    readonly fullPasses: number;
    readonly visiblePasses: number;
    readonly slices: number;
    readonly longestSliceMs: number;
    readonly busyMs: number;
    readonly chars: number;
    readonly overflows: number;
    readonly sweeps: number;
    readonly pendingBlocks: number;
    readonly fullPassDue: boolean;
    readonly running: boolean;
    readonly firstFullPass: PassCost | null;
    readonly recent: readonly PassCost[];
  } | null;
}

/** The stats of the top frame of the tab showing `url` (null when no content script answers there). */
export function scanStats(browser: ExtensionBrowser, url: string): Promise<PageScanStats | null> {
  return browser.inWorker(async (wanted) => {
    const chrome = (globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object, o: object): Promise<unknown> } };
    }).chrome;
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const reply = (await chrome.tabs.sendMessage(tab.id, { type: 'scan-stats' }, { frameId: 0 })) as { url?: string } | undefined;
        if (reply?.url === wanted) return reply as unknown as PageScanStats;
      } catch {
        // no content script in that tab
      }
    }
    return null;
  }, url);
}

/** Waits for the first whole pass over the page at `url` and returns what it cost. */
export async function firstFullPass(browser: ExtensionBrowser, url: string, timeoutMs = 60_000): Promise<PassCost> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const first = (await scanStats(browser, url))?.scan?.firstFullPass;
    if (first) return first;
  }
  throw new Error(`${url} was never scanned whole`);
}
