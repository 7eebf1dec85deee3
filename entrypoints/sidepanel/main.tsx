import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import { shippedGlossary } from '../../lib/glossary/shipped';
import { createGlossarySearch } from '../../lib/search/glossary-search';
import '../../components/theme.css';
import '../../components/popup.css';
import '../../components/side-panel.css';

const glossary = shippedGlossary();
const search = createGlossarySearch(glossary.terms);
const root = document.getElementById('app');
if (root) render(<SidePanelApp glossary={glossary} search={search} />, root);
