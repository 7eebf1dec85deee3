import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import type { Catalog } from '../../lib/glossary/catalog';
import { loadCatalog, watchCatalog } from '../../lib/glossary/load-catalog';
import '../../components/theme.css';
import '../../components/popup.css';
import '../../components/side-panel.css';

const root = document.getElementById('app');
if (root) {
  const draw = (catalog: Catalog) => render(<SidePanelApp catalog={catalog} />, root);
  // The term index only; an entry's text loads when it is opened. The panel stays open while the
  // user edits their terms: follow them.
  void loadCatalog().then(draw);
  watchCatalog(draw);
}
