/**
 * Turns matcher hits in a text run into ranges over the page's own text nodes, after choosing the
 * sense of each form that has several (the run is the block the choice reads its cues from).
 */
import type { Matcher, TermMatch } from '../matcher/match';
import type { ChosenMatch, ChoiceTier } from '../senses/choose';
import { nodeIndexAt, type TextRun } from './text-runs';

export interface FoundTerm {
  /** Term number in the compiled matcher: the chosen sense. */
  readonly term: number;
  /** Every sense of the words, best first, when there are several (the card offers the others). */
  readonly senses?: readonly number[];
  /** Senses still tied after the block: the page's context decides between them. */
  readonly pending?: readonly number[];
  /** How the sense was chosen (absent when the words have one meaning). */
  readonly tier?: ChoiceTier;
  readonly range: AbstractRange;
  /** Every text node the range touches (a phrase split across inline elements touches several). */
  readonly nodes: readonly Text[];
}

export type RangeFactory = (init: StaticRangeInit) => AbstractRange;

/** Static ranges cost the page nothing on its own DOM updates (live ranges are updated on every mutation). */
export const staticRange: RangeFactory = (init) => new StaticRange(init);

/** Chooses senses for the hits of one block (tiers 1-2 of lib/senses/choose); none: every hit as found. */
export type BlockChooser = (text: string, hits: readonly TermMatch[]) => readonly ChosenMatch[];

export function findTermsInRun(run: TextRun, matcher: Matcher, createRange: RangeFactory = staticRange, choose?: BlockChooser): FoundTerm[] {
  const found: FoundTerm[] = [];
  const hits = matcher.match(run.text);
  for (const hit of choose && hits.length > 0 ? choose(run.text, hits) : (hits as readonly ChosenMatch[])) {
    // A "not a term here" reading won: nothing to highlight.
    if (hit.term === null) continue;
    const first = nodeIndexAt(run, hit.start);
    const last = nodeIndexAt(run, hit.end - 1);
    const startContainer = run.nodes[first]!;
    const endContainer = run.nodes[last]!;
    found.push({
      term: hit.term,
      ...(hit.senses ? { senses: hit.senses } : {}),
      ...(hit.pending ? { pending: hit.pending } : {}),
      ...(hit.tier ? { tier: hit.tier } : {}),
      range: createRange({
        startContainer,
        startOffset: hit.start - run.starts[first]!,
        endContainer,
        endOffset: hit.end - run.starts[last]!,
      }),
      nodes: run.nodes.slice(first, last + 1),
    });
  }
  return found;
}
