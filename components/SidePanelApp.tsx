import { useEffect, useState } from 'preact/hooks';
import { panelTermItem } from '../lib/background/entry-panel';
import type { Glossary } from '../lib/glossary/types';
import type { GlossarySearch } from '../lib/search/glossary-search';
import { PopupApp } from './PopupApp';

interface Props {
  glossary: Glossary;
  search: GlossarySearch;
}

/**
 * The side panel (Firefox: sidebar): the popup's glossary at full height, showing the entry the
 * hover card's "Open full entry" asked for. A `#term-id` in the URL does the same where the
 * browser opened the panel as a window.
 */
export function SidePanelApp({ glossary, search }: Props) {
  const fromHash = decodeURIComponent(location.hash.slice(1)) || null;
  const [termId, setTermId] = useState<string | null>(fromHash);
  useEffect(() => {
    if (fromHash === null) void panelTermItem.getValue().then(setTermId);
    return panelTermItem.watch((id) => setTermId(id));
  }, []);
  return <PopupApp glossary={glossary} search={search} shownTermId={termId} />;
}
