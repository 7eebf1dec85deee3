/**
 * The page's one highlight in the document's registry (`CSS.highlights`), under a random name,
 * kept there against a page that removes or replaces it, or empties it.
 *
 * The registry belongs to the document, so the page can delete or overwrite our entry, or clear the
 * Highlight itself (it reaches the same object through `CSS.highlights.get`). `verify()` notices
 * each and puts things back, at most once per back-off interval: the interval doubles each time the
 * page wipes it again soon after a restore (up to a minute), so a page that keeps wiping costs one
 * cheap check a second and a restore now and then, never a loop.
 */
import { randomHighlightName } from '../highlight-name';

/** The part of `HighlightRegistry` used here (tests pass a Map). */
export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: never): unknown;
  delete(name: string): boolean;
}

/** The part of `Highlight` used here. */
export interface RangesLike {
  readonly size: number;
  add(range: AbstractRange): unknown;
  clear(): void;
}

export interface HighlightRegistrationOptions {
  readonly registry: HighlightRegistryLike;
  readonly highlight: RangesLike;
  /** The ranges that should be in the highlight. */
  readonly shown: () => readonly AbstractRange[];
  readonly shownCount: () => number;
  /** Called with the new name when one is registered, and with null when it goes. */
  readonly onName?: (name: string | null, previous: string | null) => void;
  readonly now?: () => number;
  readonly newName?: () => string;
}

const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;
/** A restore that held this long was not a fight: the back-off starts over. */
const CALM_MS = 30_000;

export class HighlightRegistration {
  private current: string | null = null;
  private registered = false;
  private backoffMs = FIRST_BACKOFF_MS;
  private nextRestoreAt = 0;
  private lastRestoreAt = Number.NEGATIVE_INFINITY;
  private restoreCount = 0;

  constructor(private readonly options: HighlightRegistrationOptions) {}

  get name(): string | null {
    return this.current;
  }

  get restores(): number {
    return this.restoreCount;
  }

  /**
   * Chooses the next name and reports it (so its style rule can be inserted) without registering
   * anything yet: the rule is best inserted while the page is still small.
   */
  prepare(): string {
    if (this.current === null) {
      this.current = (this.options.newName ?? randomHighlightName)();
      this.options.onName?.(this.current, null);
    }
    return this.current;
  }

  /** Registers the highlight under the prepared (or a fresh) name, kept until `unregister`. */
  register(): void {
    if (this.registered) return;
    const name = this.prepare();
    this.options.registry.set(name, this.options.highlight as never);
    this.registered = true;
  }

  /** Takes the highlight out and drops the name: the next registration gets a new one. */
  unregister(): void {
    if (this.current === null) return;
    const previous = this.current;
    if (this.registered && this.options.registry.get(previous) === this.options.highlight) this.options.registry.delete(previous);
    this.current = null;
    this.registered = false;
    this.options.onName?.(null, previous);
  }

  /** Checks the registry and the highlight; restores them when the page changed either and the back-off allows. */
  verify(): 'ok' | 'restored' | 'waiting' {
    const { registry, highlight, shownCount } = this.options;
    const name = this.current;
    if (name === null || !this.registered) return 'ok';
    const now = (this.options.now ?? performance.now.bind(performance))();
    const intact = registry.get(name) === highlight && highlight.size === shownCount();
    if (intact) {
      if (now - this.lastRestoreAt > CALM_MS) this.backoffMs = FIRST_BACKOFF_MS;
      return 'ok';
    }
    if (now < this.nextRestoreAt) return 'waiting';
    if (registry.get(name) !== highlight) registry.set(name, highlight as never);
    if (highlight.size !== shownCount()) {
      highlight.clear();
      for (const range of this.options.shown()) highlight.add(range);
    }
    this.restoreCount++;
    this.lastRestoreAt = now;
    this.nextRestoreAt = now + this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    return 'restored';
  }
}
