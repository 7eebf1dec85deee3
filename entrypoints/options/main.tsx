import { render } from 'preact';
import { CustomTermsSection } from '../../components/CustomTermsSection';
import { OptionsApp } from '../../components/OptionsApp';
import type { Catalog } from '../../lib/glossary/catalog';
import { loadCatalog, watchCatalog } from '../../lib/glossary/load-catalog';
import { loadSettingsView, watchSettingsView, type SettingsView } from '../../lib/settings';
import '../../components/theme.css';
import '../../components/popup.css';
import '../../components/options.css';

const root = document.getElementById('app');
if (root) {
  let glossary: Catalog | undefined;
  let view: SettingsView | undefined;
  const draw = () => {
    if (!glossary || !view) return;
    render(
      <OptionsApp glossary={glossary} settings={view.settings} view={view}>
        <CustomTermsSection glossary={glossary} settings={view.settings} />
      </OptionsApp>,
      root,
    );
  };
  void Promise.all([loadCatalog(), loadSettingsView()]).then(([loadedGlossary, loadedView]) => {
    glossary = loadedGlossary;
    view = loadedView;
    draw();
    watchSettingsView((next) => ((view = next), draw()));
    watchCatalog((next) => ((glossary = next), draw()));
  });
}
