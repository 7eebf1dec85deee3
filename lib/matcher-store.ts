/**
 * Where the compiled matcher lives between the background (which compiles it from the glossary)
 * and content scripts (which only load it). Storage, rather than a message, so a content script
 * never has to wake the service worker and every open tab sees a new glossary at once.
 */
import type { CompiledMatcher } from './matcher/compiled';

export interface StoredMatcher {
  readonly matcher: CompiledMatcher;
  /** Changes whenever the glossary does; lets the background skip needless rewrites. */
  readonly fingerprint: string;
}
