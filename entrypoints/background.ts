import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardDataFor } from '../lib/background/card-data';
import { openEntry } from '../lib/background/entry-panel';
import { copyFromExtension } from '../lib/background/clipboard-writer';
import { EXPLAIN_MENU_ID, explainSelection } from '../lib/background/explain-selection';
import { styleHighlight } from '../lib/background/highlight-style';
import { syncCompiledMatcher } from '../lib/background/matcher-sync';
import { forgetTab, recordFrameTerms, summaryFor } from '../lib/background/page-summaries';
import { injectInto, syncUserSiteScripts } from '../lib/background/user-sites';
import { shippedGlossary } from '../lib/glossary/shipped';
import type { Glossary } from '../lib/glossary/types';
import { loadUserGlossary, watchUserGlossary } from '../lib/glossary/user-glossary';
import { createGlossaryLookup } from '../lib/lookup/glossary-lookup';
import { isBackgroundRequest, type BackgroundHandlers, type BackgroundRequest } from '../lib/messages';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../lib/settings';

/** Who sent a message: its tab and frame, when it came from a page. */
type MessageSender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

type Handlers = BackgroundHandlers<MessageSender>;

export default defineBackground(() => {
  /** "Explain this" glossary lookup: built on first use, not at every start, and dropped when the glossary changes. */
  let lookup: ReturnType<typeof createGlossaryLookup> | undefined;
  // Shipped terms at once; the user's own join as soon as storage answers (and whenever they change).
  let glossary: Glossary = shippedGlossary();
  /** The terms the page highlighter looks for: every industry (or the ones chosen), and always the user's own. */
  const highlightedTerms = (settings: Settings) =>
    settings.industries === 'all' ? glossary.terms : glossary.terms.filter((term) => term.source === 'custom' || settings.industries.includes(term.industrySlug));

  const handlers: Handlers = {
    async card({ id }) {
      const term = glossary.byId.get(id);
      return term ? cardDataFor(term, await loadSettings()) : null;
    },
    async 'page-terms'({ url, counts }, sender) {
      if (sender.tab?.id !== undefined) await recordFrameTerms(sender.tab.id, sender.frameId ?? 0, { url, counts });
      return null;
    },
    async 'open-entry'({ id }, sender) {
      await openEntry(id, sender.tab?.id);
      return null;
    },
    async 'ensure-matcher'() {
      await syncCompiledMatcher(highlightedTerms(await loadSettings()));
      return null;
    },
    async 'highlight-style'(request, sender) {
      return styleHighlight(request, sender);
    },
    async 'copy-text'({ text }) {
      return copyFromExtension(text);
    },
    async 'page-summary'({ tabId }) {
      return summaryFor(tabId);
    },
    async 'enable-site'({ origin, tabId }) {
      try {
        const settings = await updateSettings((current) => ({
          userSites: [...new Set([...current.userSites, origin])],
          pausedSites: current.pausedSites.filter((site) => site !== new URL(origin).hostname),
        }));
        await syncUserSiteScripts(settings.userSites);
        if (tabId !== null) await injectInto(tabId);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    async 'disable-site'({ origin }) {
      const settings = await updateSettings((current) => ({ userSites: current.userSites.filter((site) => site !== origin) }));
      await syncUserSiteScripts(settings.userSites);
      return null;
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    if (!isBackgroundRequest(message)) return undefined;
    const handle = handlers[message.type] as (request: BackgroundRequest, sender: MessageSender) => Promise<unknown>;
    return handle(message, sender);
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: 'Explain “%s” with Jargon Lens', contexts: ['selection'] });
  });
  const explain = (text: string, tabId: number | undefined) => {
    lookup ??= createGlossaryLookup(glossary.terms);
    return explainSelection(text, lookup, tabId);
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === EXPLAIN_MENU_ID && info.selectionText) void explain(info.selectionText, tab?.id);
  });
  // Automation cannot click a browser context menu, so the e2e tests call the same handler here.
  // Only extension code can reach the service worker's globals; pages cannot.
  (globalThis as { jargonLensExplain?: typeof explain }).jargonLensExplain = explain;

  // The keyboard shortcut (commands API): highlighting on or off in the current tab only.
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-highlighting') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'toggle-highlighting' }).catch(() => undefined);
    });
  });

  const useGlossary = async (next: Glossary) => {
    glossary = next;
    lookup = undefined;
    await syncCompiledMatcher(highlightedTerms(await loadSettings()));
  };
  // Every start of the worker: make sure pages can load the matcher and user sites stay registered.
  void loadUserGlossary().then(useGlossary);
  watchUserGlossary((next) => void useGlossary(next));
  void loadSettings().then((settings) => syncUserSiteScripts(settings.userSites).catch(() => undefined));
  // Choosing industries to highlight recompiles the matcher; open tabs pick it up from storage.
  watchSettings((settings) => void syncCompiledMatcher(highlightedTerms(settings)));
});
