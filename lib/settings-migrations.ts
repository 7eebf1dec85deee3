/**
 * Versioned migrations for the stored settings (STORAGE_KEYS.settings): one explicit step from each
 * version to the next, applied in order, then `repairSettings` for whatever is still broken.
 *
 * Steps are history: each writes the values as they were decided for its version and never reads
 * today's DEFAULT_SETTINGS, so changing a default later cannot change what an old migration did.
 * Steps only add what is missing, so running one on a value that already has its fields (a wrong
 * or missing version number) keeps the user's choices.
 *
 * The same steps serve the stored settings (lib/storage/items.ts runs them itself, from a checked
 * version: WXT's own migration runner hangs on a corrupted version number) and settings that arrive
 * in an imported team file (`migrateSettings`). `settingsMigrationStep` offers one step in WXT's shape. Repair happens once, after the last
 * step, never between steps: a later step may need a field that today's repair would drop.
 */
import { repairSettings, type Settings } from './settings-model';

/** A stored settings value as it is on disk: any version, possibly corrupted. */
export type StoredSettings = Readonly<Record<string, unknown>>;

export interface SettingsMigration {
  readonly from: number;
  readonly to: number;
  /** What the new version adds or changes, for whoever reads this list. */
  readonly change: string;
  readonly migrate: (value: StoredSettings) => StoredSettings;
}

/** The defaults version 2 introduced, as they were decided then. */
export const SETTINGS_V2_ADDITIONS = {
  highlightColor: 'indigo',
  industries: 'all',
  defaultPlatform: 'linkedin',
  defaultCountry: '',
  defaultExclude: [],
} as const satisfies StoredSettings;

export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [
  {
    from: 1,
    to: 2,
    change: "adds highlightColor (a palette name), industries (slugs to highlight, or 'all') and the hover card's search defaults",
    // The user's value comes last, so a field already there is kept; the list is a fresh one, never the constant's.
    migrate: (value) => ({ ...SETTINGS_V2_ADDITIONS, defaultExclude: [], ...value }),
  },
];

/** The version the newest step produces: the settings item's storage version. */
export const LATEST_SETTINGS_VERSION = SETTINGS_MIGRATIONS.reduce((latest, step) => Math.max(latest, step.to), 1);

function asStored(raw: unknown): StoredSettings {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as StoredSettings) : {};
}

/**
 * A version number as found in storage metadata or a file. Anything that is not a whole number of
 * at least 1 is treated as 1: steps only add what is missing, so re-running them is safe.
 */
export function normalizeSettingsVersion(version: unknown): number {
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

/** Applies the steps from `fromVersion` up to `toVersion`, without repairing anything else. */
export function migrateSettingsValue(raw: unknown, fromVersion: unknown, toVersion = LATEST_SETTINGS_VERSION): StoredSettings {
  let version = normalizeSettingsVersion(fromVersion);
  let value = asStored(raw);
  while (version < toVersion) {
    const step = SETTINGS_MIGRATIONS.find((candidate) => candidate.from === version);
    if (!step) throw new Error(`No settings migration from version ${version}`);
    value = step.migrate(value);
    version = step.to;
  }
  return value;
}

/**
 * Settings of any version (from storage or a team file) as the current Settings: every step from
 * `fromVersion` on, then `repairSettings`. A version newer than this build knows applies no step,
 * and the repair keeps whatever it understands.
 */
export function migrateSettings(raw: unknown, fromVersion: unknown): Settings {
  return repairSettings(migrateSettingsValue(raw, fromVersion));
}

/**
 * One step in WXT's shape: WXT calls `migrations[n]` with the value of version n - 1 to get version n.
 * lib/storage/items.ts wires it into the settings item, one entry per version.
 */
export function settingsMigrationStep(raw: unknown, toVersion: number): StoredSettings {
  return migrateSettingsValue(raw, toVersion - 1, toVersion);
}
