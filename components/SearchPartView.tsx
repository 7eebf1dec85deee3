import { browser } from 'wxt/browser';
import type { Counter, Platform, SearchPart } from '../lib/boolean/types';
import { CopyButton } from './CopyButton';

interface Props {
  part: SearchPart;
  total: number;
  platform: Platform;
  /** Records a copied string in the history. */
  onCopied: (text: string, what: string) => void;
}

const COUNTER_LABEL: Record<Counter['kind'], string> = { words: 'words', terms: 'terms', characters: 'characters', operators: 'operators', titles: 'titles' };

/** One runnable search: its string (and, where the platform has them, one box per field), each copyable. */
export function SearchPartView({ part, total, platform, onCopied }: Props) {
  const which = total > 1 ? ` part ${part.number}` : '';
  const boxes = part.fields.length > 0;
  const main = boxes ? 'Keywords' : 'Search string';
  return (
    <li class="search-part">
      {total > 1 && (
        <p class="part-label">
          Part {part.number} of {total}
        </p>
      )}
      {(part.text !== '' || !boxes) && (
        <>
          {boxes && <p class="field-label">Keywords</p>}
          <output class="query" aria-label={`${main}${which}`}>
            {part.text}
          </output>
          <p class="counters">
            {part.counters.map((counter) => (
              <span key={counter.kind} class={counter.limit && counter.value > counter.limit.max ? `counter counter--over counter--${counter.limit.strength}` : 'counter'}>
                {counter.value}
                {counter.limit ? ` / ${counter.limit.max}` : ''} {COUNTER_LABEL[counter.kind]}
              </span>
            ))}
          </p>
          <div class="part-actions">
            <CopyButton
              label="Copy"
              ariaLabel={`Copy ${platform.label} ${boxes ? 'keywords' : 'search'}${which}`}
              getText={() => {
                onCopied(part.text, boxes ? 'keywords' : '');
                return part.text;
              }}
            />
            {part.url && (
              <button type="button" class="button" aria-label={`Open ${platform.label} search${which}`} onClick={() => void browser.tabs.create({ url: part.url! })}>
                Open
              </button>
            )}
          </div>
        </>
      )}
      {part.fields.map((field) => (
        <div key={field.kind} class="search-field">
          <p class="field-label">{field.label}</p>
          <output class="query" aria-label={`${field.label}${which}`}>
            {field.text}
          </output>
          {field.hint && <p class="hint">{field.hint}</p>}
          <div class="part-actions">
            <CopyButton
              label="Copy"
              ariaLabel={`Copy ${platform.label} ${field.label.toLowerCase()}${which}`}
              getText={() => {
                onCopied(field.text, field.label.toLowerCase());
                return field.text;
              }}
            />
          </div>
        </div>
      ))}
    </li>
  );
}
