import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardDataFor } from '../lib/background/card-data';
import { openEntry } from '../lib/background/entry-panel';
import { syncCompiledMatcher } from '../lib/background/matcher-sync';
import { forgetTab, recordFrameTerms, summaryFor } from '../lib/background/page-summaries';
import { injectInto, syncUserSiteScripts } from '../lib/background/user-sites';
import { shippedGlossary } from '../lib/glossary/shipped';
import { isBackgroundRequest, type BackgroundRequest, type BackgroundReplies } from '../lib/messages';
import { loadSettings, updateSettings } from '../lib/settings';

/** Who sent a message: its tab and frame, when it came from a page. */
type MessageSender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

type Handlers = { [K in BackgroundRequest['type']]: (request: Extract<BackgroundRequest, { type: K }>, sender: MessageSender) => Promise<BackgroundReplies[K]> };

export default defineBackground(() => {
  const glossary = shippedGlossary();

  const handlers: Handlers = {
    async card({ id }) {
      const term = glossary.byId.get(id);
      return term ? cardDataFor(term) : null;
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
      await syncCompiledMatcher(glossary.terms);
      return null;
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

  // Every start of the worker: make sure pages can load the matcher and user sites stay registered.
  void syncCompiledMatcher(glossary.terms);
  void loadSettings().then((settings) => syncUserSiteScripts(settings.userSites)).catch(() => undefined);
});
