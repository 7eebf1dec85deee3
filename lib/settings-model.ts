/**
 * The user's settings as data: their shape, defaults and the repair every reader goes through, so
 * a corrupted or half-written value falls back to defaults field by field while the user's valid
 * choices are kept. No storage here: lib/settings.ts reads and writes, lib/settings-migrations.ts
 * upgrades old versions, and both import this module (never each other in a cycle).
 */
import type { OccurrenceMode } from './page/highlight-set';

export type HighlightStyle = 'underline' | 'tint' | 'both';

/** A small palette: each colour has ::highlight() rules in the manifest stylesheet (no styles added to pages). */
export const HIGHLIGHT_COLORS = ['indigo', 'teal', 'amber', 'rose', 'green'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

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
  readonly highlightColor: HighlightColor;
  /** Industry slugs to highlight, or every industry. */
  readonly industries: 'all' | readonly string[];
  /** The hover card's "Copy … search": platform id, X-ray country and NOT list. */
  readonly defaultPlatform: string;
  readonly defaultCountry: string;
  readonly defaultExclude: readonly string[];
  /** Term ids the user (or their organisation's policy) muted: never highlighted. */
  readonly mutedTerms: readonly string[];
  /**
   * Record each scan pass on the page's performance timeline (DevTools' Performance panel). Off by
   * default: those entries are visible to the page's own scripts, which could tell the extension is there.
   */
  readonly diagnostics: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  highlighting: true,
  style: 'underline',
  occurrences: 'every',
  pausedSites: [],
  userSites: [],
  hoverCard: true,
  hoverDelayMs: 300,
  highlightColor: 'indigo',
  industries: 'all',
  defaultPlatform: 'linkedin',
  defaultCountry: '',
  defaultExclude: [],
  mutedTerms: [],
  diagnostics: false,
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
    highlightColor: pick('highlightColor', (v) => (HIGHLIGHT_COLORS as readonly unknown[]).includes(v)),
    industries: pick('industries', (v) => v === 'all' || isStringList(v)),
    defaultPlatform: pick('defaultPlatform', (v) => typeof v === 'string' && v !== ''),
    defaultCountry: pick('defaultCountry', (v) => typeof v === 'string' && /^[a-z]{0,3}$/.test(v)),
    defaultExclude: pick('defaultExclude', isStringList),
    mutedTerms: pick('mutedTerms', isStringList),
    diagnostics: pick('diagnostics', (v) => typeof v === 'boolean'),
  };
}

/** Is the extension paused on this host (or a parent domain the user paused)? */
export function isPausedHost(settings: Settings, hostname: string): boolean {
  return settings.pausedSites.some((site) => hostname === site || hostname.endsWith(`.${site}`));
}
