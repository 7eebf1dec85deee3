import { describe, expect, it } from 'vitest';
import { HighlightSet } from '../../../lib/page/highlight-set';
import type { FoundTerm } from '../../../lib/scan/found-terms';

const node = (data: string) => ({ data }) as unknown as Text;
const found = (term: number, ...nodes: Text[]): FoundTerm => ({ term, nodes, range: { term, nodes } as unknown as AbstractRange });

describe('highlight set', () => {
  it('registers every occurrence and counts per term', () => {
    const ranges = new Set<AbstractRange>();
    const set = new HighlightSet({ ranges, mode: 'every' });
    const [a, b] = [node('a'), node('b')];
    set.add(found(1, a));
    set.add(found(1, b));
    set.add(found(2, a, b));
    expect(ranges.size).toBe(0);
    set.flush();
    expect(ranges.size).toBe(3);
    expect(set.counts()).toEqual(new Map([[1, 2], [2, 1]]));
    expect(set.at(a)).toHaveLength(2);
  });

  it('forgets every occurrence touching changed nodes, including ones spanning several nodes', () => {
    const ranges = new Set<AbstractRange>();
    const set = new HighlightSet({ ranges, mode: 'every' });
    const [a, b, c] = [node('a'), node('b'), node('c')];
    set.add(found(1, a, b));
    set.add(found(2, c));
    set.flush();
    set.forgetNodes([b]);
    set.flush();
    expect(ranges.size).toBe(1);
    expect(set.at(a)).toEqual([]);
    expect(set.counts()).toEqual(new Map([[2, 1]]));
    expect(set.trackedNodes).toBe(1);
  });

  it('in "first" mode shows one occurrence per term and promotes the next when it goes', () => {
    const ranges = new Set<AbstractRange>();
    const set = new HighlightSet({ ranges, mode: 'first' });
    const [a, b] = [node('a'), node('b')];
    const first = found(1, a);
    const second = found(1, b);
    set.add(first);
    set.add(second);
    set.flush();
    expect([...ranges]).toEqual([first.range]);
    set.forgetNodes([a]);
    set.flush();
    expect([...ranges]).toEqual([second.range]);
    expect(set.isShown(second)).toBe(true);
  });

  it('reaches the registered ranges in batches: a range found and forgotten between flushes never does', () => {
    const ranges = new Set<AbstractRange>();
    const added: AbstractRange[] = [];
    const set = new HighlightSet({ ranges: { add: (r) => (added.push(r), ranges.add(r)), delete: (r) => ranges.delete(r), clear: () => ranges.clear() }, mode: 'every' });
    const [a, b] = [node('a'), node('b')];
    const kept = found(1, a);
    set.add(kept);
    set.add(found(2, b));
    set.forgetNodes([b]);
    expect(set.flushedSize).toBe(0);
    expect(set.unflushed).toBe(1);
    set.flush();
    expect(added).toEqual([kept.range]);
    expect(set.flushedSize).toBe(1);
    set.forgetNodes([a]);
    expect(set.flushedSize).toBe(1);
    set.flush();
    expect(ranges.size).toBe(0);
  });

  it('reading a block again changes only what changed: the same occurrences keep their ranges', () => {
    const log: string[] = [];
    const ranges = new Set<AbstractRange>();
    const set = new HighlightSet({ ranges: { add: (r) => (log.push('add'), ranges.add(r)), delete: (r) => (log.push('delete'), ranges.delete(r)), clear: () => ranges.clear() }, mode: 'every' });
    const [a, b] = [node('a'), node('b')];
    const at = (term: number, n: Text, start: number): FoundTerm => ({ term, nodes: [n], range: { startContainer: n, startOffset: start, endContainer: n, endOffset: start + 3 } as unknown as AbstractRange });
    set.replace([a, b], [at(1, a, 0), at(2, b, 4)]);
    set.flush();
    expect(log).toEqual(['add', 'add']);
    log.length = 0;
    set.replace([a, b], [at(1, a, 0), at(2, b, 4)]);
    set.flush();
    expect(log).toEqual([]);
    set.replace([a, b], [at(1, a, 0), at(3, b, 9)]);
    set.flush();
    expect(log).toEqual(['delete', 'add']);
    expect(set.counts()).toEqual(new Map([[1, 1], [3, 1]]));
  });

  it('forgets occurrences in text that left the page, pausing as it goes', () => {
    const ranges = new Set<AbstractRange>();
    const set = new HighlightSet({ ranges, mode: 'every' });
    const nodes = Array.from({ length: 1_000 }, (_, i) => node(String(i)));
    for (const [i, n] of nodes.entries()) set.add(found(i % 3, n));
    const gone = new Set(nodes.filter((_, i) => i % 2 === 0));
    const pauses = [...set.forgetDetached((n) => !gone.has(n), 100)].length;
    expect(pauses).toBe(10);
    expect(set.trackedNodes).toBe(500);
    expect(set.size).toBe(500);
  });

  it('switches mode in place and clears completely', () => {
    const ranges = new Set<AbstractRange>();
    const set = new HighlightSet({ ranges, mode: 'every' });
    set.add(found(1, node('a')));
    set.add(found(1, node('b')));
    set.setMode('first');
    expect(ranges.size).toBe(1);
    set.setMode('every');
    expect(ranges.size).toBe(2);
    set.clear();
    expect(ranges.size).toBe(0);
    expect(set.counts().size).toBe(0);
  });
});
