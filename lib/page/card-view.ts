/**
 * The hover card, built with plain DOM calls. It is the content script's only UI, and the content
 * script runs on every page a recruiter opens: a UI library for this one small card would be a
 * quarter of the script. Every word goes in as text (text nodes, `textContent`), never as markup:
 * a card's words come from storage and from team files.
 *
 * The card is a dialog labelled by its title, keyboard-complete (Escape closes it, every action is
 * a button), with polite status messages for "Copied" and "no longer highlighted".
 */
import type { CardData } from '../messages';

/** Another meaning of the same words, offered in one click. */
export interface OtherSense {
  readonly id: string;
  readonly name: string;
  readonly industry: string;
}

export interface CardViewOptions {
  readonly card: CardData;
  /** Other meanings of the highlighted words ("Also: Good Clinical Practice · Pharma"). */
  readonly others?: readonly OtherSense[];
  readonly onChooseSense?: (id: string) => void;
  /** "Don't highlight this": stops highlighting the term everywhere; the returned function undoes it. */
  readonly onMute?: () => Promise<() => Promise<void>>;
  /** Copies the search string; resolves whether it worked. */
  readonly onCopySearch: () => Promise<boolean>;
  readonly onOpenEntry: () => void;
  readonly onClose: () => void;
  /** Match a dark site. */
  readonly dark: boolean;
}

type Child = Node | string | false | null | undefined;

/** An element with attributes and children; strings become text nodes. */
function make(doc: Document, tag: string, attributes: Readonly<Record<string, string | undefined>>, ...children: Child[]): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

function button(doc: Document, className: string | undefined, onClick: () => void, ...children: Child[]): HTMLElement {
  const element = make(doc, 'button', { type: 'button', class: className }, ...children);
  element.addEventListener('click', onClick);
  return element;
}

const COPY_MESSAGES = { idle: '', copied: '✓ Copied', failed: 'Could not copy here: open the full entry and copy it there' } as const;

/** The card over a highlighted term: what it is, who does it, and its actions. */
export function cardView(doc: Document, options: CardViewOptions): HTMLElement {
  const { card, others = [], onChooseSense, onMute, onCopySearch, onOpenEntry, onClose, dark } = options;
  const status = make(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const copy = async () => {
    status.textContent = COPY_MESSAGES[(await onCopySearch()) ? 'copied' : 'failed'];
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => (status.textContent = COPY_MESSAGES.idle), 2000);
  };

  const senses =
    others.length > 0 && onChooseSense
      ? make(
          doc,
          'p',
          { class: 'senses' },
          make(doc, 'span', { class: 'label-inline' }, 'Also:'),
          ' ',
          ...others.flatMap((other, i) => [
            i > 0 ? ' · ' : null,
            button(doc, 'link', () => onChooseSense(other.id), `${other.name} `, make(doc, 'span', { class: 'sense-industry' }, `(${other.industry})`)),
          ]),
        )
      : null;

  let mute: HTMLElement | null = null;
  if (onMute) {
    const muteBox = make(doc, 'p', { class: 'mute' });
    const offer = () =>
      muteBox.replaceChildren(
        button(doc, 'link', () => void onMute().then(muted), 'Don’t highlight this'),
      );
    const muted = (undo: () => Promise<void>) =>
      muteBox.replaceChildren(
        make(doc, 'span', { role: 'status' }, `“${card.name}” is no longer highlighted.`),
        ' ',
        button(doc, 'link', () => void undo().then(offer), 'Undo'),
      );
    offer();
    mute = muteBox;
  }

  const noteId = card.search.note ? 'jl-card-search-note' : undefined;
  const root = make(
    doc,
    'div',
    { class: dark ? 'card dark' : 'card', role: 'dialog', 'aria-labelledby': 'jl-card-title', 'aria-describedby': 'jl-card-summary' },
    make(doc, 'div', { class: 'head' }, make(doc, 'h2', { id: 'jl-card-title' }, card.name), button(doc, 'close', onClose, '×')),
    make(doc, 'p', { class: 'industry' }, card.industry, card.owner && make(doc, 'span', { class: 'owner' }, card.owner)),
    make(doc, 'p', { id: 'jl-card-summary', class: 'summary' }, card.summary),
    make(doc, 'p', { class: 'label' }, 'Typical title'),
    make(doc, 'p', { class: 'title' }, card.typicalTitle),
    card.relatedTitles.length > 0 && make(doc, 'p', { class: 'label' }, 'Also search for'),
    card.relatedTitles.length > 0 && make(doc, 'ul', { class: 'titles' }, ...card.relatedTitles.map((title) => make(doc, 'li', {}, title))),
    senses,
    make(
      doc,
      'div',
      { class: 'actions' },
      button(doc, 'primary', () => void copy(), `Copy ${card.search.platform} search`),
      button(doc, undefined, onOpenEntry, 'Open full entry'),
    ),
    card.search.note && make(doc, 'p', { id: noteId, class: 'search-note' }, card.search.note),
    mute,
    status,
  );
  root.querySelector('.close')!.setAttribute('aria-label', 'Close');
  if (noteId) root.querySelector('.primary')!.setAttribute('aria-describedby', noteId);
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  });
  return root;
}
