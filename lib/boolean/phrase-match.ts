/**
 * How a search engine matches a phrase: the phrase's words, in order, next to each other, anywhere in
 * the text, ignoring case. So a phrase finds every longer phrase that contains it ("Six Sigma" finds
 * "Six Sigma Green Belt"), which is what lets the builder drop the longer one from a string.
 *
 * Words are compared whole, symbols inside them included ("ASP.NET" does not contain ".NET"), except
 * on platforms that ignore symbols (GitHub), where "C++" is the word "c"; brackets and commas separate
 * words everywhere. Conservative on purpose: a form is only dropped where the shorter one certainly
 * finds it.
 */

/** Words of recent phrases: the planner compares the same few dozen phrases many times over. */
const WORDS_CACHE = new Map<string, readonly string[]>();
const CACHE_SIZE = 4000;

export function phraseWords(text: string, ignoresSymbols = false): readonly string[] {
  const key = `${ignoresSymbols ? '1' : '0'}${text}`;
  const known = WORDS_CACHE.get(key);
  if (known !== undefined) return known;
  const lower = text.normalize('NFC').toLocaleLowerCase();
  // Brackets and list punctuation separate words everywhere ("510(k)" is 510 k); symbols inside a word
  // (C++, Node.js, AT&T, K-12) keep it one word, except where the platform ignores symbols.
  const spaced = (ignoresSymbols ? lower.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ') : lower.replace(/[()[\]{},;!?|]+/g, ' '));
  const words = spaced.split(/\s+/).filter((word) => word !== '');
  if (WORDS_CACHE.size >= CACHE_SIZE) WORDS_CACHE.clear();
  WORDS_CACHE.set(key, words);
  return words;
}

/** Whether `inner`'s words appear in `outer`'s, in order and next to each other. */
export function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start += 1) {
    if (inner.every((word, offset) => outer[start + offset] === word)) return true;
  }
  return false;
}

export function containsPhrase(outer: string, inner: string, ignoresSymbols = false): boolean {
  return containsWords(phraseWords(outer, ignoresSymbols), phraseWords(inner, ignoresSymbols));
}

export interface Absorption<T> {
  /** The items to search, in their original order. */
  readonly kept: readonly T[];
  /** Each dropped item with the kept item that finds it. */
  readonly absorbed: readonly { readonly item: T; readonly by: T }[];
}

/**
 * Drops every item that a shorter kept item already finds. The shortest go first, so of "Six Sigma",
 * "Six Sigma Green Belt" and "Lean Six Sigma" only "Six Sigma" stays.
 */
export function absorb<T>(items: readonly T[], textOf: (item: T) => string, ignoresSymbols = false): Absorption<T> {
  if (items.length <= 1) return { kept: items, absorbed: [] };
  const words = new Map(items.map((item) => [item, phraseWords(textOf(item), ignoresSymbols)]));
  const byLength = [...items].sort((a, b) => (words.get(a)?.length ?? 0) - (words.get(b)?.length ?? 0));
  const keptList: T[] = [];
  const keptSet = new Set<T>();
  const absorbed: { item: T; by: T }[] = [];
  for (const item of byLength) {
    const mine = words.get(item) ?? [];
    const by = keptList.find((kept) => containsWords(mine, words.get(kept) ?? []));
    if (by === undefined) {
      keptList.push(item);
      keptSet.add(item);
    } else absorbed.push({ item, by });
  }
  return { kept: items.filter((item) => keptSet.has(item)), absorbed: items.flatMap((item) => absorbed.filter((entry) => entry.item === item)) };
}
