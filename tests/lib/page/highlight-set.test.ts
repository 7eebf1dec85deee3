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
    set.forgetNodes([b]);
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
    expect([...ranges]).toEqual([first.range]);
    set.forgetNodes([a]);
    expect([...ranges]).toEqual([second.range]);
    expect(set.isShown(second)).toBe(true);
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
