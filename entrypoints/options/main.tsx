import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { shippedGlossary } from '../../lib/glossary/shipped';
import { loadSettings, watchSettings, type Settings } from '../../lib/settings';
import '../../components/theme.css';
import '../../components/popup.css';
import '../../components/options.css';
import '../content/highlights.css';

const glossary = shippedGlossary();
const root = document.getElementById('app');
if (root) {
  const draw = (settings: Settings) => render(<OptionsApp glossary={glossary} settings={settings} />, root);
  void loadSettings().then((settings) => {
    draw(settings);
    watchSettings(draw);
  });
}
