import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineStoredItem, setStoredItems, trustedVersion } from '../../../lib/storage/stored-item';

beforeEach(() => fakeBrowser.reset());

describe('a stored item', () => {
  it('reads its fallback until written, and removes its value when given null', async () => {
    const item = defineStoredItem<string | null>('local:probe', { fallback: null });
    expect(await item.getValue()).toBeNull();
    await item.setValue('x');
    expect(await item.getValue()).toBe('x');
    await item.setValue(null);
    expect(await fakeBrowser.storage.local.get('probe')).toEqual({});
  });

  it('tells its watchers each change, with the fallback for a removed value', async () => {
    const item = defineStoredItem<number[]>('local:probe', { fallback: [] });
    const seen: number[][] = [];
    const stop = item.watch((next) => seen.push(next));
    await item.setValue([1]);
    await item.setValue(null);
    await fakeBrowser.storage.local.set({ other: 1 });
    stop();
    await item.setValue([2]);
    expect(seen).toEqual([[1], []]);
  });

  it('migrates once, on first use, step by step, and records its version', async () => {
    await fakeBrowser.storage.local.set({ probe: { a: 1 }, probe$: { v: 1 } });
    const calls: number[] = [];
    const item = defineStoredItem<Record<string, number>>('local:probe', {
      fallback: {},
      version: 3,
      migrations: { 2: (old) => (calls.push(2), { ...(old as object), b: 2 }), 3: (old) => (calls.push(3), { ...(old as object), c: 3 }) },
    });
    expect(await item.getValue()).toEqual({ a: 1, b: 2, c: 3 });
    expect(await item.getValue()).toEqual({ a: 1, b: 2, c: 3 });
    expect(calls).toEqual([2, 3]);
    expect(await fakeBrowser.storage.local.get('probe$')).toEqual({ probe$: { v: 3 } });
  });

  it.each([[-2e7], [1e9], [2.5], ['2'], [null], [Number.NaN]])('treats a stored version of %j as 1 (steps only add): no loop, no freeze', async (version) => {
    await fakeBrowser.storage.local.set({ probe: { a: 1 }, probe$: { v: version } });
    const item = defineStoredItem<Record<string, number>>('local:probe', { fallback: {}, version: 2, migrations: { 2: (old) => ({ b: 2, ...(old as object) }) } });
    expect(await item.getValue()).toEqual({ b: 2, a: 1 });
  });

  it('writes two items of an area together, each with its version', async () => {
    const a = defineStoredItem<string>('local:a', { fallback: '', version: 2, migrations: { 2: (old) => old } });
    const b = defineStoredItem<string[]>('local:b', { fallback: [] });
    let writes = 0;
    fakeBrowser.storage.onChanged.addListener(() => writes++);
    await setStoredItems([{ item: a, value: 'x' }, { item: b, value: ['y'] }]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ a: 'x', a$: { v: 2 }, b: ['y'] });
    expect(writes).toBe(1);
  });

  it('trusts a stored version only as a whole number from 1 to its own', () => {
    expect([trustedVersion(2, 3), trustedVersion(4, 3), trustedVersion(0, 3), trustedVersion(undefined, 3)]).toEqual([2, 1, 1, 1]);
  });
});
