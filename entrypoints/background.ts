import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardsFor } from '../lib/background/cards';
import { openEntry } from '../lib/background/entry-panel';
import { copyFromExtension } from '../lib/background/clipboard-writer';
import { EXPLAIN_MENU_ID, explainSelection } from '../lib/background/explain-selection';
import { syncGlossary } from '../lib/background/glossary-sync';
import { styleHighlight } from '../lib/background/highlight-style';
import { forgetTab, recordFrameTerms, summaryFor } from '../lib/background/page-summaries';
import { injectIntoOpenTabs } from '../lib/background/reinject';
import { injectInto, syncUserSiteScripts } from '../lib/background/user-sites';
import type { OwnTerm } from '../lib/glossary/catalog';
import { loadCatalog, loadOwnTerms, watchOwnTerms } from '../lib/glossary/load-catalog';
import { isBackgroundRequest, type BackgroundHandlers, type BackgroundRequest } from '../lib/messages';
import { loadSettings, updateSettings } from '../lib/settings';

/** Who sent a message: its tab and frame, when it came from a page. */
type MessageSender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/** Storage keys earlier versions used and this one no longer reads. */
const RETIRED_KEYS = ['compiledMatcher'];

/**
 * The service worker holds no glossary: cards come from the package's card files, lookups from
 * its lookup shards, and what content scripts match with is in storage. It keeps only the user's
 * and team's own terms (small) between messages.
 */
export default defineBackground(() => {
  let own: Promise<OwnTerm[]> | undefined;
  const ownTerms = () => (own ??= loadOwnTerms());

  const handlers: BackgroundHandlers<MessageSender> = {
    async card(request) {
      const [card] = await cardsFor([request], await ownTerms(), await loadSettings());
      return card ?? null;
    },
    async 'page-terms'({ url, counts, need }, sender) {
      if (sender.tab?.id !== undefined) await recordFrameTerms(sender.tab.id, sender.frameId ?? 0, { url, counts });
      return { cards: await cardsFor(need, await ownTerms(), await loadSettings()) };
    },
    async 'open-entry'({ id }, sender) {
      await openEntry(id, sender.tab?.id);
      return null;
    },
    async 'ensure-glossary'() {
      await syncGlossary(await ownTerms(), { force: true });
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

  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: 'Explain “%s” with Jargon Lens', contexts: ['selection'] });
    if (reason !== 'install' && reason !== 'update') return;
    void browser.storage.local.remove(RETIRED_KEYS).catch(() => undefined);
    // Open tabs keep highlighting across an update: the new script once storage holds the new glossary.
    void ownTerms()
      .then((terms) => syncGlossary(terms))
      .then(injectIntoOpenTabs)
      .catch(() => undefined);
  });

  const explain = (text: string, tabId: number | undefined) => explainSelection(text, loadCatalog(), tabId);
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

  // Every start of the worker: storage holds this build's glossary and the current own terms
  // (cheap when nothing changed: a stamp and a version compared), and user sites stay registered.
  void ownTerms()
    .then((terms) => syncGlossary(terms))
    .catch(() => undefined);
  watchOwnTerms((next) => {
    own = Promise.resolve(next);
    void syncGlossary(next).catch(() => undefined);
  });
  void loadSettings().then((settings) => syncUserSiteScripts(settings.userSites).catch(() => undefined));
});
