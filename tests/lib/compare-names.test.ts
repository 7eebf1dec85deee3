import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byName, compareNames, mergeByName } from '../../lib/compare-names';

describe('compareNames', () => {
  it('orders English names ignoring case and accents', () => {
    expect(['beta', 'Alpha', 'ångström', 'Zeta'].sort(compareNames)).toEqual(['Alpha', 'ångström', 'beta', 'Zeta']);
  });

  it('byName breaks ties by code point, so the order does not depend on the input order', () => {
    const a = [{ name: 'scrum' }, { name: 'Scrum' }].sort(byName);
    const b = [{ name: 'Scrum' }, { name: 'scrum' }].sort(byName);
    expect(a).toEqual(b);
    expect(a.map((t) => t.name)).toEqual(['Scrum', 'scrum']);
  });

  it('sorts a 10,000-name list into order', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `Term ${(i * 7919) % 10_007}`);
    const sorted = [...names].sort(compareNames);
    expect(sorted).toHaveLength(10_000);
    for (let i = 1; i < sorted.length; i++) expect(compareNames(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
  });
});

describe('mergeByName', () => {
  it('gives what sorting both lists together gives', () => {
    const names = fc.array(fc.string({ maxLength: 6 }).map((name) => ({ name })), { maxLength: 30 });
    fc.assert(
      fc.property(names, names, (a, b) => {
        const sortedA = [...a].sort(byName);
        const sortedB = [...b].sort(byName);
        expect(mergeByName(sortedA, sortedB).map((t) => t.name)).toEqual([...a, ...b].sort(byName).map((t) => t.name));
      }),
    );
  });
});
