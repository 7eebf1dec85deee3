/**
 * Choosing the sense of a form that means several things ("GCP", "AWS", "PLC"), from the text
 * around it. Deterministic and pure: the choice depends only on the block of text it sits in and
 * on the page's context (which industries its unambiguous terms come from), in this order:
 *
 *   1. cues in the same block (a sense's words and phrases, or other terms it names as cues);
 *      a "not a term here" reading can win only here, by its cues or by following a name;
 *   2. the industries of the unambiguous terms in the same block;
 *   3. the industries of the unambiguous terms on the whole page;
 *   4. the industries the user chose to highlight;
 *   5. the default sense (the matcher lists it first).
 *
 * Blocks are decided as they are read (tiers 1 and 2); what is left needs the page (tiers 3-5)
 * and is decided again whenever the page's context changes (`decideWithPage`).
 */
import { foldText, wordCharAt } from '../matcher/fold';
import type { TermMatch } from '../matcher/match';
import { EXACT_CUE, type SenseTable } from './table';

export type ChoiceTier = 'cue' | 'block' | 'page' | 'preferred' | 'default';

/** A match after choosing: the term to show (null: not a term here), and the other senses offered. */
export interface ChosenMatch {
  readonly start: number;
  readonly end: number;
  /** The chosen term number, or null when a "not a term here" reading won. */
  readonly term: number | null;
  /** Every sense of the form (term numbers, best first), when there is more than one. */
  readonly senses?: readonly number[];
  /** The senses still tied after the block, when the page must decide (tiers 3-5). */
  readonly pending?: readonly number[];
  readonly tier?: ChoiceTier;
}

/** Industry number → how many distinct unambiguous terms of it were found. */
export type IndustryTally = ReadonlyMap<number, number>;

/** Whole-word containment of a folded phrase in folded text. */
function hasPhrase(folded: string, phrase: string): boolean {
  for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
    if ((at === 0 || !wordCharAt(folded, at - 1)) && !wordCharAt(folded, at + phrase.length)) return true;
  }
  return false;
}

/** The form follows a capitalised word and ends the name ("Barclays PLC,", "Holdings PLC."). */
function followsName(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  if (i < 0 || i === start - 1) return false;
  let wordStart = i;
  while (wordStart > 0 && wordCharAt(text, wordStart - 1)) wordStart--;
  const first = text.charAt(wordStart);
  if (first === first.toLowerCase() || !wordCharAt(text, wordStart)) return false;
  const after = text.slice(end).match(/^\s*(\S?)/)?.[1] ?? '';
  return after === '' || /[,.;:()[\]]/.test(after);
}

function best<T>(items: readonly T[], score: (item: T) => number): T[] {
  let top = -Infinity;
  let winners: T[] = [];
  for (const item of items) {
    const value = score(item);
    if (value > top) {
      top = value;
      winners = [item];
    } else if (value === top) {
      winners.push(item);
    }
  }
  return top > 0 ? winners : [...items];
}

function tally(terms: Iterable<number>, table: SenseTable): Map<number, number> {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const industry = table.termIndustry[term];
    if (industry !== undefined) counts.set(industry, (counts.get(industry) ?? 0) + 1);
  }
  return counts;
}

/** The terms a block (or page) shows without any doubt: one sense and no reading (nothing had to be chosen). */
export function unambiguousTerms(matches: readonly ChosenMatch[]): Set<number> {
  const terms = new Set<number>();
  for (const match of matches) if (match.term !== null && match.tier === undefined && match.pending === undefined) terms.add(match.term);
  return terms;
}

/**
 * Tiers 1 and 2 for every match of one block. Matches that are still tied come back with
 * `pending` set and their default as `term`; `decideWithPage` settles them.
 */
export function chooseInBlock(text: string, matches: readonly TermMatch[], table: SenseTable): ChosenMatch[] {
  const needsChoice = (match: TermMatch) => match.senses !== undefined || [match.term].some((term) => table.readings[term] !== undefined);
  if (!matches.some(needsChoice)) return matches as readonly ChosenMatch[] as ChosenMatch[];

  const plain = new Set<number>();
  for (const match of matches) if (match.senses === undefined && table.readings[match.term] === undefined) plain.add(match.term);
  const blockIndustries = tally(plain, table);
  let folded: string | undefined;
  let exact: string | undefined;
  const cueCount = (cues: readonly string[] | undefined) => {
    if (!cues) return 0;
    let count = 0;
    for (const cue of cues) {
      if (cue.startsWith(EXACT_CUE)) {
        if (hasPhrase((exact ??= foldText(text, true)), cue.slice(EXACT_CUE.length))) count++;
      } else if (hasPhrase((folded ??= foldText(text, false)), cue)) {
        count++;
      }
    }
    return count;
  };

  return matches.map((match): ChosenMatch => {
    if (!needsChoice(match)) return match;
    const senses = match.senses ?? [match.term];
    const words = foldText(text.slice(match.start, match.end), false);
    // Readings of these words, from any sense that lists one; plurals ("PLCs") read like the form.
    const readings = senses.flatMap((term) => table.readings[term] ?? []).filter((reading) => words === reading.key || words === `${reading.key}s`);
    const base = match.senses ? { start: match.start, end: match.end, senses: match.senses } : { start: match.start, end: match.end };

    // Tier 1: cues in the block.
    const termScore = (term: number) => cueCount(table.cues[term]) + (table.cueTerms[term] ?? []).filter((cue) => plain.has(cue)).length;
    const readingScore = readings.map((reading) => cueCount(reading.cues) + (reading.afterName && followsName(text, match.start, match.end) ? 1 : 0));
    const termScores = senses.map(termScore);
    const topTerm = Math.max(...termScores);
    const topReading = readingScore.length > 0 ? Math.max(...readingScore) : 0;
    if (topReading > topTerm) return { ...base, term: null, tier: 'cue' };
    let tied = senses.filter((_, i) => termScores[i] === topTerm);
    if (topTerm > 0 && tied.length === 1) return { ...base, term: tied[0]!, tier: 'cue' };
    if (senses.length === 1) return { ...base, term: senses[0]!, tier: 'default' };

    // Tier 2: the industries of the block's unambiguous terms.
    tied = best(tied, (term) => blockIndustries.get(table.termIndustry[term] ?? -1) ?? 0);
    if (tied.length === 1) return { ...base, term: tied[0]!, tier: 'block' };
    return { ...base, term: tied[0]!, pending: tied };
  });
}

/**
 * Tiers 3-5 for a match the block left open: the page's industries, then the ones the user
 * highlights (empty: every industry), then the default (the first pending sense).
 */
export function decideWithPage(match: ChosenMatch, page: IndustryTally, table: SenseTable, preferred: ReadonlySet<number> = new Set()): ChosenMatch {
  if (!match.pending) return match;
  let tied = best(match.pending, (term) => page.get(table.termIndustry[term] ?? -1) ?? 0);
  if (tied.length === 1) return { ...match, term: tied[0]!, tier: 'page' };
  if (preferred.size > 0) {
    tied = best(tied, (term) => (preferred.has(table.termIndustry[term] ?? -1) ? 1 : 0));
    if (tied.length === 1) return { ...match, term: tied[0]!, tier: 'preferred' };
  }
  return { ...match, term: tied[0]!, tier: 'default' };
}

/** The page's context: industries of the distinct unambiguous terms found anywhere on it. */
export function pageTally(unambiguous: Iterable<number>, table: SenseTable): IndustryTally {
  return tally(unambiguous, table);
}

/** Blocks as a whole page: every block through tiers 1-2, then what is left through tiers 3-5. */
export function chooseOnPage(blocks: readonly { text: string; matches: readonly TermMatch[] }[], table: SenseTable, preferred?: ReadonlySet<number>): ChosenMatch[][] {
  const chosen = blocks.map((block) => chooseInBlock(block.text, block.matches, table));
  const page = pageTally(
    chosen.flatMap((matches) => [...unambiguousTerms(matches)]),
    table,
  );
  return chosen.map((matches) => matches.map((match) => decideWithPage(match, page, table, preferred)));
}
