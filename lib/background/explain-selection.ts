/**
 * "Explain this" from the context menu: the selected text opens its entry in the side panel when
 * it is a glossary term (or close to one), else the panel shows search results for it, with
 * "Add as my term" prefilled.
 */
import type { GlossaryLookup } from '../lookup/glossary-lookup';
import { openPanel, type PanelContent } from './entry-panel';

export const EXPLAIN_MENU_ID = 'jargon-lens-explain';

/** What the panel should show for a selection: the term when the best hit is a name, alias or acronym. */
export function panelFor(selection: string, lookup: GlossaryLookup): PanelContent {
  const text = selection.replace(/\s+/g, ' ').trim().slice(0, 120);
  const [best] = lookup.find(text, 1);
  return best && best.matchedOn !== 'fuzzy' && best.matchedOn !== 'title' ? { termId: best.term.id } : { query: text };
}

export function explainSelection(selection: string, lookup: GlossaryLookup, tabId: number | undefined): Promise<void> {
  return openPanel(panelFor(selection, lookup), tabId);
}
