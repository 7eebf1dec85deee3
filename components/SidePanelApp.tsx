import { useEffect, useState } from 'preact/hooks';
import { panelQueryItem, panelTermItem } from '../lib/storage/items';
import type { Catalog } from '../lib/glossary/catalog';
import { PopupApp } from './PopupApp';

interface Props {
  catalog: Catalog;
}

/**
 * The side panel (Firefox: sidebar): the popup's glossary at full height, showing the entry the
 * hover card's "Open full entry" asked for, or the search "Explain this" asked for. A `#term-id`
 * (or `#search=text`) in the URL does the same where the browser opened the panel as a window.
 */
export function SidePanelApp({ catalog }: Props) {
  const hash = decodeURIComponent(location.hash.slice(1));
  const hashQuery = hash.startsWith('search=') ? hash.slice('search='.length) : null;
  const [termId, setTermId] = useState<string | null>(hash && hashQuery === null ? hash : null);
  const [query, setQuery] = useState<string | null>(hashQuery);
  useEffect(() => {
    if (hash === '') {
      void panelTermItem.getValue().then(setTermId);
      void panelQueryItem.getValue().then(setQuery);
    }
    const stopTerm = panelTermItem.watch((id) => setTermId(id));
    const stopQuery = panelQueryItem.watch((text) => setQuery(text));
    return () => {
      stopTerm();
      stopQuery();
    };
  }, []);
  return <PopupApp catalog={catalog} shownTermId={termId} shownQuery={query} />;
}
