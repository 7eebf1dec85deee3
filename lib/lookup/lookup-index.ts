/**
 * The glossary lookup's index, built once (at build time for the shipped glossary, at run time for
 * the user's and the team's few terms) and loaded in pieces: one shard per first character of a
 * word, so typing "kub" loads the "k" shard only. The whole vocabulary, for typo tolerance, is a
 * separate piece loaded only when a word has no exact or prefix match.
 */
import { foldForSearch } from './normalize';

export const LOOKUP_FORMAT = 1;

/** Which field of a term a word or key came from: the better the field, the lower the number. */
export const Field = { Name: 0, Alias: 1, Acronym: 2, TypicalTitle: 3, RelatedTitle: 4 } as const;
export type Field = (typeof Field)[keyof typeof Field];

/** How much a hit in each field counts, by Field. */
export const FIELD_WEIGHT: readonly number[] = [4, 3, 3, 1.5, 1];

export interface LookupShard {
  /** Vocabulary words that start with this shard's character, sorted. */
  readonly words: readonly string[];
  /** Per word (same order): flat pairs [term, field, term, field, …], each term once with its best field. */
  readonly postings: readonly (readonly number[])[];
  /** Whole folded names, aliases, acronyms and titles that start with this character, sorted by key. */
  readonly keys: readonly (readonly [key: string, term: number, field: Field])[];
}

export interface LookupIndex {
  readonly format: typeof LOOKUP_FORMAT;
  readonly shards: Readonly<Record<string, LookupShard>>;
  /** Every vocabulary word, sorted: what typo tolerance searches. */
  readonly vocabulary: readonly string[];
}

/** What the index needs of a term. */
export interface LookupTerm {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronyms: readonly string[];
  readonly typicalTitle?: string | undefined;
  readonly relatedTitles?: readonly string[] | undefined;
}

/** The shard a word or key lives in: its first character if a-z or 0-9, else "_". */
export function shardOf(word: string): string {
  const first = word.charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** Splits folded text into words, keeping the symbols that make C++, C#, .NET and CI/CD what they are. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}.#+]+|[^\p{L}\p{N}#+]+$/gu;
const WORD_EDGE = /^[\p{L}\p{N}.#+]$/u;

export function searchWords(folded: string): string[] {
  const words: string[] = [];
  for (const raw of folded.split(/[\s,;:()"!?]+/)) {
    // Most words need no trimming; checking both ends first avoids a regex replace per word.
    const clean = WORD_EDGE.test(raw.charAt(0)) && WORD_EDGE.test(raw.charAt(raw.length - 1)) && raw.charAt(raw.length - 1) !== '.' ? raw : raw.replace(EDGE_PUNCTUATION, '');
    if (clean !== '') words.push(clean);
  }
  return words;
}

/** Every (folded text, field) of a term, best field first. */
export function termFields(term: LookupTerm): [string, Field][] {
  return [
    [foldForSearch(term.name), Field.Name],
    ...term.aliases.map((alias): [string, Field] => [foldForSearch(alias), Field.Alias]),
    ...term.acronyms.map((acronym): [string, Field] => [foldForSearch(acronym), Field.Acronym]),
    ...(term.typicalTitle ? [[foldForSearch(term.typicalTitle), Field.TypicalTitle] as [string, Field]] : []),
    ...(term.relatedTitles ?? []).map((title): [string, Field] => [foldForSearch(title), Field.RelatedTitle]),
  ];
}

export function buildLookupIndex(terms: readonly LookupTerm[]): LookupIndex {
  // word → term → best (lowest) field
  const postings = new Map<string, Map<number, Field>>();
  const keys: [string, number, Field][] = [];
  terms.forEach((term, index) => {
    const seenKeys = new Set<string>();
    for (const [text, field] of termFields(term)) {
      if (text === '') continue;
      if (!seenKeys.has(text)) {
        seenKeys.add(text);
        keys.push([text, index, field]);
      }
      for (const word of searchWords(text)) {
        let byTerm = postings.get(word);
        if (!byTerm) postings.set(word, (byTerm = new Map()));
        const best = byTerm.get(index);
        if (best === undefined || field < best) byTerm.set(index, field);
      }
    }
  });
  const vocabulary = [...postings.keys()].sort();
  const shards: Record<string, { words: string[]; postings: number[][]; keys: [string, number, Field][] }> = {};
  const shard = (key: string) => (shards[key] ??= { words: [], postings: [], keys: [] });
  for (const word of vocabulary) {
    const target = shard(shardOf(word));
    target.words.push(word);
    target.postings.push([...postings.get(word)!].flatMap(([term, field]) => [term, field]));
  }
  keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  for (const entry of keys) shard(shardOf(entry[0])).keys.push(entry);
  return { format: LOOKUP_FORMAT, shards, vocabulary };
}
