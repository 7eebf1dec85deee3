/**
 * The content script's glossary: the shipped page glossary and the overlay of own terms, read
 * from storage, checked, and joined into one matcher and one sense table. An artifact it cannot
 * read (another format after an update, a half-written or corrupted one) is never used: the
 * script asks the background for a fresh one and waits for it, so a page keeps working.
 */
import { joinSenseTables, type SenseTable } from '../senses/table';
import type { PageGlossary } from '../glossary/artifacts';
import { checkOverlay, checkPageGlossary } from '../glossary/page-artifact';
import type { OverlayGlossary } from '../glossary/overlay';
import { createMatcher, type Matcher } from '../matcher/match';
import { sendToBackground } from '../messages';
import type { Settings } from '../settings';
import { glossaryOverlayItem, glossaryPageItem } from '../storage/items';

export interface LoadedGlossary {
  readonly matcher: Matcher;
  readonly senses: SenseTable;
  /** Terms before this number are shipped; from it on, the user's and the team's. */
  readonly shippedCount: number;
  /** Shipped term numbers an own term replaces. */
  readonly overridden: readonly number[];
}

/** How long to wait for the background to write a fresh glossary before giving up on this page. */
const FRESH_TIMEOUT_MS = 10_000;

function join(page: PageGlossary, overlay: OverlayGlossary | undefined): LoadedGlossary {
  return {
    matcher: createMatcher(overlay ? [page.matcher, overlay.matcher] : [page.matcher]),
    senses: overlay ? joinSenseTables([page.senses, overlay.senses]) : page.senses,
    shippedCount: page.matcher.ids.length,
    overridden: overlay?.overridden ?? [],
  };
}

/** What storage holds now, if it is readable; `stale` when the background should write it again. */
async function readStored(): Promise<{ glossary: LoadedGlossary | null; stale: boolean }> {
  const [rawPage, rawOverlay] = await Promise.all([glossaryPageItem.getValue().catch(() => null), glossaryOverlayItem.getValue().catch(() => null)]);
  const page = checkPageGlossary(rawPage);
  if (!page.ok) return { glossary: null, stale: true };
  const overlay = checkOverlay(rawOverlay, page.value);
  if (!overlay.ok) return { glossary: join(page.value, undefined), stale: true };
  return { glossary: join(page.value, overlay.value), stale: false };
}

/**
 * The glossary to highlight with: what storage holds, or, if it is unreadable, a fresh one the
 * background writes on request. Null only if none arrives (the extension went away meanwhile).
 */
export async function loadPageGlossary(): Promise<LoadedGlossary | null> {
  const first = await readStored();
  if (!first.stale) return first.glossary;
  const fresh = new Promise<LoadedGlossary | null>((resolve) => {
    const timer = setTimeout(() => finish(first.glossary), FRESH_TIMEOUT_MS);
    const stops: (() => void)[] = [];
    function finish(result: LoadedGlossary | null) {
      clearTimeout(timer);
      for (const stop of stops) stop();
      resolve(result);
    }
    const check = () =>
      void readStored().then(({ glossary, stale }) => {
        if (!stale) finish(glossary);
      });
    stops.push(glossaryPageItem.watch(check), glossaryOverlayItem.watch(check));
  });
  await sendToBackground({ type: 'ensure-glossary' }).catch(() => undefined);
  const settled = await readStored();
  return settled.stale ? fresh : settled.glossary;
}

/** Calls back with every readable glossary storage comes to hold (a new build, own terms edited). */
export function watchPageGlossary(callback: (glossary: LoadedGlossary) => void): () => void {
  let latest = 0;
  const reload = () => {
    const request = ++latest;
    void readStored().then(({ glossary, stale }) => {
      if (request !== latest) return;
      if (glossary && !stale) callback(glossary);
      else if (stale) void sendToBackground({ type: 'ensure-glossary' }).catch(() => undefined);
    });
  };
  const stops = [glossaryPageItem.watch(reload), glossaryOverlayItem.watch(reload)];
  return () => {
    for (const stop of stops) stop();
  };
}

/**
 * Which terms are on: not replaced by an own term, not muted, and (when the user chose
 * industries) in one of them. Own terms are always on unless muted.
 */
export function enabledTerms(glossary: LoadedGlossary, settings: Pick<Settings, 'industries' | 'mutedTerms'>): Uint8Array {
  const { matcher, senses, shippedCount, overridden } = glossary;
  const mask = new Uint8Array(matcher.ids.length).fill(1);
  for (const term of overridden) mask[term] = 0;
  if (settings.industries !== 'all') {
    const chosen = new Set(settings.industries);
    for (let term = 0; term < shippedCount; term++) if (!chosen.has(senses.industries[senses.termIndustry[term]!] ?? '')) mask[term] = 0;
  }
  if (settings.mutedTerms.length > 0) {
    const muted = new Set(settings.mutedTerms);
    matcher.ids.forEach((id, term) => {
      if (muted.has(id)) mask[term] = 0;
    });
  }
  return mask;
}
