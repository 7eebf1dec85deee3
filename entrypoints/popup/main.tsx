import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { shippedGlossary } from '../../lib/glossary/shipped';
import { createGlossarySearch } from '../../lib/search/glossary-search';
import '../../components/theme.css';
import '../../components/popup.css';

const glossary = shippedGlossary();
// Built once per popup open; every keystroke then only queries it.
const search = createGlossarySearch(glossary.terms);
const root = document.getElementById('app');
if (root) render(<PopupApp glossary={glossary} search={search} />, root);
