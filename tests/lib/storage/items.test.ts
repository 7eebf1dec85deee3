/** Every stored item is defined once, in lib/storage/items.ts, under a key from lib/storage/keys.ts. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../../lib/storage/keys';

const root = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the stored-item registry', () => {
  const files = ['lib', 'components', 'entrypoints'].flatMap((dir) => sourceFiles(join(root, dir)));

  it('is the only place that defines a stored item', () => {
    const defining = files.filter((file) => !file.endsWith('lib/storage/stored-item.ts') && /\bdefine(Stored)?Item\s*[<(]/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(defining).toEqual(['lib/storage/items.ts']);
  });

  it('defines an item for every key, and no key twice', () => {
    const registry = readFileSync(join(root, 'lib/storage/items.ts'), 'utf8');
    for (const name of Object.keys(STORAGE_KEYS)) expect(registry.match(new RegExp(`STORAGE_KEYS\\.${name}\\b`, 'g'))).toHaveLength(1);
    expect(new Set(Object.values(STORAGE_KEYS)).size).toBe(Object.values(STORAGE_KEYS).length);
  });

  it('names no storage key as a string literal anywhere else in extension code', () => {
    const literal = /['"`](?:local|session|sync|managed):[A-Za-z]/;
    const offenders = files.filter((file) => !file.endsWith('lib/storage/keys.ts') && literal.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
