/**
 * The content script's life on one page: load settings and the compiled matcher, highlight,
 * follow changes, report what it found, and switch off cleanly when paused, disabled, or when
 * the extension is reloaded or updated (an orphaned script must not keep running).
 */
import { matcherItem } from '../storage/items';
import { createMatcher, type Matcher } from '../matcher/match';
import { browser } from 'wxt/browser';
import { isContentCommand, isScanStatsRequest, sendToBackground } from '../messages';
import type { HighlightLook } from '../highlight-name';
import { isPausedHost, loadSettings, watchSettings } from '../settings';
import { HighlightRegistration } from './highlight-registration';
import { HighlightSet } from './highlight-set';
import { HoverCardController } from './hover-card-controller';
import { PageScanner } from './page-scanner';

/** What WXT's ContentScriptContext offers that this module uses. */
export interface ScriptContext {
  onInvalidated(callback: () => void): unknown;
  addEventListener: HoverCardListen;
}
type HoverCardListen = (target: Document | Window, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) => void;


const REPORT_DELAY_MS = 300;
/** How often the registry is checked for a page that removed or emptied the highlight. */
const VERIFY_EVERY_MS = 1_000;

export async function runContentScript(ctx: ScriptContext): Promise<void> {
  let settings = await loadSettings();
  const highlight = new Highlight();
  const highlights = new HighlightSet({ ranges: highlight, mode: settings.occurrences });

  /** Switched off in this tab only, with the keyboard shortcut (not saved). */
  let suspendedHere = false;
  const active = () => !suspendedHere && settings.highlighting && !isPausedHost(settings, location.hostname);

  // The highlight's name is random per registration; the background styles that name for this
  // document only, and removes the rule again when the highlight goes (lib/highlight-name.ts).
  let styled: HighlightLook | null = null;
  const restyle = (name: string | null) => {
    const next = name === null ? null : { name, style: settings.style, color: settings.highlightColor };
    if (next?.name === styled?.name && next?.style === styled?.style && next?.color === styled?.color) return;
    const remove = styled;
    styled = next;
    sendToBackground({ type: 'highlight-style', add: next, remove }).catch(() => false);
  };
  const registration = new HighlightRegistration({
    registry: CSS.highlights,
    highlight,
    shown: () => {
      highlights.flush();
      return highlights.shownRanges();
    },
    shownCount: () => highlights.flushedSize,
    onName: (name) => restyle(name),
  });
  // The script starts at document_start: the style rule goes in now, while the page is small
  // (a stylesheet added to a built page makes the browser restyle all of it).
  if (active()) registration.prepare();

  let stored = await matcherItem.getValue();
  if (!stored) {
    await sendToBackground({ type: 'ensure-matcher' }).catch(() => undefined);
    stored = await matcherItem.getValue();
  }
  if (!stored) {
    registration.unregister();
    return;
  }

  let matcher: Matcher = createMatcher(stored.matcher);
  let scanner: PageScanner | undefined;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReport = '';

  const report = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      const counts: Record<string, number> = {};
      for (const [term, count] of highlights.counts()) counts[matcher.ids[term]!] = count;
      const message = JSON.stringify([location.href, counts]);
      if (message === lastReport) return;
      lastReport = message;
      sendToBackground({ type: 'page-terms', url: location.href, counts }).catch(() => undefined);
    }, REPORT_DELAY_MS);
  };

  const hover = new HoverCardController({
    doc: document,
    highlights,
    termId: (term) => matcher.ids[term] ?? '',
    delayMs: () => settings.hoverDelayMs,
    enabled: () => settings.hoverCard && scanner !== undefined,
    listen: (target, type, handler, options) => ctx.addEventListener(target, type, handler as (event: Event) => void, options),
  });

  let verifyTimer: ReturnType<typeof setInterval> | undefined;
  const register = () => {
    registration.register();
    registration.verify();
    verifyTimer ??= setInterval(() => registration.verify(), VERIFY_EVERY_MS);
  };

  const start = () => {
    if (scanner || !active()) return;
    // The first pass fills the highlight before it is registered: the browser then paints the
    // page's highlights once, instead of after every slice of work.
    scanner = new PageScanner({
      document,
      matcher,
      highlights,
      isOwnUi: (element) => hover.host.isOwn(element),
      diagnostics: () => settings.diagnostics,
      onPass: () => {
        register();
        report();
      },
    });
    scanner.start();
  };

  /** Everything this script put on the page goes: scanning, the card, the highlights. */
  const clearPage = () => {
    scanner?.stop();
    scanner = undefined;
    hover.close();
    highlights.clear();
    clearInterval(verifyTimer);
    verifyTimer = undefined;
    registration.unregister();
  };

  const stop = () => {
    clearPage();
    report();
  };

  const unwatchSettings = watchSettings((next) => {
    const previous = settings;
    settings = next;
    if (!active()) return stop();
    if (!scanner) return start();
    if (next.style !== previous.style || next.highlightColor !== previous.highlightColor) restyle(registration.name);
    if (next.occurrences !== previous.occurrences) highlights.setMode(next.occurrences);
    if (!next.hoverCard) hover.close();
  });

  const unwatchMatcher = matcherItem.watch((next) => {
    if (!next) return;
    matcher = createMatcher(next.matcher);
    stop();
    start();
  });

  const onCommand = (message: unknown) => {
    // What the scanner did, for the extension's own tests and benchmarks: pages cannot ask.
    if (isScanStatsRequest(message)) {
      return Promise.resolve({ url: location.href, ranges: highlights.size, trackedNodes: highlights.trackedNodes, restores: registration.restores, scan: scanner?.stats() ?? null });
    }
    if (!isContentCommand(message)) return undefined;
    suspendedHere = !suspendedHere;
    if (active()) start();
    else stop();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onCommand);

  // Single-page apps change the URL without a reload: report the new page's terms under its URL.
  ctx.addEventListener(window, 'popstate', report);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', report);

  ctx.onInvalidated(() => {
    // The page first: once the extension is gone, its APIs throw, so they come last and guarded.
    clearTimeout(reportTimer);
    clearInterval(verifyTimer);
    navigation?.removeEventListener('navigatesuccess', report);
    clearPage();
    for (const unwatch of [unwatchSettings, unwatchMatcher, () => browser.runtime.onMessage.removeListener(onCommand)]) {
      try {
        unwatch();
      } catch {
        // "Extension context invalidated": its listeners are gone with it.
      }
    }
  });

  await documentParsed();
  start();
}

/** Resolves once the whole document has been parsed (the scanner then reads it whole, once). */
function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
