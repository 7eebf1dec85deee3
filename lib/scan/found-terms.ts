/** Turns matcher hits in a text run into ranges over the page's own text nodes. */
import type { Matcher } from '../matcher/match';
import { nodeIndexAt, type TextRun } from './text-runs';

export interface FoundTerm {
  /** Term number in the compiled matcher. */
  readonly term: number;
  readonly range: AbstractRange;
  /** Every text node the range touches (a phrase split across inline elements touches several). */
  readonly nodes: readonly Text[];
}

export type RangeFactory = (init: StaticRangeInit) => AbstractRange;

/** Static ranges cost the page nothing on its own DOM updates (live ranges are updated on every mutation). */
export const staticRange: RangeFactory = (init) => new StaticRange(init);

export function findTermsInRun(run: TextRun, matcher: Matcher, createRange: RangeFactory = staticRange): FoundTerm[] {
  const found: FoundTerm[] = [];
  for (const hit of matcher.match(run.text)) {
    const first = nodeIndexAt(run, hit.start);
    const last = nodeIndexAt(run, hit.end - 1);
    const startContainer = run.nodes[first]!;
    const endContainer = run.nodes[last]!;
    found.push({
      term: hit.term,
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
