/**
 * What the search builder remembers between popup opens: the last platform and choices, and a
 * short history of copied strings (local only, clearable).
 */
import { searchHistoryItem } from './storage/items';
import type { Mode } from './boolean/types';

export interface SearchPrefs {
  readonly platformId: string;
  readonly mode: Mode;
  /** LinkedIn country subdomain for X-ray searches, '' for all of linkedin.com. */
  readonly country: string;
  readonly location: string;
  readonly keyword: string;
  readonly exclude: readonly string[];
}

export const DEFAULT_SEARCH_PREFS: SearchPrefs = { platformId: 'linkedin', mode: 'strict', country: '', location: '', keyword: '', exclude: [] };

export function repairSearchPrefs(raw: unknown): SearchPrefs {
  const value = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const text = (key: 'platformId' | 'country' | 'location' | 'keyword') => (typeof value[key] === 'string' ? (value[key] as string) : DEFAULT_SEARCH_PREFS[key]);
  return {
    platformId: text('platformId') || DEFAULT_SEARCH_PREFS.platformId,
    mode: value.mode === 'broad' ? 'broad' : 'strict',
    country: text('country'),
    location: text('location'),
    keyword: text('keyword'),
    exclude: Array.isArray(value.exclude) ? value.exclude.filter((item): item is string => typeof item === 'string') : [],
  };
}


export interface CopiedSearch {
  readonly text: string;
  readonly platformLabel: string;
  /** What it searches for, e.g. "Six Sigma" or "Kaizen + SQL". */
  readonly subject: string;
  readonly copiedAt: number;
}

export const HISTORY_SIZE = 20;

/** Newest first, no exact repeats, at most HISTORY_SIZE. */
export function withCopied(history: readonly CopiedSearch[], entry: CopiedSearch): CopiedSearch[] {
  return [entry, ...history.filter((item) => item.text !== entry.text)].slice(0, HISTORY_SIZE);
}

export async function rememberCopied(entry: CopiedSearch): Promise<void> {
  const history = await searchHistoryItem.getValue();
  await searchHistoryItem.setValue(withCopied(Array.isArray(history) ? history : [], entry));
}
