/**
 * Every message between the extension's parts, typed in one place and named by direction.
 * Content scripts and pages send requests to the background; the background answers.
 */
import { browser } from 'wxt/browser';

/** What the hover card shows: the short part of an entry (the content script never holds the glossary). */
export interface CardData {
  readonly id: string;
  readonly name: string;
  readonly industry: string;
  readonly summary: string;
  readonly typicalTitle: string;
  readonly relatedTitles: readonly string[];
  /** A ready-to-paste boolean string for the user's default platform. */
  readonly search: { readonly platform: string; readonly text: string };
}

/** The terms found in one tab, across its frames. */
export interface PageSummary {
  readonly url: string | null;
  /** Term id → occurrences. */
  readonly counts: Readonly<Record<string, number>>;
}

/** Content script → background. */
export type ContentRequest =
  | { readonly type: 'card'; readonly id: string }
  | { readonly type: 'page-terms'; readonly url: string; readonly counts: Readonly<Record<string, number>> }
  | { readonly type: 'open-entry'; readonly id: string }
  | { readonly type: 'ensure-matcher' };

/** Extension pages (popup, side panel, options) → background. */
export type PageRequest =
  | { readonly type: 'page-summary'; readonly tabId: number }
  | { readonly type: 'enable-site'; readonly origin: string; readonly tabId: number | null }
  | { readonly type: 'disable-site'; readonly origin: string };

export type BackgroundRequest = ContentRequest | PageRequest;

export interface BackgroundReplies {
  card: CardData | null;
  'page-terms': null;
  'open-entry': null;
  'ensure-matcher': null;
  'page-summary': PageSummary;
  'enable-site': { readonly ok: boolean; readonly error?: string };
  'disable-site': null;
}

export type ReplyTo<T extends BackgroundRequest> = BackgroundReplies[T['type']];

export function sendToBackground<T extends BackgroundRequest>(request: T): Promise<ReplyTo<T>> {
  try {
    return browser.runtime.sendMessage(request) as Promise<ReplyTo<T>>;
  } catch (error) {
    // After the extension is reloaded or updated, an orphaned content script's sendMessage throws
    // synchronously ("Extension context invalidated"): make it a rejection every caller handles.
    return Promise.reject(error);
  }
}

const TYPES: ReadonlySet<string> = new Set<keyof BackgroundReplies>([
  'card', 'page-terms', 'open-entry', 'ensure-matcher', 'page-summary', 'enable-site', 'disable-site',
]);

/** Messages come from our own contexts only, but a shape check keeps a stray one from throwing. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return typeof message === 'object' && message !== null && TYPES.has(String((message as { type?: unknown }).type));
}

/** Background → content script. */
export type ContentCommand = { readonly type: 'toggle-highlighting' };

export function isContentCommand(message: unknown): message is ContentCommand {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'toggle-highlighting';
}
