/**
 * The settings in force: the user's own, with the organisation's policy on top. A locked policy
 * value always applies; an unlocked one is the organisation's default and applies until the user
 * changes that setting. The user's stored settings only ever hold the user's own choices (never a
 * policy value), so removing a policy gives each user back exactly what they had.
 *
 * "Changed by the user" is remembered per setting in `chosen` (and per site as `site:<host>`);
 * a stored value that differs from the shipped default also counts, for choices made before
 * any policy existed.
 */
import { DEFAULT_SETTINGS, isPausedHost, type Settings } from '../settings-model';
import type { ManagedMode, SettingPolicy, SettingsPolicy } from './policy-settings';

export interface SettingsView {
  readonly settings: Settings;
  /** Settings whose value in force comes from the policy, and how. */
  readonly managed: Partial<Record<keyof Settings, ManagedMode>>;
  /** Sites whose on/off state comes from the policy, by host. */
  readonly sites: Readonly<Record<string, ManagedMode>>;
  /** Policies that were ignored, with the reason. */
  readonly problems: readonly string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const siteKey = (host: string) => `site:${host}`;

function isChosen(key: keyof Settings, stored: Settings, chosen: readonly string[]): boolean {
  return chosen.includes(key) || !same(stored[key], DEFAULT_SETTINGS[key]);
}

/** Paused hosts with `host` switched on (it, and any subdomain of it, unpaused) or off. */
function withSite(paused: readonly string[], host: string, on: boolean): string[] {
  if (on) return paused.filter((entry) => entry !== host && !entry.endsWith(`.${host}`));
  return isPausedHost({ ...DEFAULT_SETTINGS, pausedSites: paused }, host) ? [...paused] : [...paused, host];
}

export function applyPolicy(stored: Settings, chosen: readonly string[], policy: SettingsPolicy): SettingsView {
  const settings: Record<string, unknown> = { ...stored };
  const managed: Partial<Record<keyof Settings, ManagedMode>> = {};
  for (const [key, mode] of Object.entries(policy.modes) as [SettingPolicy, ManagedMode][]) {
    if (mode === 'default' && isChosen(key, stored, chosen)) continue;
    settings[key] = policy.values[key];
    managed[key] = mode;
  }
  let paused: string[] = [...stored.pausedSites];
  const sites: Record<string, ManagedMode> = {};
  for (const site of policy.sites) {
    if (site.mode === 'default' && chosen.includes(siteKey(site.host))) continue;
    paused = withSite(paused, site.host, site.on);
    sites[site.host] = site.mode;
  }
  settings.pausedSites = paused;
  return { settings: settings as unknown as Settings, managed, sites, problems: policy.problems };
}

/**
 * What to store after the user asks for `change` (computed from `before`, the settings in force):
 * locked settings and sites are left alone; every other setting the change really alters is
 * stored and remembered as the user's own choice.
 */
export function userLayerAfterChange(
  stored: Settings,
  chosen: readonly string[],
  policy: SettingsPolicy,
  before: SettingsView,
  change: Partial<Settings>,
): { readonly stored: Settings; readonly chosen: readonly string[] } {
  const next: Record<string, unknown> = { ...stored };
  const picked = new Set(chosen);
  for (const [key, value] of Object.entries(change) as [keyof Settings, unknown][]) {
    if (key === 'pausedSites' || value === undefined) continue;
    if (before.managed[key] === 'locked' || same(value, before.settings[key])) continue;
    next[key] = value;
    picked.add(key);
  }
  if (change.pausedSites !== undefined) {
    const after = { ...DEFAULT_SETTINGS, pausedSites: change.pausedSites };
    let paused = [...change.pausedSites];
    for (const site of policy.sites) {
      const wasPaused = isPausedHost(before.settings, site.host);
      // Locked: the policy's state stays whatever the change says; the site is left out of the user's list.
      if (site.mode === 'default' && wasPaused !== isPausedHost(after, site.host)) picked.add(siteKey(site.host));
      const forced = site.mode === 'locked' || !picked.has(siteKey(site.host));
      if (forced && !site.on) paused = paused.filter((entry) => entry !== site.host);
      if (forced && site.on && !stored.pausedSites.includes(site.host)) paused = paused.filter((entry) => entry !== site.host);
    }
    next.pausedSites = paused;
  }
  return { stored: next as unknown as Settings, chosen: [...picked] };
}
