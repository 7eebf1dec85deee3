/**
 * The user's settings in storage: load, update and watch, always through `repairSettings`.
 * The item itself is defined with every other stored item in lib/storage/items.ts.
 */
import { settingsItem } from './storage/items';
import { repairSettings, type Settings } from './settings-model';

export * from './settings-model';
export { migrateSettings } from './settings-migrations';


export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = { ...current, ...change(current) };
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(repairSettings(value)));
}

