/**
 * Every stored item, defined once: its key (from keys.ts), type, fallback and version. Modules
 * that read or write storage import their item from here, so a key cannot be defined twice with
 * two different shapes, and a reader finds everything the extension keeps in one file.
 *
 * Defining an item reads nothing: a content script importing this module touches only the items
 * it uses (it may not touch session storage at all).
 */
import { browser } from 'wxt/browser';
import { defineStoredItem, setStoredItems } from './stored-item';
import type { CustomTerm } from '../custom/custom-term';
import type { TeamPack } from '../custom/team-pack';
import type { ArtifactStamp, PageGlossary } from '../glossary/artifacts';
import type { OverlayGlossary } from '../glossary/overlay';
import type { CopiedSearch, SearchPrefs } from '../search-prefs';
import type { Settings } from '../settings-model';
import { DEFAULT_SETTINGS, repairSettings } from '../settings-model';
import { LATEST_SETTINGS_VERSION, settingsMigrationStep } from '../settings-migrations';
import { STORAGE_KEYS } from './keys';

/** The settings' migrations: version n is made from version n - 1 by one step. */
const settingsMigrations = Object.fromEntries(
  Array.from({ length: LATEST_SETTINGS_VERSION - 1 }, (_, i) => [i + 2, (old: unknown) => settingsMigrationStep(old, i + 2)]),
);

export const settingsItem = defineStoredItem<Settings>(STORAGE_KEYS.settings, {
  fallback: DEFAULT_SETTINGS,
  version: LATEST_SETTINGS_VERSION,
  // Steps only fill what a version added; the result is repaired on every read, and once in storage.
  migrations: settingsMigrations,
  repair: repairSettings,
});

/** Version 1 is the CustomTerm schema as it is; a change to the stored shape adds a migration here. */
export const customTermsItem = defineStoredItem<CustomTerm[]>(STORAGE_KEYS.customTerms, { fallback: [], version: 1 });

/** Read through lib/glossary/page-artifact.ts, which validates it: storage can hold anything. */
export const glossaryPageItem = defineStoredItem<PageGlossary | null>(STORAGE_KEYS.glossaryPage, { fallback: null });
export const glossaryStampItem = defineStoredItem<ArtifactStamp | null>(STORAGE_KEYS.glossaryStamp, { fallback: null });
export const glossaryOverlayItem = defineStoredItem<OverlayGlossary | null>(STORAGE_KEYS.glossaryOverlay, { fallback: null });

/** Read through repairTeamPacks (lib/custom/pack-store.ts). */
export const teamPacksItem = defineStoredItem<TeamPack[]>(STORAGE_KEYS.teamPacks, { fallback: [], version: 1 });

export const settingsChosenItem = defineStoredItem<string[]>(STORAGE_KEYS.settingsChosen, { fallback: [] });

/**
 * The user's settings and which of them they chose, in one write: a watcher must never see the
 * new choice beside the old value (it would show the organisation's default for a moment).
 */
export function saveSettingsLayers(settings: Settings, chosen: readonly string[]): Promise<void> {
  return setStoredItems([
    { item: settingsItem, value: settings },
    { item: settingsChosenItem, value: [...chosen] },
  ]);
}

/** What went wrong the last time the background compiled or stored the user's and team's terms. */
export interface GlossaryStatus {
  /** `quota`: the browser's storage for the extension is full; `other`: anything else (message says what). */
  readonly reason: 'quota' | 'other';
  readonly stage: 'compile' | 'write';
  readonly message: string;
  /** When it happened (ms since the epoch). */
  readonly at: number;
}
export const glossaryStatusItem = defineStoredItem<GlossaryStatus | null>(STORAGE_KEYS.glossaryStatus, { fallback: null });

/**
 * The organisation's enterprise policy: the browser's read-only `managed` area (Chrome: policy
 * for this extension's id, checked against managed-schema.json; Firefox: policies.json
 * `3rdparty.Extensions["<gecko id>"]`). It has no fixed keys of ours, so it is read whole;
 * lib/policy/ checks every value before anything uses it.
 */
export const managedPolicyArea = {
  async get(): Promise<Record<string, unknown>> {
    try {
      // Firefox rejects when no policy exists for the add-on; some contexts have no managed area at all.
      const values: unknown = await browser.storage.managed?.get(null);
      return typeof values === 'object' && values !== null ? (values as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  },
  /** Chrome reports policy changes as they happen; Firefox reads policy at start-up only. */
  watch(callback: () => void): () => void {
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') callback();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};



export const searchPrefsItem = defineStoredItem<SearchPrefs | null>(STORAGE_KEYS.searchPrefs, { fallback: null });

export const searchHistoryItem = defineStoredItem<CopiedSearch[]>(STORAGE_KEYS.searchHistory, { fallback: [] });

/** Tab id → frame id → what that frame found. Session storage: a restarted worker still knows. */
export interface FrameTerms {
  readonly url: string;
  readonly counts: Readonly<Record<string, number>>;
}
export const pageTermsItem = defineStoredItem<Record<string, Record<string, FrameTerms>>>(STORAGE_KEYS.pageTerms, { fallback: {} });

export const panelTermItem = defineStoredItem<string | null>(STORAGE_KEYS.panelTerm, { fallback: null });
export const panelQueryItem = defineStoredItem<string | null>(STORAGE_KEYS.panelQuery, { fallback: null });
export const panelWindowItem = defineStoredItem<number | null>(STORAGE_KEYS.panelWindow, { fallback: null });
