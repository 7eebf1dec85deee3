import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import { loadUserGlossary, watchUserGlossary } from '../../lib/glossary/user-glossary';
import type { Glossary } from '../../lib/glossary/types';
import { createGlossaryLookup } from '../../lib/lookup/glossary-lookup';
import '../../components/theme.css';
import '../../components/popup.css';
import '../../components/side-panel.css';

const root = document.getElementById('app');
if (root) {
  const draw = (glossary: Glossary) => render(<SidePanelApp glossary={glossary} lookup={createGlossaryLookup(glossary.terms)} />, root);
  // The panel stays open while the user edits their terms: follow them.
  void loadUserGlossary().then(draw);
  watchUserGlossary(draw);
}
