import { render } from 'preact';
import { CustomTermsSection } from '../../components/CustomTermsSection';
import { OptionsApp } from '../../components/OptionsApp';
import type { Glossary } from '../../lib/glossary/types';
import { loadUserGlossary, watchUserGlossary } from '../../lib/glossary/user-glossary';
import { loadSettings, watchSettings, type Settings } from '../../lib/settings';
import '../../components/theme.css';
import '../../components/popup.css';
import '../../components/options.css';

const root = document.getElementById('app');
if (root) {
  let glossary: Glossary | undefined;
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
  void Promise.all([loadUserGlossary(), loadSettings()]).then(([loadedGlossary, loadedSettings]) => {
    glossary = loadedGlossary;
    settings = loadedSettings;
    draw();
    watchSettings((next) => ((settings = next), draw()));
    watchUserGlossary((next) => ((glossary = next), draw()));
  });
}
