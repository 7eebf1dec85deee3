/**
 * When the pointer rests on a highlighted term, show its card (from the cards the tab holds; the
 * background only when one is missing); keep it while the pointer is on the term or the card; close it on leaving, Escape or
 * scrolling away. Alt+J moves keyboard focus into the open card.
 *
 * Only the user's own input counts: events a page script dispatches (`isTrusted` false) are
 * ignored, so a page cannot open the card over a term to learn that the extension is there, nor
 * pull focus into it. The card's copy goes through the background: a copy made in the page would
 * fire the page's `copy` listeners.
 */
import { cardView, type OtherSense } from './card-view';
import { sendToBackground, type CardData } from '../messages';
import type { FoundTerm } from '../scan/found-terms';
import { CardHost } from './card-host';
import type { HighlightSet } from './highlight-set';
import { termAtPoint } from './hit-test';
import { pageLooksDark } from './page-theme';

export interface HoverCardOptions {
  readonly doc: Document;
  readonly highlights: HighlightSet;
  readonly termId: (term: number) => string;
  /** The card of an occurrence's chosen sense. */
  readonly card: (found: FoundTerm) => Promise<CardData | null>;
  /** The other senses of its words that the card offers. */
  readonly otherSenses: (found: FoundTerm) => readonly OtherSense[];
  /** The user picked another sense of these words on this page. */
  readonly chooseSense: (found: FoundTerm, id: string) => void;
  /** "Don't highlight this": resolves with the undo. */
  readonly mute: (found: FoundTerm) => Promise<() => Promise<void>>;
  readonly delayMs: () => number;
  readonly enabled: () => boolean;
  /** Registers a listener that is removed when the content script is invalidated. */
  readonly listen: <K extends keyof DocumentEventMap>(target: Document | Window, type: K, handler: (event: DocumentEventMap[K]) => void, options?: AddEventListenerOptions) => void;
}

const LEAVE_GRACE_MS = 250;

export class HoverCardController {
  readonly host: CardHost;
  private resting: FoundTerm | undefined;
  private shownFor: FoundTerm | undefined;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private leaveTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerOnCard = false;
  private frame = 0;
  private lastPoint = { x: 0, y: 0 };
  private request = 0;

  constructor(private readonly options: HoverCardOptions) {
    this.host = new CardHost(options.doc);
    const { listen, doc } = options;
    listen(doc, 'pointermove', (event) => event.isTrusted && this.onPointerMove(event), { passive: true, capture: true });
    listen(doc, 'keydown', (event) => event.isTrusted && this.onKey(event), { capture: true });
    listen(doc, 'scroll', (event) => event.isTrusted && this.close(), { passive: true, capture: true });
  }

  close(): void {
    clearTimeout(this.restTimer);
    clearTimeout(this.leaveTimer);
    this.resting = this.shownFor = undefined;
    this.pointerOnCard = false;
    this.request++;
    this.host.hide();
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.options.enabled() || this.host.contains(event.target as Node)) return;
    this.lastPoint = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    // One hit test per frame at most: pointermove fires far more often than the screen updates.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.track();
    });
  }

  private track(): void {
    const hit = termAtPoint(this.options.doc, this.options.highlights, this.lastPoint.x, this.lastPoint.y);
    if (hit?.found === this.resting) return;
    this.resting = hit?.found;
    clearTimeout(this.restTimer);
    if (hit) {
      clearTimeout(this.leaveTimer);
      if (hit.found !== this.shownFor) this.restTimer = setTimeout(() => void this.open(hit.found, hit.box), this.options.delayMs());
    } else if (this.host.isOpen) {
      this.scheduleLeave();
    }
  }

  private scheduleLeave(): void {
    clearTimeout(this.leaveTimer);
    this.leaveTimer = setTimeout(() => {
      if (!this.pointerOnCard && !this.resting) this.close();
    }, LEAVE_GRACE_MS);
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.host.isOpen) return;
    if (event.key === 'Escape') {
      this.close();
    } else if (event.altKey && event.code === 'KeyJ') {
      event.preventDefault();
      this.host.focusFirstAction();
    }
  }

  private async open(found: FoundTerm, box: DOMRect): Promise<void> {
    const request = ++this.request;
    let card: CardData | null;
    try {
      card = await this.options.card(found);
    } catch {
      return; // the extension was reloaded or updated: this orphaned script stays quiet
    }
    if (!card || request !== this.request) return;
    this.shownFor = found;
    const data = card;
    const view = cardView(this.options.doc, {
      card: data,
      others: this.options.otherSenses(found),
      onChooseSense: (id: string) => {
        this.close();
        this.options.chooseSense(found, id);
      },
      onMute: () => this.options.mute(found),
      dark: pageLooksDark(this.options.doc),
      onClose: () => this.close(),
      onOpenEntry: () => void sendToBackground({ type: 'open-entry', id: data.id }).catch(() => undefined),
      onCopySearch: () => sendToBackground({ type: 'copy-text', text: data.search.text }).catch(() => false),
    });
    this.host.show(view, box, {
      onEnter: () => {
        this.pointerOnCard = true;
        clearTimeout(this.leaveTimer);
      },
      onLeave: () => {
        this.pointerOnCard = false;
        this.scheduleLeave();
      },
    });
  }
}
