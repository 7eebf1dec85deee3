import { useState } from 'preact/hooks';
import type { GlossaryTerm } from '../lib/glossary/types';

export interface WordList {
  /** Unique within the picker: ties the add box to its label. */
  readonly key: string;
  readonly legend: string;
  /** The glossary's words for this list, in its order. */
  readonly words: readonly string[];
  /** Words the user added. */
  readonly added: readonly string[];
  /** Label of the add box: "Add a name", "Add a title". */
  readonly addLabel: string;
  /** Switched off as a whole (titles in Broad), with the reason shown. */
  readonly disabledReason?: string | undefined;
}

interface Props {
  id: string;
  lists: readonly WordList[];
  /** Whether a word of a list is switched on. */
  isOn: (list: string, word: string) => boolean;
  onToggle: (list: string, word: string) => void;
  onAdd: (list: string, word: string) => void;
  onRemove: (list: string, word: string) => void;
  /** Shown in the summary: how many words are on. */
  summary: string;
}

/** A list's add box: Enter or the button adds what was typed. */
function AddWord({ id, label, onAdd }: { id: string; label: string; onAdd: (word: string) => void }) {
  const [text, setText] = useState('');
  const add = () => {
    if (text.trim() === '') return;
    onAdd(text.trim());
    setText('');
  };
  return (
    <span class="add-word">
      <label for={id} class="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={`${label}…`}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
      />
      <button type="button" class="button" onClick={add} aria-label={label}>
        Add
      </button>
    </span>
  );
}

/**
 * The names and titles a search is built from: every one can be switched off, and the user can add
 * their own (kept with the term for next time).
 */
export function WordPicker({ id, lists, isOn, onToggle, onAdd, onRemove, summary }: Props) {
  return (
    <details class="word-picker">
      <summary>Names and titles ({summary})</summary>
      {lists.map((list) => (
        <fieldset key={list.key} class="word-choices" disabled={list.disabledReason !== undefined}>
          <legend>{list.legend}</legend>
          {list.disabledReason && <p class="hint">{list.disabledReason}</p>}
          {list.words.map((word) => (
            <label key={word} class="word-choice">
              <input type="checkbox" checked={isOn(list.key, word)} onChange={() => onToggle(list.key, word)} />
              {word}
            </label>
          ))}
          {list.added.map((word) => (
            <span key={`+${word}`} class="word-choice word-choice--added">
              <label>
                <input type="checkbox" checked={isOn(list.key, word)} onChange={() => onToggle(list.key, word)} />
                {word}
              </label>
              <button type="button" class="remove-word" aria-label={`Remove ${word}`} onClick={() => onRemove(list.key, word)}>
                ×
              </button>
            </span>
          ))}
          <AddWord id={`${id}-add-${list.key}`} label={list.addLabel} onAdd={(word) => onAdd(list.key, word)} />
        </fieldset>
      ))}
    </details>
  );
}

/** The picker's lists for some terms: one list of names per term, one of titles for all. */
export function wordLists(terms: readonly GlossaryTerm[], added: (key: string) => { forms: readonly string[]; titles: readonly string[] }, titlesKey: string, broad: boolean): WordList[] {
  const names = terms.map((term) => ({
    key: `form-${term.id}`,
    legend: terms.length === 1 ? 'Names (any of them)' : `Names of ${term.name}`,
    words: [...new Set([term.name, ...term.aliases, ...term.acronyms])],
    added: added(term.id).forms,
    addLabel: terms.length === 1 ? 'Add a name' : `Add a name for ${term.name}`,
  }));
  const titles: WordList = {
    key: 'title',
    legend: 'Titles (any of them)',
    words: [...new Set(terms.flatMap((term) => [term.typicalTitle, ...term.relatedTitles]))],
    added: added(titlesKey).titles,
    addLabel: 'Add a title',
    disabledReason: broad ? 'Broad asks for no title: switch to Strict to use them.' : undefined,
  };
  return [...names, titles];
}
