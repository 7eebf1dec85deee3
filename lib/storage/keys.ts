/**
 * Every key the extension stores, in one place. Plain strings with no imports, so the stored-item
 * registry (items.ts) and the end-to-end tests, which read storage from outside, name the same keys.
 */
export const STORAGE_KEYS = {
  /** The user's settings (versioned; see lib/settings-migrations.ts). */
  settings: 'local:settings',
  /** The user's own terms. */
  customTerms: 'local:customTerms',
  /** The shipped glossary's matcher and senses, copied from the package for content scripts. */
  glossaryPage: 'local:glossaryPage',
  /** Which build of the package glossaryPage holds (small, so a start checks it cheaply). */
  glossaryStamp: 'local:glossaryStamp',
  /** The user's and the team's terms, compiled to search beside the shipped matcher. */
  glossaryOverlay: 'local:glossaryOverlay',
  /** The last problem the background met compiling or storing the user's and team's terms. */
  glossaryStatus: 'local:glossaryStatus',
  /** Imported versioned team packs (each a glossary with id, name, version and terms). */
  teamPacks: 'local:teamPacks',
  /** Settings the user changed themselves (and `site:<host>` for sites), so an organisation's defaults do not override them. */
  settingsChosen: 'local:settingsChosen',
  /** The search builder's last choices. */
  searchPrefs: 'local:searchPrefs',
  /** Copied boolean strings, newest first. */
  searchHistory: 'local:searchHistory',
  /** Per tab and frame: the terms found (for the badge and "On this page"). */
  pageTerms: 'session:pageTerms',
  /** The entry or query the side panel shows. */
  panelTerm: 'session:panelTerm',
  panelQuery: 'session:panelQuery',
  /** The small window used where the browser refuses to open its side panel. */
  panelWindow: 'session:panelWindow',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** The key as the storage area itself names it (WXT's `local:` / `session:` prefix removed). */
export function areaKey(key: StorageKey): string {
  return key.slice(key.indexOf(':') + 1);
}
