/** Prints a benchmark's rows as a table and writes them to bench/results/<name>.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Row = Record<string, string | number>;

export function report(name: string, rows: Row[], extra: Record<string, unknown> = {}): void {
  console.log(`\n${name}`);
  console.table(rows);
  const dir = resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, `${name}.json`), `${JSON.stringify({ name, date: new Date().toISOString(), rows, ...extra }, null, 2)}\n`);
}

/** Median of a list of numbers (robust against one slow GC pause). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}
