/**
 * The hover card's place in the page: a host element with a closed shadow root and its own
 * inlined styles, added only while the card is shown and removed completely when it closes.
 */
import cardCss from './hover-card.css?inline';
import { placeCard, type Box } from './place-card';

export class CardHost {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private mount: HTMLElement | undefined;

  constructor(private readonly doc: Document) {}

  /** True for the host element: scanners and observers ignore it. */
  isOwn(element: Element): boolean {
    return element === this.host;
  }

  get isOpen(): boolean {
    return this.host !== undefined;
  }

  contains(node: Node | null): boolean {
    return node !== null && this.host !== undefined && (node === this.host || this.host.contains(node));
  }

  show(card: Node, anchor: Box, events: { onEnter: () => void; onLeave: () => void }): void {
    if (!this.host) {
      const host = this.doc.createElement('div');
      // Fixed and on top; `all: initial` in the shadow styles keeps the page's CSS out.
      host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;visibility:hidden;';
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = cardCss;
      const mount = this.doc.createElement('div');
      shadow.append(style, mount);
      // The host is in the page's DOM: a page script could dispatch these; only the user's count.
      host.addEventListener('pointerenter', (event) => event.isTrusted && events.onEnter());
      host.addEventListener('pointerleave', (event) => event.isTrusted && events.onLeave());
      this.doc.documentElement.append(host);
      Object.assign(this, { host, shadow, mount });
    }
    this.mount!.replaceChildren(card);
    const view = this.doc.defaultView!;
    const size = this.mount!.getBoundingClientRect();
    const place = placeCard(anchor, { width: size.width, height: size.height }, { width: view.innerWidth, height: view.innerHeight });
    if (place.maxHeight !== undefined) this.host!.style.setProperty('--jl-card-max-height', `${place.maxHeight}px`);
    else this.host!.style.removeProperty('--jl-card-max-height');
    this.host!.style.top = `${place.top}px`;
    this.host!.style.left = `${place.left}px`;
    this.host!.style.visibility = 'visible';
  }

  /** Keyboard entry into the card: focus its first action. */
  focusFirstAction(): void {
    this.shadow?.querySelector<HTMLElement>('.actions button')?.focus();
  }

  hide(): void {
    if (!this.host) return;
    this.mount!.replaceChildren();
    this.host.remove();
    this.host = this.shadow = this.mount = undefined;
  }
}
