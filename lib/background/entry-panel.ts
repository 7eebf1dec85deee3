/**
 * "Open full entry" from the hover card: the complete entry in the browser's side panel
 * (Chrome `sidePanel`, Firefox `sidebar_action`), or in a small window where the browser
 * refuses to open its panel from a page's click.
 */
import { browser } from 'wxt/browser';
import { panelQueryItem, panelTermItem, panelWindowItem } from '../storage/items';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

function sidePanelApi(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function sidebarApi(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

export type PanelContent = { readonly termId: string } | { readonly query: string };

export function openEntry(id: string, tabId: number | undefined): Promise<void> {
  return openPanel({ termId: id }, tabId);
}

/** `content` may still be on its way (a lookup): the panel opens at once and shows it when it arrives. */
export function openPanel(content: PanelContent | Promise<PanelContent>, tabId: number | undefined): Promise<void> {
  // Call open() before any await: the browser only allows it while the click's user gesture lasts.
  const sidePanel = sidePanelApi();
  const sidebar = sidebarApi();
  const opening = sidePanel && tabId !== undefined ? sidePanel.open({ tabId }) : sidebar ? sidebar.open() : Promise.reject(new Error('no side panel'));
  const remember = Promise.resolve(content).then(async (shown) => {
    await ('termId' in shown
      ? Promise.all([panelTermItem.setValue(shown.termId), panelQueryItem.setValue(null)])
      : Promise.all([panelQueryItem.setValue(shown.query), panelTermItem.setValue(null)]));
    return shown;
  });
  return Promise.all([opening, remember]).then(
    () => undefined,
    async () => {
      const shown = await remember;
      // The open window follows the stored term or search: bring it forward instead of stacking another.
      const existing = await panelWindowItem.getValue();
      if (existing !== null && (await browser.windows.update(existing, { focused: true }).then(() => true, () => false))) return;
      const hash = 'termId' in shown ? encodeURIComponent(shown.termId) : `search=${encodeURIComponent(shown.query)}`;
      const created = await browser.windows.create({ url: `${browser.runtime.getURL('/sidepanel.html')}#${hash}`, type: 'popup', width: 440, height: 720 });
      await panelWindowItem.setValue(created?.id ?? null);
    },
  );
}
