/**
 * What the search builder remembers between popup opens: the last platform and choices, the words
 * the user added to terms (their own synonyms and titles), and a short history of copied strings
 * (local only, clearable).
 */
import type { Mode } from './boolean/types';
import { searchHistoryItem } from './storage/items';

/** The user's own words for one term (or one combined search), kept with it. */
export interface AddedWords {
  readonly forms: readonly string[];
  readonly titles: readonly string[];
}

export interface SearchPrefs {
  readonly platformId: string;
  readonly mode: Mode;
  /** LinkedIn country subdomain for X-ray searches, '' for all of linkedin.com. */
  readonly country: string;
  readonly location: string;
  /** The user's own words ANDed to the search: a phrase, a comma list, or boolean. */
  readonly keyword: string;
  /** Each entry a word, phrase or boolean to exclude. */
  readonly exclude: readonly string[];
  /** GitHub user search thresholds (0: any). */
  readonly minRepos: number;
  readonly minFollowers: number;
  /** Synonyms and titles the user added, by term id (several terms: their ids joined with "+"). */
  readonly added: Readonly<Record<string, AddedWords>>;
}

export const DEFAULT_SEARCH_PREFS: SearchPrefs = {
  platformId: 'linkedin',
  mode: 'strict',
  country: '',
  location: '',
  keyword: '',
  exclude: [],
  minRepos: 0,
  minFollowers: 0,
  added: {},
};

/** At most this many added words per list: enough for any search, small enough to keep storage tidy. */
const MAX_ADDED = 30;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').slice(0, MAX_ADDED) : [];

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(Math.floor(value), 100_000) : 0);

function repairAdded(raw: unknown): Record<string, AddedWords> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, AddedWords> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const entry = value as Record<string, unknown>;
    const words = { forms: strings(entry.forms), titles: strings(entry.titles) };
    if (words.forms.length > 0 || words.titles.length > 0) out[key] = words;
  }
  return out;
}

/** A stored value of any age or shape, field by field: what is valid is kept, the rest defaults. */
export function repairSearchPrefs(raw: unknown): SearchPrefs {
  const value = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const text = (key: 'platformId' | 'country' | 'location' | 'keyword') => (typeof value[key] === 'string' ? (value[key] as string) : DEFAULT_SEARCH_PREFS[key]);
  return {
    platformId: text('platformId') || DEFAULT_SEARCH_PREFS.platformId,
    mode: value.mode === 'broad' ? 'broad' : 'strict',
    country: text('country'),
    location: text('location'),
    keyword: text('keyword'),
    exclude: strings(value.exclude),
    minRepos: count(value.minRepos),
    minFollowers: count(value.minFollowers),
    added: repairAdded(value.added),
  };
}

/** The added words with one more (or one fewer) word; case-insensitive duplicates are not added twice. */
export function withAddedWord(added: Readonly<Record<string, AddedWords>>, key: string, list: keyof AddedWords, word: string, remove = false): Record<string, AddedWords> {
  const current = added[key] ?? { forms: [], titles: [] };
  const clean = word.trim();
  const others = current[list].filter((item) => item.toLocaleLowerCase() !== clean.toLocaleLowerCase());
  const next = remove || clean === '' ? others : [...others, clean].slice(-MAX_ADDED);
  const entry = { ...current, [list]: next };
  const rest = Object.fromEntries(Object.entries(added).filter(([other]) => other !== key));
  return entry.forms.length === 0 && entry.titles.length === 0 ? rest : { ...rest, [key]: entry };
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
