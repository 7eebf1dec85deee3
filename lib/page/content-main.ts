/**
 * The content script's life on one page: load settings and the compiled matcher, highlight,
 * follow changes, report what it found, and switch off cleanly when paused, disabled, or when
 * the extension is reloaded or updated (an orphaned script must not keep running).
 */
import { matcherItem } from '../storage/items';
import { createMatcher, type Matcher } from '../matcher/match';
import { browser } from 'wxt/browser';
import { isContentCommand, sendToBackground } from '../messages';
import { highlightName } from '../highlight-name';
import { isPausedHost, loadSettings, watchSettings } from '../settings';
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

export async function runContentScript(ctx: ScriptContext): Promise<void> {
  let settings = await loadSettings();
  let stored = await matcherItem.getValue();
  if (!stored) {
    await sendToBackground({ type: 'ensure-matcher' }).catch(() => undefined);
    stored = await matcherItem.getValue();
  }
  if (!stored) return;

  let matcher: Matcher = createMatcher(stored.matcher);
  const highlight = new Highlight();
  const highlights = new HighlightSet({ ranges: highlight, mode: settings.occurrences });
  let scanner: PageScanner | undefined;
  let registeredAs: string | undefined;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReport = '';

  /** Switched off in this tab only, with the keyboard shortcut (not saved). */
  let suspendedHere = false;
  const active = () => !suspendedHere && settings.highlighting && !isPausedHost(settings, location.hostname);

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

  const register = () => {
    const name = highlightName(settings.style, settings.highlightColor);
    if (registeredAs === name) return;
    if (registeredAs) CSS.highlights.delete(registeredAs);
    CSS.highlights.set(name, highlight);
    registeredAs = name;
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
    if (registeredAs) CSS.highlights.delete(registeredAs);
    registeredAs = undefined;
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
    if (next.style !== previous.style || next.highlightColor !== previous.highlightColor) register();
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

  start();
}
