import { useState } from 'preact/hooks';
import type { CardData } from '../lib/messages';

/** Another meaning of the same words, offered in one click. */
export interface OtherSense {
  readonly id: string;
  readonly name: string;
  readonly industry: string;
}

interface Props {
  card: CardData;
  /** Other meanings of the highlighted words ("Also: Good Clinical Practice · Pharma"). */
  others?: readonly OtherSense[];
  onChooseSense?: (id: string) => void;
  /** "Don't highlight this": stops highlighting the term everywhere; the returned function undoes it. */
  onMute?: () => Promise<() => Promise<void>>;
  /** Copies the search string; resolves whether it worked. */
  onCopySearch: () => Promise<boolean>;
  onOpenEntry: () => void;
  onClose: () => void;
  /** Match a dark site. */
  dark: boolean;
}

/** The card shown over a highlighted term: what it is, who does it, and two actions. */
export function HoverCard({ card, others = [], onChooseSense, onMute, onCopySearch, onOpenEntry, onClose, dark }: Props) {
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [undoMute, setUndoMute] = useState<(() => Promise<void>) | null>(null);

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
      <p class="industry">
        {card.industry}
        {card.owner && <span class="owner">{card.owner}</span>}
      </p>
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
      {others.length > 0 && onChooseSense && (
        <p class="senses">
          <span class="label-inline">Also:</span>{' '}
          {others.map((other, i) => (
            <span key={other.id}>
              {i > 0 && ' · '}
              <button type="button" class="link" onClick={() => onChooseSense(other.id)}>
                {other.name} <span class="sense-industry">({other.industry})</span>
              </button>
            </span>
          ))}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={copy} aria-describedby={card.search.note ? 'jl-card-search-note' : undefined}>
          Copy {card.search.platform} search
        </button>
        <button type="button" onClick={onOpenEntry}>
          Open full entry
        </button>
      </div>
      {card.search.note && (
        <p id="jl-card-search-note" class="search-note">
          {card.search.note}
        </p>
      )}
      {onMute && (
        <p class="mute">
          {undoMute ? (
            <>
              <span role="status">“{card.name}” is no longer highlighted.</span>{' '}
              <button type="button" class="link" onClick={() => void undoMute().then(() => setUndoMute(null))}>
                Undo
              </button>
            </>
          ) : (
            <button type="button" class="link" onClick={() => void onMute().then((undo) => setUndoMute(() => undo))}>
              Don’t highlight this
            </button>
          )}
        </p>
      )}
      <p class="status" role="status" aria-live="polite">
        {copyStatus === 'copied' ? '✓ Copied' : copyStatus === 'failed' ? 'Could not copy here: open the full entry and copy it there' : ''}
      </p>
    </div>
  );
}
