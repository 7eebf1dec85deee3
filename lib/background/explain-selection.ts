/**
 * "Explain this" from the context menu: the selected text opens its entry in the side panel when
 * it is a glossary term (or close to one), else the panel shows lookup results for it, with
 * "Add as my term" prefilled.
 */
import type { Catalog } from '../glossary/catalog';
import { openPanel, type PanelContent } from './entry-panel';

export const EXPLAIN_MENU_ID = 'jargon-lens-explain';

/** What the panel should show for a selection: the term when the best hit is a name, alias or acronym. */
export async function panelFor(selection: string, catalog: Pick<Catalog, 'find'>): Promise<PanelContent> {
  const text = selection.replace(/\s+/g, ' ').trim().slice(0, 120);
  const [best] = await catalog.find(text, 1);
  return best && best.matchedOn !== 'fuzzy' && best.matchedOn !== 'title' ? { termId: best.term.id } : { query: text };
}

/**
 * The panel opens at once (the browser allows it only while the click's gesture lasts); what it
 * shows follows as soon as the lookup answers.
 */
export function explainSelection(selection: string, catalog: Promise<Pick<Catalog, 'find'>>, tabId: number | undefined): Promise<void> {
  return openPanel(
    catalog.then((loaded) => panelFor(selection, loaded)),
    tabId,
  );
}
