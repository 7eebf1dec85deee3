/**
 * The user's settings: one typed, versioned storage item. Every reader goes through
 * `repairSettings`, so a corrupted or half-written value falls back to defaults field by
 * field while the user's valid choices are kept.
 */
import { storage } from 'wxt/utils/storage';
import type { OccurrenceMode } from './page/highlight-set';

export type HighlightStyle = 'underline' | 'tint' | 'both';

export interface Settings {
  /** Highlight terms on pages at all. */
  readonly highlighting: boolean;
  readonly style: HighlightStyle;
  readonly occurrences: OccurrenceMode;
  /** Host names where the user paused Jargon Lens (built-in or their own). */
  readonly pausedSites: readonly string[];
  /** Origins the user enabled beyond the built-in sites, e.g. `https://jobs.example.com`. */
  readonly userSites: readonly string[];
  readonly hoverCard: boolean;
  readonly hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  highlighting: true,
  style: 'underline',
  occurrences: 'every',
  pausedSites: [],
  userSites: [],
  hoverCard: true,
  hoverDelayMs: 300,
};

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Keeps each stored field that is valid and replaces the rest with its default. */
export function repairSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const pick = <K extends keyof Settings>(key: K, valid: (v: unknown) => boolean): Settings[K] =>
    valid(value[key]) ? (value[key] as Settings[K]) : DEFAULT_SETTINGS[key];
  return {
    highlighting: pick('highlighting', (v) => typeof v === 'boolean'),
    style: pick('style', (v) => v === 'underline' || v === 'tint' || v === 'both'),
    occurrences: pick('occurrences', (v) => v === 'every' || v === 'first'),
    pausedSites: pick('pausedSites', isStringList),
    userSites: pick('userSites', isStringList),
    hoverCard: pick('hoverCard', (v) => typeof v === 'boolean'),
    hoverDelayMs: pick('hoverDelayMs', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 3000),
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

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

/** Is the extension paused on this host (or a parent domain the user paused)? */
export function isPausedHost(settings: Settings, hostname: string): boolean {
  return settings.pausedSites.some((site) => hostname === site || hostname.endsWith(`.${site}`));
}
