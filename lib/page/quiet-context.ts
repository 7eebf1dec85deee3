/**
 * A drop-in for WXT's ContentScriptContext that says nothing to the page.
 *
 * WXT's context announces every start with `window.postMessage` and a `CustomEvent` on `document`,
 * both named after the extension id: any page can listen and learn that Jargon Lens is installed.
 * This one keeps the same API (the build aliases `wxt/utils/content-script-context` to it) but
 * stops an older copy through a variable of the content scripts' own isolated world, which pages
 * cannot reach, and notices an orphaned script (extension reloaded or updated) when
 * `browser.runtime.id` is gone.
 */
import { browser } from 'wxt/browser';

type Stopper = () => void;
const STOP_KEY = Symbol.for('jargon-lens.stop-previous');

export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    // A second copy in the same frame (injected again after "Enable on this site"): stop the first.
    const world = globalThis as unknown as Record<symbol, Stopper | undefined>;
    world[STOP_KEY]?.();
    world[STOP_KEY] = () => this.notifyInvalidated();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the extension was reloaded, updated or removed (or a newer copy took over). */
  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && browser.runtime?.id == null) this.notifyInvalidated();
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Also when already invalidated (a newer copy may take over while this one is still starting). */
  onInvalidated(callback: () => void): () => void {
    if (this.controller.signal.aborted) {
      queueMicrotask(callback);
      return () => undefined;
    }
    this.controller.signal.addEventListener('abort', callback);
    return () => this.controller.signal.removeEventListener('abort', callback);
  }

  /** Listeners end with the context; an event arriving after the extension went away invalidates it. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(
      type,
      (event) => {
        if (this.isValid) handler(event);
      },
      { ...options, signal: this.controller.signal },
    );
  }

  setTimeout(handler: () => void, timeout?: number): ReturnType<typeof setTimeout> {
    const id = setTimeout(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): ReturnType<typeof setInterval> {
    const id = setInterval(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  notifyInvalidated(): void {
    if (!this.controller.signal.aborted) this.controller.abort('Content script context invalidated');
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }
}
