/**
 * A typed item in extension storage: read with a fallback, written, watched, and (for versioned
 * items) migrated once, on first use, by explicit steps. Small on purpose: every content script
 * carries it, and this is all the extension needs of a storage library.
 *
 * A versioned item keeps its version beside it under `<name>$` as `{ v: number }` (the layout WXT's
 * storage used, so values stored by earlier versions migrate as before). A stored version that is
 * not a whole number from 1 to the item's own is read as 1: steps only add what is missing, so
 * running them again keeps the user's values, and a corrupted version cannot make us loop.
 */
import { browser } from 'wxt/browser';

export type StorageAreaName = 'local' | 'session' | 'sync' | 'managed';

export interface StoredItemOptions<T> {
  readonly fallback: T;
  /** The current version of the stored shape (with `migrations` from each older one). */
  readonly version?: number;
  /** Step n turns a value of version n - 1 into one of version n. */
  readonly migrations?: Readonly<Record<number, (old: unknown) => unknown>>;
  /**
   * Makes any stored value a valid one (fields out of range back to defaults). Applied to every
   * read, and once per context to what is stored: a corrupted value is rewritten, a good one is
   * never written again.
   */
  readonly repair?: (stored: unknown) => T;
}

export interface StoredItem<T> {
  /** The area and the key, as in lib/storage/keys.ts. */
  readonly key: string;
  readonly fallback: T;
  getValue(): Promise<T>;
  /** null or undefined removes the value. */
  setValue(value: T | null | undefined): Promise<void>;
  /** Calls back with each new value (the fallback when removed); returns the unwatch. */
  watch(callback: (next: T, previous: T) => void): () => void;
  /** Runs the version steps and the repair now, again (they also run on first use). */
  migrate(): Promise<void>;
  /** What writing `value` stores in the item's area (its version beside it, for versioned items). */
  writesFor(value: T): Record<string, unknown>;
}

interface Area {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

function split(key: string): { area: StorageAreaName; name: string } {
  const at = key.indexOf(':');
  return { area: key.slice(0, at) as StorageAreaName, name: key.slice(at + 1) };
}

const areaOf = (name: StorageAreaName) => (browser.storage as unknown as Record<StorageAreaName, Area>)[name];

const metaName = (name: string) => `${name}$`;

/** The stored version as a step count can trust it: a whole number from 1 to `target`, else 1. */
export function trustedVersion(stored: unknown, target: number): number {
  return typeof stored === 'number' && Number.isSafeInteger(stored) && stored >= 1 && stored <= target ? stored : 1;
}

/** Same JSON value, whatever the order of object keys (a repaired value may list them differently). */
function sameJson(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sorted) : typeof value === 'object' && value !== null ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])])) : value;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

export function defineStoredItem<T>(key: string, options: StoredItemOptions<T>): StoredItem<T> {
  const { area, name } = split(key);
  const { fallback, version = 1, migrations, repair } = options;
  const or = (value: unknown): T => (value === undefined || value === null ? fallback : repair ? repair(value) : (value as T));
  let migrated: Promise<void> | undefined;

  async function runMigrations(): Promise<void> {
    if ((!migrations || version <= 1) && !repair) return;
    const found = await areaOf(area).get([name, metaName(name)]);
    const stored = found[name];
    if (stored === undefined || stored === null) return;
    let value: unknown = stored;
    const meta = found[metaName(name)] as { v?: unknown } | undefined;
    const versioned = migrations !== undefined && version > 1;
    let at = versioned ? trustedVersion(meta?.v, version) : version;
    const versionRight = !versioned || meta?.v === version;
    while (at < version) {
      at++;
      value = migrations?.[at]?.(value) ?? value;
    }
    if (repair) value = repair(value);
    if (versionRight && sameJson(value, stored)) return;
    const writes: Record<string, unknown> = { [name]: value };
    if (versioned) writes[metaName(name)] = { ...(typeof meta === 'object' && meta !== null ? meta : {}), v: version };
    await areaOf(area).set(writes);
  }

  const ready = () => (migrated ??= runMigrations().catch(() => undefined));

  return {
    key,
    fallback,
    async getValue() {
      await ready();
      return or((await areaOf(area).get(name))[name]);
    },
    async setValue(value) {
      await ready();
      if (value === undefined || value === null) await areaOf(area).remove(name);
      else await areaOf(area).set(this.writesFor(value));
    },
    writesFor(value) {
      return migrations ? { [name]: value, [metaName(name)]: { v: version } } : { [name]: value };
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, changedArea: string) => {
        if (changedArea !== area || !(name in changes)) return;
        callback(or(changes[name]!.newValue), or(changes[name]!.oldValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    migrate: () => (migrated = runMigrations().catch(() => undefined)),
  };
}

/** Several items of one area in one write: a watcher never sees one new value beside another old one. */
export async function setStoredItems<A, B>(entries: readonly [{ readonly item: StoredItem<A>; readonly value: A }, { readonly item: StoredItem<B>; readonly value: B }]): Promise<void> {
  const byArea = new Map<StorageAreaName, Record<string, unknown>>();
  const add = <T>({ item, value }: { readonly item: StoredItem<T>; readonly value: T }) => {
    const { area } = split(item.key);
    byArea.set(area, { ...byArea.get(area), ...item.writesFor(value) });
  };
  await Promise.all(entries.map(({ item }) => item.migrate()));
  add(entries[0]);
  add(entries[1]);
  for (const [area, values] of byArea) await areaOf(area).set(values);
}
