import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { SiteBar } from '../../components/SiteBar';
import { loadActivePage } from '../../lib/active-page';
import { shippedGlossary } from '../../lib/glossary/shipped';
import { createGlossarySearch } from '../../lib/search/glossary-search';
import { loadSettings, watchSettings, type Settings } from '../../lib/settings';
import '../../components/theme.css';
import '../../components/popup.css';

const glossary = shippedGlossary();
// Built once per popup open; every keystroke then only queries it.
const search = createGlossarySearch(glossary.terms);
const root = document.getElementById('app');

if (root) {
  const draw = (page: Awaited<ReturnType<typeof loadActivePage>>, settings: Settings | null) =>
    render(
      <PopupApp
        glossary={glossary}
        search={search}
        pageCounts={page?.summary.counts ?? {}}
        footer={page?.url && settings ? <SiteBar url={page.url} tabId={page.tabId} settings={settings} /> : null}
      />,
      root,
    );
  // The glossary shows at once; the page's terms and the site controls arrive a moment later.
  draw(null, null);
  void Promise.all([loadActivePage(), loadSettings()]).then(([page, settings]) => {
    draw(page, settings);
    watchSettings((next) => draw(page, next));
  });
}
