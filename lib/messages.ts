/**
 * Every message between the extension's parts, typed in one place and named by direction.
 * Content scripts and pages send requests to the background; the background answers.
 */
import type { ScanStats } from './page/page-scanner';
import { browser } from 'wxt/browser';
import type { HighlightLook } from './highlight-name';

/** What the hover card shows: the short part of an entry (the content script never holds the glossary). */
export interface CardData {
  readonly id: string;
  readonly name: string;
  readonly industry: string;
  /** Whose term it is when not shipped: "Yours" or "Team: <pack name>". */
  readonly owner?: string;
  readonly summary: string;
  readonly typicalTitle: string;
  readonly relatedTitles: readonly string[];
  /** The whole search for the user's default platform: what Copy copies, and a note when that is several parts or boxes. */
  readonly search: { readonly platform: string; readonly text: string; readonly note: string | null };
}

/** A term the content script needs a card for: its id and industry slug (which file holds its card). */
export interface CardRequest {
  readonly id: string;
  readonly industry: string;
}

/** The terms found in one tab, across its frames. */
export interface PageSummary {
  readonly url: string | null;
  /** Term id → occurrences. */
  readonly counts: Readonly<Record<string, number>>;
}

/** A message's shape at run time is only its name; the request and reply types ride along. */
interface MessageSpec<Request, Reply> {
  readonly request?: Request;
  readonly reply?: Reply;
}
const message = <Request = Record<never, never>, Reply = null>(): MessageSpec<Request, Reply> => ({});

/**
 * Every request the background answers, with its reply. The request union, the reply map, the
 * accepted names and the background's handler table are all derived from this one map, so a new
 * message cannot be sent without a handler, nor accepted without a type.
 */
export const BACKGROUND_MESSAGES = {
  // Content script → background.
  /** A card the tab does not hold yet (normally cards arrive with the reply to 'page-terms'). */
  card: message<CardRequest, CardData | null>(),
  /** What a frame found (for the badge and "On this page"); the reply brings the cards it lacks. */
  'page-terms': message<{ readonly url: string; readonly counts: Readonly<Record<string, number>>; readonly need: readonly CardRequest[] }, { readonly cards: readonly CardData[] }>(),
  'open-entry': message<{ readonly id: string }>(),
  /** The stored glossary could not be read: write it again from the package. */
  'ensure-glossary': message(),
  /** Style the sender's highlight (`add`) or stop styling it (`remove`): CSS for that one document. */
  'highlight-style': message<{ readonly add: HighlightLook | null; readonly remove: HighlightLook | null }, boolean>(),
  /** Copy text to the clipboard from an extension context, so the page sees no copy event. */
  'copy-text': message<{ readonly text: string }, boolean>(),
  // Extension pages (popup, side panel, options) → background.
  'page-summary': message<{ readonly tabId: number }, PageSummary>(),
  'enable-site': message<{ readonly origin: string; readonly tabId: number | null }, { readonly ok: boolean; readonly error?: string }>(),
  'disable-site': message<{ readonly origin: string }>(),
};

type Messages = typeof BACKGROUND_MESSAGES;
export type BackgroundMessageType = keyof Messages;
type RequestOf<K extends BackgroundMessageType> = Messages[K] extends MessageSpec<infer Request, unknown> ? Request : never;
type ReplyOf<K extends BackgroundMessageType> = Messages[K] extends MessageSpec<unknown, infer Reply> ? Reply : never;

export type BackgroundRequest = { [K in BackgroundMessageType]: { readonly type: K } & RequestOf<K> }[BackgroundMessageType];
export type BackgroundReplies = { [K in BackgroundMessageType]: ReplyOf<K> };
export type ReplyTo<T extends BackgroundRequest> = BackgroundReplies[T['type']];

/** What the background must implement: one handler per message, typed by the map. */
export type BackgroundHandlers<Sender> = {
  [K in BackgroundMessageType]: (request: Extract<BackgroundRequest, { type: K }>, sender: Sender) => Promise<ReplyOf<K>>;
};

export function sendToBackground<T extends BackgroundRequest>(request: T): Promise<ReplyTo<T>> {
  try {
    return browser.runtime.sendMessage(request) as Promise<ReplyTo<T>>;
  } catch (error) {
    // After the extension is reloaded or updated, an orphaned content script's sendMessage throws
    // synchronously ("Extension context invalidated"): make it a rejection every caller handles.
    return Promise.reject(error);
  }
}

/** Messages come from our own contexts only, but a shape check keeps a stray one from throwing. */
export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(BACKGROUND_MESSAGES, type);
}

/** Background → content script. */
export type ContentCommand = { readonly type: 'toggle-highlighting' };

export function isContentCommand(message: unknown): message is ContentCommand {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'toggle-highlighting';
}

/**
 * Extension tests and benchmarks → content script: what the scanner has done on this page
 * (lib/page/page-scanner.ts ScanStats), read through the extension because pages must not see it.
 */
export type ScanStatsRequest = { readonly type: 'scan-stats' };

/** The content script's answer to `scan-stats`. */
export interface PageScanReport {
  readonly url: string;
  /** Ranges highlighted, and text nodes tracked (for leak checks). */
  readonly ranges: number;
  readonly trackedNodes: number;
  /** Times the highlight was put back after the page removed or emptied it. */
  readonly restores: number;
  readonly scan: ScanStats | null;
}

export function isScanStatsRequest(message: unknown): message is ScanStatsRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'scan-stats';
}

/** Background → its offscreen document (Chrome): write this text to the clipboard. */
export type OffscreenCopy = { readonly type: 'offscreen-copy'; readonly text: string };

export function isOffscreenCopy(message: unknown): message is OffscreenCopy {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'offscreen-copy' && typeof (message as { text?: unknown }).text === 'string';
}
