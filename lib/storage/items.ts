/**
 * Every stored item, defined once: its key (from keys.ts), type, fallback and version. Modules
 * that read or write storage import their item from here, so a key cannot be defined twice with
 * two different shapes, and a reader finds everything the extension keeps in one file.
 */
import { storage } from 'wxt/utils/storage';
import type { CustomTerm } from '../custom/custom-term';
import type { StoredMatcher } from '../matcher-store';
import type { CopiedSearch, SearchPrefs } from '../search-prefs';
import type { Settings } from '../settings-model';
import { DEFAULT_SETTINGS, repairSettings } from '../settings-model';
import { LATEST_SETTINGS_VERSION, migrateSettings } from '../settings-migrations';
import { STORAGE_KEYS } from './keys';

/**
 * The settings as stored: any version, possibly corrupted. Read only through `settingsItem`.
 *
 * No WXT `migrations` here on purpose: WXT builds an array of every version number between the
 * stored one and the current one before running a step, so a corrupted version (`settings$ =
 * { v: -2e7 }`) made every page and the options page hang at start, and the bad version was never
 * rewritten. The steps are run here instead, from a checked version (settings-migrations.ts).
 */
const storedSettings = storage.defineItem<unknown>(STORAGE_KEYS.settings, { fallback: null });

function sameFields(a: Settings, b: unknown): boolean {
  if (typeof b !== 'object' || b === null || Array.isArray(b)) return false;
  const other = b as Record<string, unknown>;
  const keys = Object.keys(a) as (keyof Settings)[];
  return keys.length === Object.keys(other).length && keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(other[key]));
}

let migration: Promise<void> | undefined;
/** Whether the stored version marker needs writing with the next value (missing or wrong). */
let versionStale = true;

/**
 * Brings the stored value to the current version and repairs it, once per context: the version
 * marker is validated first (a missing, non-integer or out-of-range version counts as 1; steps only
 * add what is missing), and the result is written back only when it differs from what is stored.
 */
async function migrateStoredSettings(): Promise<void> {
  const [value, meta] = await Promise.all([storedSettings.getValue(), storedSettings.getMeta()]);
  const version: unknown = (meta as { v?: unknown }).v;
  const versionOk = typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= LATEST_SETTINGS_VERSION;
  if (value == null) {
    versionStale = version !== LATEST_SETTINGS_VERSION;
    return;
  }
  const next = migrateSettings(value, versionOk ? version : 1);
  if (version === LATEST_SETTINGS_VERSION && sameFields(next, value)) {
    versionStale = false;
    return;
  }
  await storedSettings.setValue(next);
  await storedSettings.setMeta({ v: LATEST_SETTINGS_VERSION });
  versionStale = false;
}

const migrated = (): Promise<void> => (migration ??= migrateStoredSettings().catch(() => undefined));

export const settingsItem = {
  key: storedSettings.key,
  fallback: DEFAULT_SETTINGS,
  /** The settings at the current version, repaired field by field. */
  async getValue(): Promise<Settings> {
    await migrated();
    return repairSettings(await storedSettings.getValue());
  },
  async setValue(value: Settings): Promise<void> {
    await migrated();
    await storedSettings.setValue(value);
    if (versionStale) {
      await storedSettings.setMeta({ v: LATEST_SETTINGS_VERSION });
      versionStale = false;
    }
  },
  watch(callback: (value: Settings) => void): () => void {
    return storedSettings.watch((value) => callback(repairSettings(value)));
  },
  /** Runs the migration again (tests, and after storage was changed behind this context's back). */
  async migrate(): Promise<void> {
    migration = migrateStoredSettings();
    await migration;
  },
};

/** Version 1 is the CustomTerm schema as it is; a change to the stored shape adds a migration here. */
export const customTermsItem = storage.defineItem<CustomTerm[]>(STORAGE_KEYS.customTerms, { fallback: [], version: 1 });

export const matcherItem = storage.defineItem<StoredMatcher | null>(STORAGE_KEYS.compiledMatcher, { fallback: null });

export const searchPrefsItem = storage.defineItem<SearchPrefs | null>(STORAGE_KEYS.searchPrefs, { fallback: null });

export const searchHistoryItem = storage.defineItem<CopiedSearch[]>(STORAGE_KEYS.searchHistory, { fallback: [] });

/** Tab id → frame id → what that frame found. Session storage: a restarted worker still knows. */
export interface FrameTerms {
  readonly url: string;
  readonly counts: Readonly<Record<string, number>>;
}
export const pageTermsItem = storage.defineItem<Record<string, Record<string, FrameTerms>>>(STORAGE_KEYS.pageTerms, { fallback: {} });

export const panelTermItem = storage.defineItem<string | null>(STORAGE_KEYS.panelTerm, { fallback: null });
export const panelQueryItem = storage.defineItem<string | null>(STORAGE_KEYS.panelQuery, { fallback: null });
export const panelWindowItem = storage.defineItem<number | null>(STORAGE_KEYS.panelWindow, { fallback: null });
