/**
 * What each tab's content scripts found, frame by frame, and the toolbar badge that shows it.
 * Mirrored to session storage so a restarted service worker still knows (MV3 stops it when idle).
 */
import { browser } from 'wxt/browser';
import { pageTermsItem, type FrameTerms } from '../storage/items';
import type { PageSummary } from '../messages';

type TabFrames = Record<string, FrameTerms>;

/** Merges a tab's frames: occurrences add up, the top frame's URL names the page. */
export function mergeFrames(frames: TabFrames | undefined): PageSummary {
  const counts: Record<string, number> = {};
  for (const frame of Object.values(frames ?? {})) {
    for (const [id, count] of Object.entries(frame.counts)) counts[id] = (counts[id] ?? 0) + count;
  }
  return { url: frames?.['0']?.url ?? null, counts };
}

export function badgeText(summary: PageSummary): string {
  const distinct = Object.keys(summary.counts).length;
  return distinct === 0 ? '' : distinct > 999 ? '999+' : String(distinct);
}

async function showBadge(tabId: number, summary: PageSummary): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#4338ca' });
    await browser.action.setBadgeText({ tabId, text: badgeText(summary) });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

// Frames report concurrently: serialise the read-modify-write of the stored map.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

export function recordFrameTerms(tabId: number, frameId: number, frame: FrameTerms): Promise<void> {
  return serialised(async () => {
    const all = await pageTermsItem.getValue();
    // A new page in the top frame starts a new summary; sub-frames add to the current one.
    const previous = frameId === 0 && all[tabId]?.['0']?.url !== frame.url ? {} : all[tabId];
    const frames = { ...previous, [frameId]: frame };
    await pageTermsItem.setValue({ ...all, [tabId]: frames });
    await showBadge(tabId, mergeFrames(frames));
  });
}

export async function summaryFor(tabId: number): Promise<PageSummary> {
  return mergeFrames((await pageTermsItem.getValue())[tabId]);
}

export function forgetTab(tabId: number): Promise<void> {
  return serialised(async () => {
    const all = await pageTermsItem.getValue();
    if (!(tabId in all)) return;
    const { [tabId]: _, ...rest } = all;
    await pageTermsItem.setValue(rest);
  });
}
