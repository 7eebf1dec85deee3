/**
 * The user's settings in storage: load, update and watch, always through `repairSettings`, and
 * with the organisation's policy applied (lib/policy/effective-settings.ts): every reader gets the
 * settings in force, and an update never changes a locked setting or stores a policy value.
 * The items themselves are defined with every other stored item in lib/storage/items.ts.
 */
import { applyPolicy, userLayerAfterChange, type SettingsView } from './policy/effective-settings';
import { readSettingsPolicy } from './policy/policy-settings';
import { stopAll } from './stop-all';
import { managedPolicyArea, saveSettingsLayers, settingsChosenItem, settingsItem } from './storage/items';
import { repairSettings, type Settings } from './settings-model';

export * from './settings-model';
export { migrateSettings } from './settings-migrations';
export type { SettingsView } from './policy/effective-settings';

const repairChosen = (raw: unknown): string[] => (Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : []);

async function readLayers() {
  const [raw, chosen, managed] = await Promise.all([settingsItem.getValue(), settingsChosenItem.getValue(), managedPolicyArea.get()]);
  return { stored: repairSettings(raw), chosen: repairChosen(chosen), policy: readSettingsPolicy(managed) };
}

/** The settings in force, with which of them the organisation set (for the options page). */
export async function loadSettingsView(): Promise<SettingsView> {
  const { stored, chosen, policy } = await readLayers();
  return applyPolicy(stored, chosen, policy);
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsView()).settings;
}

export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const { stored, chosen, policy } = await readLayers();
  const before = applyPolicy(stored, chosen, policy);
  const next = userLayerAfterChange(stored, chosen, policy, before, change(before.settings));
  await saveSettingsLayers(next.stored, next.chosen);
  return applyPolicy(next.stored, next.chosen, policy).settings;
}

/** Calls back with the settings in force whenever the user's settings or the organisation's policy change. */
export function watchSettingsView(callback: (view: SettingsView) => void): () => void {
  let latest = 0;
  const reload = () => {
    const ticket = ++latest;
    // A slower, older read must not overwrite a newer one.
    // After the extension is reloaded, an orphaned content script's reads reject: nothing to report then.
    loadSettingsView().then((view) => ticket === latest && callback(view), () => undefined);
  };
  const unwatch = [settingsItem.watch(reload), settingsChosenItem.watch(reload), managedPolicyArea.watch(reload)];
  return () => stopAll(unwatch);
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchSettingsView((view) => callback(view.settings));
}
