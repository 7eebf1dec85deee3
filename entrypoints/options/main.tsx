import { render } from 'preact';
import { CustomTermsSection } from '../../components/CustomTermsSection';
import { OptionsApp } from '../../components/OptionsApp';
import type { Catalog } from '../../lib/glossary/catalog';
import { loadCatalog, watchCatalog } from '../../lib/glossary/load-catalog';
import { loadSettings, watchSettings, type Settings } from '../../lib/settings';
import '../../components/theme.css';
import '../../components/popup.css';
import '../../components/options.css';
import '../content/highlights.css';

const root = document.getElementById('app');
if (root) {
  let glossary: Catalog | undefined;
  let settings: Settings | undefined;
  const draw = () => {
    if (!glossary || !settings) return;
    render(
      <OptionsApp glossary={glossary} settings={settings}>
        <CustomTermsSection glossary={glossary} settings={settings} />
      </OptionsApp>,
      root,
    );
  };
  void Promise.all([loadCatalog(), loadSettings()]).then(([loadedGlossary, loadedSettings]) => {
    glossary = loadedGlossary;
    settings = loadedSettings;
    draw();
    watchSettings((next) => ((settings = next), draw()));
    watchCatalog((next) => ((glossary = next), draw()));
  });
}
