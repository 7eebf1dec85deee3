import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { SiteBar } from '../../components/SiteBar';
import { loadActivePage, type ActivePage } from '../../lib/active-page';
import type { Glossary } from '../../lib/glossary/types';
import { loadUserGlossary } from '../../lib/glossary/user-glossary';
import { createGlossaryLookup, type GlossaryLookup } from '../../lib/lookup/glossary-lookup';
import { loadSettings, watchSettings, type Settings } from '../../lib/settings';
import '../../components/theme.css';
import '../../components/popup.css';

const root = document.getElementById('app');

if (root) {
  let page: ActivePage | null = null;
  let settings: Settings | null = null;
  const draw = (glossary: Glossary, lookup: GlossaryLookup) =>
    render(
      <PopupApp
        glossary={glossary}
        lookup={lookup}
        pageCounts={page?.summary.counts ?? {}}
        footer={page?.url && settings ? <SiteBar url={page.url} tabId={page.tabId} settings={settings} /> : null}
      />,
      root,
    );
  void loadUserGlossary().then((glossary) => {
    // Built once per popup open; every keystroke then only queries it.
    const lookup = createGlossaryLookup(glossary.terms);
    draw(glossary, lookup);
    // The page's terms and the site controls arrive a moment later.
    void Promise.all([loadActivePage(), loadSettings()]).then(([loadedPage, loadedSettings]) => {
      page = loadedPage;
      settings = loadedSettings;
      draw(glossary, lookup);
      watchSettings((next) => {
        settings = next;
        draw(glossary, lookup);
      });
    });
  });
}
