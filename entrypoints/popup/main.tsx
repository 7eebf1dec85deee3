import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { ScanCost } from '../../components/ScanCost';
import { SiteBar } from '../../components/SiteBar';
import { loadActivePage, type ActivePage } from '../../lib/active-page';
import { pendingCatalog, type Catalog } from '../../lib/glossary/catalog';
import { loadCatalog } from '../../lib/glossary/load-catalog';
import { loadSettings, watchSettings, type Settings } from '../../lib/settings';
import '../../components/theme.css';
import '../../components/popup.css';

const root = document.getElementById('app');

if (root) {
  let page: ActivePage | null = null;
  let settings: Settings | null = null;
  const draw = (catalog: Catalog) =>
    render(
      <PopupApp
        catalog={catalog}
        pageCounts={page?.summary.counts ?? {}}
        footer={
          page?.url && settings ? (
            <>
              <SiteBar url={page.url} tabId={page.tabId} settings={settings} />
              {settings.diagnostics ? <ScanCost tabId={page.tabId} /> : null}
            </>
          ) : null
        }
      />,
      root,
    );
  // The term index only (names and industries); lookup shards and entries load as they are needed.
  // The search box is drawn before it arrives, so typing can start at once.
  const loading = loadCatalog();
  draw(pendingCatalog(loading));
  void loading.then((catalog) => {
    draw(catalog);
    // The page's terms and the site controls arrive a moment later.
    void Promise.all([loadActivePage(), loadSettings()]).then(([loadedPage, loadedSettings]) => {
      page = loadedPage;
      settings = loadedSettings;
      draw(catalog);
      watchSettings((next) => {
        settings = next;
        draw(catalog);
      });
    });
  });
}
