import type { Ref } from 'preact';

interface Props {
  value: string;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  /** Id of the listbox the arrows move through. */
  listId: string;
  /** Id of the highlighted option, announced by screen readers while focus stays in the box. */
  activeOptionId: string | undefined;
  expanded: boolean;
  inputRef: Ref<HTMLInputElement>;
}

export function LookupField({ value, onInput, onKeyDown, listId, activeOptionId, expanded, inputRef }: Props) {
  return (
    <div class="search">
      <label for="glossary-search" class="visually-hidden">
        Search the glossary
      </label>
      <svg class="search-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
      <input
        ref={inputRef}
        id="glossary-search"
        type="search"
        role="combobox"
        // Preact's types require `list` on combobox inputs; the listbox is tied with aria-controls instead.
        list={undefined}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={activeOptionId}
        aria-describedby="search-hint"
        placeholder="Search terms, acronyms, job titles…"
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <span id="search-hint" class="visually-hidden">
        Use the up and down arrows to move through the list and Enter to open. Escape goes back.
      </span>
    </div>
  );
}
