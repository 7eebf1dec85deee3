/** Issue 15: what an organisation's policy does to the settings in force. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PLATFORMS } from '../../../lib/boolean/platforms';
import { applyPolicy, userLayerAfterChange } from '../../../lib/policy/effective-settings';
import { MANAGED_SCHEMA } from '../../../lib/policy/managed-schema';
import { POLICY_HIGHLIGHT_COLORS, POLICY_NAMES, POLICY_PLATFORM_IDS } from '../../../lib/policy/policy-names';
import { NO_POLICY, readSettingsPolicy, SETTING_POLICIES } from '../../../lib/policy/policy-settings';
import { DEFAULT_SETTINGS, HIGHLIGHT_COLORS, loadSettings, loadSettingsView, updateSettings, watchSettings, type Settings } from '../../../lib/settings';
import { settingsItem } from '../../../lib/storage/items';

const policy = (raw: Record<string, unknown>) => readSettingsPolicy(raw);
const view = (stored: Partial<Settings>, raw: Record<string, unknown>, chosen: string[] = []) => applyPolicy({ ...DEFAULT_SETTINGS, ...stored }, chosen, policy(raw));

describe('the managed schema', () => {
  it('names every policy the extension reads, and each is { value, locked }', () => {
    expect([...POLICY_NAMES].sort()).toEqual([...SETTING_POLICIES, 'sites', 'teamGlossary'].sort());
    expect(Object.keys(MANAGED_SCHEMA.properties).sort()).toEqual([...POLICY_NAMES].sort());
    for (const name of POLICY_NAMES) expect(Object.keys(MANAGED_SCHEMA.properties[name].properties as object)).toEqual(['value', 'locked']);
  });

  it('offers exactly the platforms and colours the extension has', () => {
    expect([...POLICY_PLATFORM_IDS].sort()).toEqual(PLATFORMS.map((platform) => platform.id).sort());
    expect(POLICY_HIGHLIGHT_COLORS).toEqual(HIGHLIGHT_COLORS);
  });
});

describe('reading the settings policy', () => {
  it('reads each policy as a default or locked value', () => {
    const read = policy({ style: { value: 'tint', locked: true }, defaultPlatform: { value: 'github' }, industries: { value: ['sales', 'all'], locked: false } });
    expect(read.values).toEqual({ style: 'tint', defaultPlatform: 'github', industries: 'all' });
    expect(read.modes).toEqual({ style: 'locked', defaultPlatform: 'default', industries: 'default' });
    expect(read.problems).toEqual([]);
  });

  it.each([
    [{ style: { value: 'wavy', locked: true } }, 'policy › style › value: must be one of "underline", "tint", "both"'],
    [{ hoverDelayMs: { value: 99999 } }, 'policy › hoverDelayMs › value: must be a whole number from 0 to 3000'],
    [{ highlighting: 'yes' }, 'policy › highlighting: must be an object like { "value": …, "locked": true }'],
    [{ highlighting: { locked: true } }, 'policy › highlighting › value: is missing'],
    [{ highlighting: { value: true, locked: 'yes' } }, 'policy › highlighting › locked: must be true or false'],
    [{ highlighting: { value: true, lock: true } }, 'policy › highlighting › lock: is not a known field (a policy has "value" and "locked")'],
    [{ highlightColour: { value: 'teal' } }, 'policy › highlightColour: is not a known policy (check its spelling)'],
    [{ defaultExclude: { value: ['intern', 'a\u200b'] } }, 'policy › defaultExclude › value: item 2 contains an invisible or control character (U+200B) at character 2; remove it'],
    [{ defaultExclude: { value: ['<img src=x onerror=alert(1)>'] } }, 'policy › defaultExclude › value: item 1 contains "<" or ">"; write plain words'],
    [{ mutedTerms: { value: ['Six Sigma'] } }, 'policy › mutedTerms › value: "Six Sigma" is not a term id (kebab-case, like "six-sigma")'],
    [{ sites: { value: { 'Indeed.com': false } } }, 'policy › sites › value: "Indeed.com" is not a host name (lowercase, like "indeed.com")'],
    [{ defaultPlatform: { value: 'myspace' } }, expect.stringContaining('policy › defaultPlatform › value: must be one of "linkedin"')],
  ])('ignores a bad policy as a whole, with the reason: %j', (raw, problem) => {
    const read = policy(raw);
    expect(read.problems).toEqual([problem]);
    expect(read.values).toEqual({});
    expect(read.sites).toEqual([]);
  });

  it('keeps the good policies beside a bad one', () => {
    const read = policy({ style: { value: 'wavy' }, highlightColor: { value: 'teal', locked: true } });
    expect(read.values).toEqual({ highlightColor: 'teal' });
    expect(read.problems).toHaveLength(1);
  });
});

describe('the settings in force', () => {
  it('applies a locked value over the user\'s own choice', () => {
    const result = view({ highlightColor: 'rose' }, { highlightColor: { value: 'teal', locked: true } }, ['highlightColor']);
    expect(result.settings.highlightColor).toBe('teal');
    expect(result.managed).toEqual({ highlightColor: 'locked' });
  });

  it('applies a default only until the user changes that setting', () => {
    expect(view({}, { style: { value: 'tint' } }).settings.style).toBe('tint');
    expect(view({}, { style: { value: 'tint' } }).managed).toEqual({ style: 'default' });
    // Chosen explicitly, even when it is the shipped default.
    const mine = view({ style: 'underline' }, { style: { value: 'tint' } }, ['style']);
    expect(mine.settings.style).toBe('underline');
    expect(mine.managed).toEqual({});
    // Chosen before any policy existed (differs from the shipped default).
    expect(view({ style: 'both' }, { style: { value: 'tint' } }).settings.style).toBe('both');
  });

  it('switches sites on or off, a host covering its subdomains', () => {
    const result = view({ pausedSites: ['www.linkedin.com', 'dice.com'] }, { sites: { value: { 'linkedin.com': true, 'indeed.com': false }, locked: true } });
    expect(result.settings.pausedSites).toEqual(['dice.com', 'indeed.com']);
    expect(result.sites).toEqual({ 'linkedin.com': 'locked', 'indeed.com': 'locked' });
  });

  it('shows what was ignored, and changes nothing the user had', () => {
    const result = view({ style: 'both' }, { style: { value: 'wavy', locked: true } });
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, style: 'both' });
    expect(result.problems).toEqual(['policy › style › value: must be one of "underline", "tint", "both"']);
  });
});

describe('changing settings under a policy', () => {
  const raw = { style: { value: 'tint' }, highlightColor: { value: 'teal', locked: true }, sites: { value: { 'indeed.com': false } } };

  it('never stores a policy value, and leaves locked settings alone', () => {
    const stored = DEFAULT_SETTINGS;
    const before = applyPolicy(stored, [], policy(raw));
    const after = userLayerAfterChange(stored, [], policy(raw), before, { highlightColor: 'rose', hoverCard: false });
    expect(after.stored).toEqual({ ...DEFAULT_SETTINGS, hoverCard: false });
    expect(after.chosen).toEqual(['hoverCard']);
  });

  it('remembers a site the user switched back on, against a default', () => {
    const before = applyPolicy(DEFAULT_SETTINGS, [], policy(raw));
    expect(before.settings.pausedSites).toEqual(['indeed.com']);
    const after = userLayerAfterChange(DEFAULT_SETTINGS, [], policy(raw), before, { pausedSites: [] });
    expect(after.chosen).toEqual(['site:indeed.com']);
    expect(applyPolicy(after.stored, after.chosen, policy(raw)).settings.pausedSites).toEqual([]);
  });

  it('keeps policy-off sites out of the user\'s own list when they pause another site', () => {
    const before = applyPolicy(DEFAULT_SETTINGS, [], policy(raw));
    const after = userLayerAfterChange(DEFAULT_SETTINGS, [], policy(raw), before, { pausedSites: ['indeed.com', 'dice.com'] });
    expect(after.stored.pausedSites).toEqual(['dice.com']);
    expect(applyPolicy(after.stored, after.chosen, NO_POLICY).settings.pausedSites).toEqual(['dice.com']);
  });
});

describe('settings storage with a policy in the managed area', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads, updates and watches the settings in force', async () => {
    await fakeBrowser.storage.managed.set({ highlightColor: { value: 'teal', locked: true }, style: { value: 'tint' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightColor: 'teal', style: 'tint' });
    expect((await loadSettingsView()).managed).toEqual({ highlightColor: 'locked', style: 'default' });

    await updateSettings(() => ({ highlightColor: 'rose', style: 'underline' }));
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightColor: 'teal', style: 'underline' });
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);

    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    // The administrator removes the policy: the user's own choices are all there.
    await fakeBrowser.storage.managed.clear();
    await new Promise((done) => setTimeout(done, 20));
    unwatch();
    expect(seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, style: 'underline' });
  });

  it('reads no policy when the browser has none (Firefox rejects the read)', async () => {
    const spy = fakeBrowser.storage.managed.get;
    fakeBrowser.storage.managed.get = (() => Promise.reject(new Error('Managed storage manifest not found'))) as typeof spy;
    try {
      expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    } finally {
      fakeBrowser.storage.managed.get = spy;
    }
  });
});
