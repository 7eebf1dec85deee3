import { useState } from 'preact/hooks';
import type { CardData } from '../lib/messages';

interface Props {
  card: CardData;
  /** Copies the search string; resolves whether it worked. */
  onCopySearch: () => Promise<boolean>;
  onOpenEntry: () => void;
  onClose: () => void;
  /** Match a dark site. */
  dark: boolean;
}

/** The card shown over a highlighted term: what it is, who does it, and two actions. */
export function HoverCard({ card, onCopySearch, onOpenEntry, onClose, dark }: Props) {
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    setCopyStatus((await onCopySearch()) ? 'copied' : 'failed');
    setTimeout(() => setCopyStatus('idle'), 2000);
  }

  return (
    <div
      class={dark ? 'card dark' : 'card'}
      role="dialog"
      aria-labelledby="jl-card-title"
      aria-describedby="jl-card-summary"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="head">
        <h2 id="jl-card-title">{card.name}</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="industry">{card.industry}</p>
      <p id="jl-card-summary" class="summary">
        {card.summary}
      </p>
      <p class="label">Typical title</p>
      <p class="title">{card.typicalTitle}</p>
      {card.relatedTitles.length > 0 && (
        <>
          <p class="label">Also search for</p>
          <ul class="titles">
            {card.relatedTitles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={copy}>
          Copy {card.search.platform} search
        </button>
        <button type="button" onClick={onOpenEntry}>
          Open full entry
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {copyStatus === 'copied' ? '✓ Copied' : copyStatus === 'failed' ? 'Could not copy here: open the full entry and copy it there' : ''}
      </p>
    </div>
  );
}
