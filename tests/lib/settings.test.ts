import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isPausedHost, repairSettings } from '../../lib/settings';

describe('settings', () => {
  it('falls back to defaults for missing or corrupted values', () => {
    expect(repairSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each valid choice and repairs only the broken fields', () => {
    const repaired = repairSettings({ style: 'tint', occurrences: 'sometimes', pausedSites: ['www.linkedin.com', 3], hoverDelayMs: -5, hoverCard: false });
    expect(repaired).toEqual({ ...DEFAULT_SETTINGS, style: 'tint', hoverCard: false });
  });

  it('pauses a host and its subdomains, not look-alikes', () => {
    const settings = { ...DEFAULT_SETTINGS, pausedSites: ['linkedin.com'] };
    expect(isPausedHost(settings, 'linkedin.com')).toBe(true);
    expect(isPausedHost(settings, 'www.linkedin.com')).toBe(true);
    expect(isPausedHost(settings, 'notlinkedin.com')).toBe(false);
  });
});

describe('settings migrations', () => {
  it('brings a version 1 value to the current version, keeping the user\'s choices', async () => {
    const { migrateSettings } = await import('../../lib/settings');
    const { LATEST_SETTINGS_VERSION } = await import('../../lib/settings-migrations');
    const v1 = { highlighting: false, style: 'both', occurrences: 'first', pausedSites: ['linkedin.com'], userSites: [], hoverCard: true, hoverDelayMs: 500 };
    expect(LATEST_SETTINGS_VERSION).toBe(2);
    expect(migrateSettings(v1, 1)).toEqual({ ...DEFAULT_SETTINGS, ...v1 });
  });

  it('repairs what a migration cannot: garbage from any version becomes defaults', async () => {
    const { migrateSettings } = await import('../../lib/settings');
    expect(migrateSettings('garbage', 1)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings({ highlightColor: 'plaid', industries: 'some' }, 2)).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates through the storage item itself (as WXT does when the extension starts)', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { loadSettings } = await import('../../lib/settings');
    const { settingsItem } = await import('../../lib/storage/items');
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { style: 'tint', hoverDelayMs: 100 }, settings$: { v: 1 } });
    await settingsItem.migrate();
    const settings = await loadSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, style: 'tint', hoverDelayMs: 100 });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });
});

describe('copied-search history', () => {
  it('keeps the newest first, without repeats, at most 20', async () => {
    const { withCopied, HISTORY_SIZE } = await import('../../lib/search-prefs');
    const entry = (text: string, copiedAt: number) => ({ text, platformLabel: 'LinkedIn', subject: 'Kaizen', copiedAt });
    let history = Array.from({ length: HISTORY_SIZE }, (_, i) => entry(`s${i}`, i));
    history = withCopied(history, entry('s5', 100));
    expect(history[0]).toEqual(entry('s5', 100));
    expect(history.filter((item) => item.text === 's5')).toHaveLength(1);
    history = withCopied(history, entry('new', 101));
    expect(history).toHaveLength(HISTORY_SIZE);
    expect(history[0]!.text).toBe('new');
  });
});

describe('stored settings with a corrupted version marker', () => {
  it.each([[-2e7], [-1e15], [1e12], [2.5], ['2'], [null]])('settings$ = { v: %s }: loads at once, keeps the valid choices, and rewrites the marker', async (version) => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { loadSettings } = await import('../../lib/settings');
    const { settingsItem } = await import('../../lib/storage/items');
    const { LATEST_SETTINGS_VERSION } = await import('../../lib/settings-migrations');
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { style: 'tint', hoverDelayMs: 100, highlightColor: 'teal' }, settings$: { v: version } });
    await settingsItem.migrate();
    // WXT's own runner built an array of every version in between (20 million steps for -2e7).
    const settings = await Promise.race([loadSettings(), new Promise((resolve) => setTimeout(() => resolve('timed out'), 2000))]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, style: 'tint', hoverDelayMs: 100, highlightColor: 'teal' });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: LATEST_SETTINGS_VERSION });
  });

  it('writes nothing back when the stored value is current and valid', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { settingsItem } = await import('../../lib/storage/items');
    const { LATEST_SETTINGS_VERSION } = await import('../../lib/settings-migrations');
    fakeBrowser.reset();
    const stored = { ...DEFAULT_SETTINGS, style: 'both' };
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: LATEST_SETTINGS_VERSION } });
    let writes = 0;
    fakeBrowser.storage.local.onChanged.addListener(() => writes++);
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(stored);
    expect(writes).toBe(0);
  });

  it('repairs a corrupted value in storage, not only in memory', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { settingsItem } = await import('../../lib/storage/items');
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { style: 'tint', pausedSites: 'all', hoverDelayMs: -1 }, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.local.get('settings'))['settings']).toEqual({ ...DEFAULT_SETTINGS, style: 'tint' });
  });
});
