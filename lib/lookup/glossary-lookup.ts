/**
 * Typo-tolerant glossary lookup for the popup, the side panel and "Explain this".
 *
 * The index (lookup-index.ts) maps each vocabulary word to the terms it appears in, by field, and
 * lives in shards by first character, so a query loads only what its words need. Each query word
 * is matched exactly, as a prefix (the word being typed) or, when neither finds anything,
 * fuzzily against the whole vocabulary (typos); terms score by how well every query word hits
 * their fields. Results are then ranked so what the user typed exactly always wins: an exact
 * name, alias or acronym first, then names that start with the query ("six sigma" → Six Sigma
 * before Lean Six Sigma), then exact titles, then the rest by score.
 *
 * Several indexes answer as one (the shipped glossary, the user's and the team's terms), each
 * numbering its terms from its own offset.
 */
import Fuse from 'fuse.js';
import { buildLookupIndex, Field, FIELD_WEIGHT, searchWords, shardOf, type LookupIndex, type LookupShard, type LookupTerm } from './lookup-index';
import { foldForSearch } from './normalize';
import { compareNames } from '../compare-names';

export { searchWords } from './lookup-index';

export type MatchedOn = 'name' | 'alias' | 'acronym' | 'title' | 'fuzzy';

export interface LookupHit {
  /** Term number across every source. */
  readonly term: number;
  /** Which field made it a hit, e.g. to explain a title match under a result. */
  readonly matchedOn: MatchedOn;
}

export interface GlossaryLookup {
  find(query: string, limit?: number): Promise<LookupHit[]>;
}

type MaybePromise<T> = T | Promise<T>;

/** One index, as the lookup reads it: shards and the vocabulary, loaded when needed. */
export interface LookupSource {
  /** Added to this source's own term numbers. */
  readonly offset: number;
  shard(key: string): MaybePromise<LookupShard | undefined>;
  vocabulary(): MaybePromise<readonly string[]>;
}

export function inMemorySource(index: LookupIndex, offset = 0): LookupSource {
  return { offset, shard: (key) => index.shards[key], vocabulary: () => index.vocabulary };
}

const MAX_WEIGHT = FIELD_WEIGHT[Field.Name]!;
const FUZZY_THRESHOLD = 0.34;
/** Fuzzy searches remembered per source: enough for the words of a few queries being typed. */
const FUZZY_CACHE_SIZE = 64;
/** Queries shorter than this many characters match names, aliases, acronyms and titles by their start only. */
const SHORT_QUERY = 3;

/** Ranking tiers: lower is better. */
const Tier = { ExactName: 0, ExactAliasOrAcronym: 1, NamePrefix: 2, ExactTitle: 3, Scored: 4 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

const isTitle = (field: Field) => field === Field.TypicalTitle || field === Field.RelatedTitle;

/** First index in a sorted list whose value is >= `value`. */
function lowerBound<T>(items: readonly T[], value: string, key: (item: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const word = (w: string) => w;
const entryKey = (entry: readonly [string, number, Field]) => entry[0];

/** Per source: its loaded shards and, once needed, a fuse index over its vocabulary. */
class SourceReader {
  private readonly shards = new Map<string, Promise<LookupShard | undefined>>();
  private fuse: Promise<Fuse<string>> | undefined;
  private readonly fuzzyResults = new Map<string, Promise<readonly { item: string; score?: number }[]>>();

  constructor(readonly source: LookupSource) {}

  shard(key: string): Promise<LookupShard | undefined> {
    let loaded = this.shards.get(key);
    if (!loaded) this.shards.set(key, (loaded = Promise.resolve(this.source.shard(key))));
    return loaded;
  }

  fuzzy(queryWord: string): Promise<readonly { item: string; score?: number }[]> {
    this.fuse ??= Promise.resolve(this.source.vocabulary()).then(
      (vocabulary) => new Fuse([...vocabulary], { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: true, shouldSort: false }),
    );
    // Each keystroke searches every word of the query again: "acton l", "acton le", "acton ler"
    // would run the same fuzzy search for "acton" (tens of ms at 10,000 terms) every time.
    let found = this.fuzzyResults.get(queryWord);
    if (!found) {
      if (this.fuzzyResults.size >= FUZZY_CACHE_SIZE) this.fuzzyResults.clear();
      found = this.fuse.then((fuse) => fuse.search(queryWord));
      this.fuzzyResults.set(queryWord, found);
    }
    return found;
  }
}

interface TermScore {
  total: number;
  words: number;
  /** Whether every query word hit this term through a title only. */
  titlesOnly: boolean;
}

export function createGlossaryLookup(sources: readonly LookupSource[], nameOf: (term: number) => string | undefined): GlossaryLookup {
  const readers = sources.map((source) => new SourceReader(source));

  /** Term number → best value of one query word, over every source. */
  async function hitsFor(queryWord: string, typing: boolean): Promise<Map<number, { value: number; field: Field }>> {
    const best = new Map<number, { value: number; field: Field }>();
    const keep = (term: number, quality: number, field: Field) => {
      const value = (quality * FIELD_WEIGHT[field]!) / MAX_WEIGHT;
      const current = best.get(term);
      if (!current || current.value < value) best.set(term, { value, field });
    };
    const post = (reader: SourceReader, shard: LookupShard, index: number, quality: number) => {
      const list = shard.postings[index]!;
      for (let i = 0; i < list.length; i += 2) keep(list[i]! + reader.source.offset, quality, list[i + 1] as Field);
    };
    let found = false;
    await Promise.all(
      readers.map(async (reader) => {
        const shard = await reader.shard(shardOf(queryWord));
        if (!shard) return;
        const first = lowerBound(shard.words, queryWord, word);
        for (let i = first; i < shard.words.length && shard.words[i]!.startsWith(queryWord); i++) {
          found = true;
          post(reader, shard, i, shard.words[i] === queryWord ? 1 : typing ? 0.9 : 0.75);
        }
      }),
    );
    if (found || queryWord.length < 3) return best;
    // No word starts like this one: a typo. Search the whole vocabulary, then the shards of what it finds.
    await Promise.all(
      readers.map(async (reader) => {
        for (const result of await reader.fuzzy(queryWord)) {
          const shard = await reader.shard(shardOf(result.item));
          const index = shard ? lowerBound(shard.words, result.item, word) : -1;
          if (shard && shard.words[index] === result.item) post(reader, shard, index, 0.7 * (1 - (result.score ?? FUZZY_THRESHOLD)));
        }
      }),
    );
    return best;
  }

  /** The best tier each term reaches for the whole query: exact keys and name prefixes. */
  async function tiersFor(folded: string, anyPrefix = false): Promise<Map<number, { tier: Tier; field: Field }>> {
    const tiers = new Map<number, { tier: Tier; field: Field }>();
    const keep = (term: number, tier: Tier, field: Field) => {
      const current = tiers.get(term);
      if (!current || tier < current.tier) tiers.set(term, { tier, field });
    };
    await Promise.all(
      readers.map(async (reader) => {
        const shard = await reader.shard(shardOf(folded));
        if (!shard) return;
        for (let i = lowerBound(shard.keys, folded, entryKey); i < shard.keys.length && shard.keys[i]![0].startsWith(folded); i++) {
          const [key, local, field] = shard.keys[i]!;
          const term = local + reader.source.offset;
          if (key === folded) keep(term, field === Field.Name ? Tier.ExactName : isTitle(field) ? Tier.ExactTitle : Tier.ExactAliasOrAcronym, field);
          else if (field === Field.Name) keep(term, Tier.NamePrefix, field);
          // "ls" on the way to "LSS": the start of an acronym, alias or title, after names.
          else if (anyPrefix) keep(term, Tier.Scored, field);
        }
      }),
    );
    return tiers;
  }

  /**
   * One or two characters ("a", "hr"): what starts with them or is exactly them, names first.
   * Scoring every word that starts with "a" touched most of a 10,000-term glossary per keystroke;
   * a query this short asks for names and acronyms, not for words inside them.
   */
  async function shortQuery(folded: string, limit: number): Promise<LookupHit[]> {
    const tiers = await tiersFor(folded, true);
    const candidates = [...tiers].flatMap(([term, reached]) => {
      const name = nameOf(term);
      return name === undefined ? [] : [{ term, name, reached }];
    });
    return topByName(candidates, limit, (a, b) => a.reached.tier - b.reached.tier || a.name.length - b.name.length).map(({ term, reached }) => ({ term, matchedOn: matchedOn(reached, false) }));
  }

  return {
    async find(query, limit = 50) {
      const folded = foldForSearch(query);
      const words = searchWords(folded);
      if (words.length === 0) return [];
      const trimmed = folded.trim();
      if (trimmed.length < SHORT_QUERY) return shortQuery(trimmed, limit);
      const typingLast = !/\s$/.test(query);

      const [perWord, tiers] = await Promise.all([Promise.all(words.map((w, i) => hitsFor(w, typingLast && i === words.length - 1))), tiersFor(folded)]);
      // A term must be hit by (nearly) every query word.
      const scores = new Map<number, TermScore>();
      for (const hits of perWord) {
        for (const [term, { value, field }] of hits) {
          const score = scores.get(term) ?? { total: 0, words: 0, titlesOnly: true };
          score.total += value;
          score.words += 1;
          score.titlesOnly &&= isTitle(field);
          scores.set(term, score);
        }
      }
      const required = Math.max(1, words.length - (words.length >= 3 ? 1 : 0));
      const ranked = [...scores]
        .flatMap(([term, score]) => {
          const name = nameOf(term);
          if (score.words < required || name === undefined) return [];
          const reached = tiers.get(term);
          return [{ term, name, tier: reached?.tier ?? Tier.Scored, score: score.total / words.length, titlesOnly: score.titlesOnly, reached }];
        });
      return topByName(ranked, limit, (a, b) => a.tier - b.tier || b.score - a.score || a.name.length - b.name.length)
        .map(({ term, titlesOnly, reached }): LookupHit => ({ term, matchedOn: matchedOn(reached, titlesOnly) }));
    },
  };
}

/**
 * The first `limit` items by `order`, ties broken by name. Names are compared only where they
 * decide what is shown: a short query reaches thousands of terms, and comparing all their names
 * cost ~50 ms a keystroke at 10,000 terms.
 */
function topByName<T extends { readonly name: string }>(items: T[], limit: number, order: (a: T, b: T) => number): T[] {
  items.sort(order);
  let end = Math.min(limit, items.length);
  const last = items[end - 1];
  while (last && end < items.length && order(items[end]!, last) === 0) end++;
  return items
    .slice(0, end)
    .sort((a, b) => order(a, b) || compareNames(a.name, b.name))
    .slice(0, limit);
}

function matchedOn(reached: { tier: Tier; field: Field } | undefined, titlesOnly: boolean): MatchedOn {
  if (!reached) return titlesOnly ? 'title' : 'fuzzy';
  if (reached.tier === Tier.ExactName || reached.tier === Tier.NamePrefix) return 'name';
  if (reached.tier === Tier.ExactTitle || isTitle(reached.field)) return 'title';
  return reached.field === Field.Acronym ? 'acronym' : 'alias';
}

/** A lookup over terms held in memory (the user's own terms, tests): the index is built here. */
export function lookupOver<T extends LookupTerm>(terms: readonly T[]): GlossaryLookup & { readonly terms: readonly T[] } {
  const lookup = createGlossaryLookup([inMemorySource(buildLookupIndex(terms))], (term) => terms[term]?.name);
  return { ...lookup, terms };
}
