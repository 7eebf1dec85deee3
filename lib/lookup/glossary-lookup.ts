/**
 * Typo-tolerant glossary search for the popup.
 *
 * Running fuse.js over every field of 2,000 terms costs tens of milliseconds a keystroke, so
 * fuse runs over the glossary's *vocabulary* instead (each distinct word once, a few thousand
 * short strings). Each query word is matched exactly, as a prefix (the word being typed) or
 * fuzzily (typos), and terms score by how well every query word hits their fields. Results are
 * then re-ranked so what the user typed exactly always wins: an exact name, alias or acronym
 * first, then names that start with the query ("six sigma" → Six Sigma before Lean Six Sigma).
 */
import Fuse from 'fuse.js';
import type { GlossaryTerm } from '../glossary/types';
import { foldForSearch } from './normalize';

type Field = 'name' | 'alias' | 'acronym' | 'title';

export interface LookupHit {
  readonly term: GlossaryTerm;
  /** Which field made it a hit, e.g. to explain a title match under a result. */
  readonly matchedOn: Field | 'fuzzy';
}

export interface GlossaryLookup {
  find(query: string, limit?: number): LookupHit[];
}

const WEIGHT = { name: 4, alias: 3, acronym: 3, typicalTitle: 1.5, relatedTitle: 1 } as const;
const MAX_WEIGHT = 4;
const FUZZY_THRESHOLD = 0.34;

/** Ranking tiers: lower is better. */
const Tier = { ExactName: 0, ExactAliasOrAcronym: 1, NamePrefix: 2, ExactTitle: 3, Scored: 4 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

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

interface IndexedTerm {
  readonly term: GlossaryTerm;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronyms: readonly string[];
  readonly titles: readonly string[];
}

export function createGlossaryLookup(terms: readonly GlossaryTerm[]): GlossaryLookup {
  const indexed: IndexedTerm[] = terms.map((term) => ({
    term,
    name: foldForSearch(term.name),
    aliases: term.aliases.map(foldForSearch),
    acronyms: term.acronyms.map(foldForSearch),
    titles: [term.typicalTitle, ...term.relatedTitles].map(foldForSearch),
  }));

  // word → (term index → best field weight that word has in that term)
  const postings = new Map<string, Map<number, number>>();
  const post = (text: string, termIndex: number, weight: number) => {
    for (const word of searchWords(text)) {
      let byTerm = postings.get(word);
      if (!byTerm) postings.set(word, (byTerm = new Map()));
      if ((byTerm.get(termIndex) ?? 0) < weight) byTerm.set(termIndex, weight);
    }
  };
  indexed.forEach((entry, i) => {
    post(entry.name, i, WEIGHT.name);
    entry.aliases.forEach((alias) => post(alias, i, WEIGHT.alias));
    entry.acronyms.forEach((acronym) => post(acronym, i, WEIGHT.acronym));
    entry.titles.forEach((title, t) => post(title, i, t === 0 ? WEIGHT.typicalTitle : WEIGHT.relatedTitle));
  });
  const vocabulary = [...postings.keys()].sort();
  const fuse = new Fuse(vocabulary, { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: true, shouldSort: false });

  // Typing repeats the same finished words on every keystroke: remember their matches.
  const wordCache = new Map<string, Map<string, number>>();

  /** Vocabulary words that a query word may mean, with a quality in (0, 1]. */
  function matchesFor(queryWord: string, typing: boolean): Map<string, number> {
    const key = `${typing ? '>' : '='}${queryWord}`;
    const cached = wordCache.get(key);
    if (cached) return cached;
    const found = new Map<string, number>();
    const keep = (word: string, quality: number) => {
      if ((found.get(word) ?? 0) < quality) found.set(word, quality);
    };
    if (postings.has(queryWord)) keep(queryWord, 1);
    // Prefixes: binary search to the first vocabulary word >= the query word.
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((vocabulary[mid] ?? '') < queryWord) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < vocabulary.length && vocabulary[i]!.startsWith(queryWord); i++) keep(vocabulary[i]!, typing ? 0.9 : 0.75);
    if (queryWord.length >= 3) {
      for (const result of fuse.search(queryWord)) keep(result.item, 0.7 * (1 - (result.score ?? FUZZY_THRESHOLD)));
    }
    if (wordCache.size > 500) wordCache.clear();
    wordCache.set(key, found);
    return found;
  }

  function tierOf(entry: IndexedTerm, folded: string): { tier: Tier; matchedOn: LookupHit['matchedOn'] } {
    if (entry.name === folded) return { tier: Tier.ExactName, matchedOn: 'name' };
    if (entry.aliases.includes(folded)) return { tier: Tier.ExactAliasOrAcronym, matchedOn: 'alias' };
    if (entry.acronyms.includes(folded)) return { tier: Tier.ExactAliasOrAcronym, matchedOn: 'acronym' };
    if (entry.name.startsWith(folded)) return { tier: Tier.NamePrefix, matchedOn: 'name' };
    if (entry.titles.includes(folded)) return { tier: Tier.ExactTitle, matchedOn: 'title' };
    return { tier: Tier.Scored, matchedOn: 'fuzzy' };
  }

  return {
    find(query, limit = 50) {
      const folded = foldForSearch(query);
      const words = searchWords(folded);
      if (words.length === 0) return [];
      const typingLast = !/\s$/.test(query);

      // For each query word, each term's best hit; a term must be hit by (nearly) every word.
      const scores = new Map<number, { total: number; words: number }>();
      words.forEach((word, w) => {
        const best = new Map<number, number>();
        for (const [vocabWord, quality] of matchesFor(word, typingLast && w === words.length - 1)) {
          for (const [termIndex, weight] of postings.get(vocabWord) ?? []) {
            const value = (quality * weight) / MAX_WEIGHT;
            if ((best.get(termIndex) ?? 0) < value) best.set(termIndex, value);
          }
        }
        for (const [termIndex, value] of best) {
          const score = scores.get(termIndex) ?? { total: 0, words: 0 };
          score.total += value;
          score.words += 1;
          scores.set(termIndex, score);
        }
      });
      const required = Math.max(1, words.length - (words.length >= 3 ? 1 : 0));

      return [...scores]
        .filter(([, score]) => score.words >= required)
        .map(([termIndex, score]) => {
          const entry = indexed[termIndex]!;
          return { entry, score: score.total / words.length, ...tierOf(entry, folded) };
        })
        .sort((a, b) => a.tier - b.tier || b.score - a.score || a.entry.name.length - b.entry.name.length || a.entry.name.localeCompare(b.entry.name))
        .slice(0, limit)
        .map(({ entry, matchedOn, tier }) => ({
          term: entry.term,
          matchedOn: tier === Tier.Scored && entry.titles.some((title) => title.includes(folded)) ? 'title' : matchedOn,
        }));
    },
  };
}
