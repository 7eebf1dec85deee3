/**
 * The content script's life on one page: load settings and the stored glossary, highlight,
 * choose each shared form's sense from its context, follow changes, report what it found (and
 * keep the cards the background hands back, so a hover never waits for the service worker), and
 * switch off cleanly when paused, disabled, or when the extension is reloaded or updated (an
 * orphaned script must not keep running).
 */
import { browser } from 'wxt/browser';
import type { OtherSense } from './card-view';
import type { HighlightLook } from '../highlight-name';
import { isContentCommand, isScanStatsRequest, sendToBackground, type CardData, type CardRequest, type PageScanReport } from '../messages';
import { chooseInBlock, decideWithPage, pageTally, type ChosenMatch } from '../senses/choose';
import type { FoundTerm } from '../scan/found-terms';
import { isPausedHost, loadSettings, updateSettings, watchSettings, type Settings } from '../settings';
import { builtInSiteFor } from '../sites';
import { HighlightRegistration } from './highlight-registration';
import { HighlightSet } from './highlight-set';
import { HoverCardController } from './hover-card-controller';
import { enabledTerms, loadPageGlossary, watchPageGlossary, type LoadedGlossary } from './page-glossary';
import { PageScanner } from './page-scanner';

/** What WXT's ContentScriptContext offers that this module uses. */
export interface ScriptContext {
  /** True once a newer copy took over or the extension went away. */
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): unknown;
  addEventListener: HoverCardListen;
}
type HoverCardListen = (target: Document | Window, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) => void;

const REPORT_DELAY_MS = 300;
/** How often the registry is checked for a page that removed or emptied the highlight. */
const VERIFY_EVERY_MS = 1_000;

/** Built-in sites, and the ones the user enabled (this script is also injected into open tabs after an update). */
function servesThisPage(settings: Settings): boolean {
  return builtInSiteFor(location.hostname) !== undefined || settings.userSites.includes(location.origin);
}

/** Senses the user picked on this page, by the words' senses: one choice covers every occurrence. */
const sensesKey = (senses: readonly number[]) => senses.join(',');

export async function runContentScript(ctx: ScriptContext): Promise<void> {
  let settings = await loadSettings();
  if (!servesThisPage(settings) || ctx.isInvalid) return;
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

  const loaded = await loadPageGlossary();
  // A newer copy may have taken over while this one was loading (an update, a second injection).
  if (!loaded || ctx.isInvalid) {
    registration.unregister();
    return;
  }
  let glossary: LoadedGlossary = loaded;

  let scanner: PageScanner | undefined;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReport = '';
  /** Cards the background handed over, by term id. */
  const cards = new Map<string, CardData>();
  const pickedSense = new Map<string, number>();
  const idOf = (term: number) => glossary.matcher.ids[term] ?? '';
  const industryOf = (term: number) => glossary.senses.industries[glossary.senses.termIndustry[term] ?? -1] ?? '';
  const enabled = () => enabledTerms(glossary, settings);
  let mask = enabled();
  glossary.matcher.setEnabled(mask);

  /** Tiers 1-2 of the sense choice, then the user's own pick for these words on this page. */
  const chooseBlock = (text: string, hits: Parameters<typeof chooseInBlock>[1]): ChosenMatch[] =>
    chooseInBlock(text, hits, glossary.senses).map((match) => {
      const picked = match.senses ? pickedSense.get(sensesKey(match.senses)) : undefined;
      if (picked === undefined || match.term === null) return match;
      const { pending: _, ...rest } = match;
      return { ...rest, term: picked, tier: 'cue' };
    });

  /** Tiers 3-5: occurrences the block left open follow the page's context, as it grows. */
  const settleWithPage = () => {
    const unambiguous = new Set<number>();
    const open: FoundTerm[] = [];
    for (const found of highlights.occurrences()) {
      if (found.pending) open.push(found);
      else if (!found.tier) unambiguous.add(found.term);
    }
    if (open.length === 0) return;
    const tally = pageTally(unambiguous, glossary.senses);
    const preferred = new Set(settings.industries === 'all' ? [] : settings.industries.map((slug) => glossary.senses.industries.indexOf(slug)));
    for (const found of open) {
      const decided = decideWithPage({ start: 0, end: 0, term: found.term, pending: found.pending! }, tally, glossary.senses, preferred);
      if (decided.term !== null && decided.term !== found.term) highlights.swap(found, { ...found, term: decided.term });
    }
  };

  /** Every term shown, and every other sense its card offers: the cards this tab should hold. */
  const neededCards = (): CardRequest[] => {
    const wanted = new Set<number>();
    for (const found of highlights.occurrences()) {
      wanted.add(found.term);
      for (const sense of found.senses ?? []) if (mask[sense]) wanted.add(sense);
    }
    return [...wanted].filter((term) => !cards.has(idOf(term))).map((term) => ({ id: idOf(term), industry: industryOf(term) }));
  };

  const report = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      const counts: Record<string, number> = {};
      for (const [term, count] of highlights.counts()) counts[idOf(term)] = (counts[idOf(term)] ?? 0) + count;
      const need = neededCards();
      const message = JSON.stringify([location.href, counts]);
      if (message === lastReport && need.length === 0) return;
      lastReport = message;
      sendToBackground({ type: 'page-terms', url: location.href, counts, need }).then(
        (reply) => {
          for (const card of reply?.cards ?? []) cards.set(card.id, card);
        },
        () => undefined,
      );
    }, REPORT_DELAY_MS);
  };

  const hover = new HoverCardController({
    doc: document,
    highlights,
    termId: idOf,
    delayMs: () => settings.hoverDelayMs,
    enabled: () => settings.hoverCard && scanner !== undefined,
    listen: (target, type, handler, options) => ctx.addEventListener(target, type, handler as (event: Event) => void, options),
    card: async (found) => {
      const id = idOf(found.term);
      const held = cards.get(id);
      if (held) return held;
      // Found since the last report: ask (this one may wait for the worker).
      const card = await sendToBackground({ type: 'card', id, industry: industryOf(found.term) });
      if (card) cards.set(id, card);
      return card;
    },
    otherSenses: (found): OtherSense[] =>
      (found.senses ?? []).flatMap((sense) => {
        if (sense === found.term || !mask[sense]) return [];
        const card = cards.get(idOf(sense));
        return card ? [{ id: card.id, name: card.name, industry: card.industry }] : [];
      }),
    chooseSense: (found, id) => {
      const term = found.senses?.find((sense) => idOf(sense) === id);
      if (term === undefined || !found.senses) return;
      // Every occurrence of the same words on this page follows the user's pick.
      pickedSense.set(sensesKey(found.senses), term);
      for (const other of [...highlights.occurrences()]) {
        if (other.senses && sensesKey(other.senses) === sensesKey(found.senses) && other.term !== term) {
          const { pending: _, ...rest } = other;
          highlights.swap(other, { ...rest, term, tier: 'cue' });
        }
      }
      highlights.flush();
      report();
    },
    mute: async (found) => {
      const id = idOf(found.term);
      await updateSettings((current) => ({ mutedTerms: [...new Set([...current.mutedTerms, id])] }));
      return async () => {
        await updateSettings((current) => ({ mutedTerms: current.mutedTerms.filter((muted) => muted !== id) }));
      };
    },
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
      matcher: glossary.matcher,
      choose: chooseBlock,
      highlights,
      isOwnUi: (element) => hover.host.isOwn(element),
      diagnostics: () => settings.diagnostics,
      // The page's context may settle senses the blocks left open: before the pass is shown.
      beforeShow: settleWithPage,
      onPass: () => {
        register();
        report();
      },
    });
    scanner.start();
  };

  /** Everything this script put on the page goes: scanning, the card (unless kept), the highlights. */
  const clearPage = ({ keepCard = false } = {}) => {
    scanner?.stop();
    scanner = undefined;
    if (!keepCard) hover.close();
    highlights.clear();
    clearInterval(verifyTimer);
    verifyTimer = undefined;
    registration.unregister();
  };

  const stop = () => {
    clearPage();
    report();
  };

  /** Matches again from scratch; the open card stays (its "Undo" must outlive the term's highlights). */
  const restart = () => {
    clearPage({ keepCard: true });
    start();
  };

  const unwatchSettings = watchSettings((next) => {
    const previous = settings;
    settings = next;
    if (!active()) return stop();
    const nextMask = enabled();
    if (nextMask.some((on, term) => on !== mask[term])) {
      // Muted, unmuted, or industries chosen: match again with the new set of terms.
      mask = nextMask;
      glossary.matcher.setEnabled(mask);
      return restart();
    }
    if (!scanner) return start();
    if (next.style !== previous.style || next.highlightColor !== previous.highlightColor) restyle(registration.name);
    if (next.occurrences !== previous.occurrences) highlights.setMode(next.occurrences);
    if (!next.hoverCard) hover.close();
    if (next.defaultPlatform !== previous.defaultPlatform || next.defaultCountry !== previous.defaultCountry || next.defaultExclude.join('\n') !== previous.defaultExclude.join('\n')) {
      // The cards' one-click searches follow the defaults: fetch them again.
      cards.clear();
      report();
    }
  });

  const unwatchGlossary = watchPageGlossary((next) => {
    glossary = next;
    mask = enabled();
    glossary.matcher.setEnabled(mask);
    cards.clear();
    pickedSense.clear();
    restart();
  });

  const onCommand = (message: unknown) => {
    // What the scanner did, for the popup's diagnostics and the extension's tests: pages cannot ask.
    if (isScanStatsRequest(message)) {
      const report: PageScanReport = { url: location.href, ranges: highlights.size, trackedNodes: highlights.trackedNodes, restores: registration.restores, scan: scanner?.stats() ?? null };
      return Promise.resolve(report);
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
    for (const unwatch of [unwatchSettings, unwatchGlossary, () => browser.runtime.onMessage.removeListener(onCommand)]) {
      try {
        unwatch();
      } catch {
        // "Extension context invalidated": its listeners are gone with it.
      }
    }
  });

  await documentParsed();
  if (!ctx.isInvalid) start();
}

/** Resolves once the whole document has been parsed (the scanner then reads it whole, once). */
function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
