import { useEffect, useState } from 'preact/hooks';
import type { CopiedSearch } from '../lib/search-prefs';
import { searchHistoryItem } from '../lib/storage/items';
import { CopyButton } from './CopyButton';

/** The strings copied lately, newest first: kept in this browser only, cleared with one button. */
export function CopiedSearches() {
  const [history, setHistory] = useState<readonly CopiedSearch[]>([]);
  useEffect(() => {
    void searchHistoryItem.getValue().then((items) => setHistory(Array.isArray(items) ? items : []));
    return searchHistoryItem.watch((items) => setHistory(Array.isArray(items) ? items : []));
  }, []);
  return (
    <section class="tool" aria-labelledby="history-title">
      <h2 id="history-title">Copied searches</h2>
      {history.length === 0 ? (
        <p class="empty">Strings you copy from a Search section appear here.</p>
      ) : (
        <>
          <ol class="search-parts">
            {history.map((item) => (
              <li key={item.copiedAt + item.text} class="search-part">
                <p class="part-label">
                  {item.subject} · {item.platformLabel} · {new Date(item.copiedAt).toLocaleString()}
                </p>
                <output class="query">{item.text}</output>
                <CopyButton label="Copy" ariaLabel={`Copy again: ${item.subject}, ${item.platformLabel}`} getText={() => item.text} />
              </li>
            ))}
          </ol>
          <button type="button" class="button" onClick={() => void searchHistoryItem.setValue([])}>
            Clear history
          </button>
        </>
      )}
    </section>
  );
}
