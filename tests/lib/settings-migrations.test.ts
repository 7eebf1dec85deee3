import fc from 'fast-check';
import { defineStoredItem } from '../../lib/storage/stored-item';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import * as current from '../../lib/settings';
import { DEFAULT_SETTINGS, repairSettings } from '../../lib/settings';
import {
  LATEST_SETTINGS_VERSION,
  SETTINGS_MIGRATIONS,
  SETTINGS_V2_ADDITIONS,
  migrateSettings,
  migrateSettingsValue,
  settingsMigrationStep,
} from '../../lib/settings-migrations';

/** A value as each version stored it, with the user's own (non-default) choices. */
const V1 = { highlighting: false, style: 'both', occurrences: 'first', pausedSites: ['linkedin.com'], userSites: ['https://jobs.example.com'], hoverCard: false, hoverDelayMs: 800 };
const V2 = {
  highlighting: true,
  style: 'tint',
  occurrences: 'every',
  pausedSites: [],
  userSites: [],
  hoverCard: true,
  hoverDelayMs: 150,
  highlightColor: 'teal',
  industries: ['sales', 'cloud-devops'],
  defaultPlatform: 'github',
  defaultCountry: 'uk',
  defaultExclude: ['intern'],
};
const STORED_BY_VERSION: Record<number, Record<string, unknown>> = { 1: V1, 2: V2 };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the list of settings migrations', () => {
  it('has one step from each version to the next, up to the version the settings item stores', () => {
    SETTINGS_MIGRATIONS.forEach((step, i) => {
      expect(step.from).toBe(i + 1);
      expect(step.to).toBe(i + 2);
    });
    expect(Object.keys(STORED_BY_VERSION).map(Number)).toEqual(Array.from({ length: LATEST_SETTINGS_VERSION }, (_, i) => i + 1));
  });

  it('adds in version 2 only values version 2 accepts', () => {
    const repaired: Record<string, unknown> = { ...repairSettings(SETTINGS_V2_ADDITIONS) };
    for (const [key, value] of Object.entries(SETTINGS_V2_ADDITIONS)) expect(repaired[key]).toEqual(value);
  });
});

describe('migrateSettings', () => {
  it.each(Object.keys(STORED_BY_VERSION).map(Number))('brings a version %i value to the newest version, keeping every choice', (version) => {
    const stored = STORED_BY_VERSION[version]!;
    const migrated = migrateSettingsValue(stored, version);
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(STORED_BY_VERSION[LATEST_SETTINGS_VERSION]!).sort());
    expect(migrateSettings(stored, version)).toEqual({ ...DEFAULT_SETTINGS, ...stored });
  });

  it('version 1 → 2 fills the new fields with the version 2 defaults', () => {
    expect(migrateSettingsValue(V1, 1, 2)).toEqual({ ...V1, ...SETTINGS_V2_ADDITIONS });
  });

  it('keeps fields a value already has, so a wrong version number loses nothing', () => {
    for (const version of [1, 0, -3, 1.5, Number.NaN, '2', undefined, null]) {
      expect(migrateSettings(V2, version)).toEqual({ ...DEFAULT_SETTINGS, ...V2 });
    }
  });

  it('repairs corrupted values field by field, from any version', () => {
    for (const garbage of [undefined, null, 'garbage', 42, [1, 2], { style: 7 }]) {
      for (const version of [1, 2]) expect(migrateSettings(garbage, version)).toEqual(DEFAULT_SETTINGS);
    }
    expect(migrateSettings({ ...V1, hoverDelayMs: -5, pausedSites: ['a.com', 3] }, 1)).toEqual({
      ...DEFAULT_SETTINGS,
      ...V1,
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
      pausedSites: DEFAULT_SETTINGS.pausedSites,
    });
    expect(migrateSettings({ ...V2, highlightColor: '#ff00ff', industries: 'some', defaultCountry: 'United Kingdom' }, 2)).toEqual({
      ...DEFAULT_SETTINGS,
      ...V2,
      highlightColor: DEFAULT_SETTINGS.highlightColor,
      industries: DEFAULT_SETTINGS.industries,
      defaultCountry: DEFAULT_SETTINGS.defaultCountry,
    });
  });

  it('applies no step to a value from a newer version, and keeps what it understands', () => {
    expect(migrateSettings({ ...V2, futureField: true }, 99)).toEqual({ ...DEFAULT_SETTINGS, ...V2 });
  });

  it('does what lib/settings.ts does today for any version 1 value, so it can replace that code', () => {
    const v1Value = fc.record(
      {
        highlighting: fc.oneof(fc.boolean(), fc.string()),
        style: fc.constantFrom('underline', 'tint', 'both', 'bold', 3),
        occurrences: fc.constantFrom('every', 'first', 'some'),
        pausedSites: fc.oneof(fc.array(fc.domain()), fc.array(fc.integer())),
        userSites: fc.array(fc.string()),
        hoverCard: fc.oneof(fc.boolean(), fc.constant(null)),
        hoverDelayMs: fc.oneof(fc.integer({ min: -100, max: 5000 }), fc.double()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(v1Value, (value) => {
        expect(migrateSettings(value, 1)).toEqual(current.migrateSettings(value, 1));
      }),
    );
  });
});

describe('through a stored item', () => {
  it('migrates a stored version 1 value when wired as lib/settings.ts should wire it', async () => {
    await fakeBrowser.storage.local.set({ settingsProbe: V1, settingsProbe$: { v: 1 } });
    const item = defineStoredItem<unknown>('local:settingsProbe', {
      fallback: {},
      version: LATEST_SETTINGS_VERSION,
      migrations: { 2: (old: unknown) => settingsMigrationStep(old, 2) },
    });
    await item.migrate();
    expect(repairSettings(await item.getValue())).toEqual({ ...DEFAULT_SETTINGS, ...V1 });
    expect(await fakeBrowser.storage.local.get('settingsProbe$')).toEqual({ settingsProbe$: { v: 2 } });
  });

  it('refuses a step to a version it has no migration for, rather than store a half-migrated value', () => {
    expect(() => settingsMigrationStep(V2, LATEST_SETTINGS_VERSION + 1)).toThrow(`No settings migration from version ${LATEST_SETTINGS_VERSION}`);
  });
});
