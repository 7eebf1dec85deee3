/**
 * What gets uploaded to the stores: the Firefox package passes Mozilla's own linter (the checks
 * AMO runs on upload), and `wxt zip` is reproducible, for Firefox (package + sources zip, which
 * AMO reviewers rebuild from) and for Chrome. Runs the real commands: `npx wxt zip -b firefox --mv3`
 * and `npx wxt zip`, twice each (each run also rebuilds .output/<browser>-mv3).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ZIP = {
  firefox: join(OUTPUT, `${pkg.name}-${pkg.version}-firefox.zip`),
  sources: join(OUTPUT, `${pkg.name}-${pkg.version}-sources.zip`),
  chrome: join(OUTPUT, `${pkg.name}-${pkg.version}-chrome.zip`),
};

const run = promisify(execFile);

async function wxtZip(args: readonly string[]): Promise<void> {
  await run('npx', ['wxt', 'zip', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 });
}

// ---------------------------------------------------------------------------------------------
// A minimal zip reader (stored and deflated entries; all that zip tools write here).

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

function zipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  const entries: ZipEntry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function zipRead(zip: Buffer, name: string): Buffer {
  const entry = zipEntries(zip).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} is not in the zip`);
  const start = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? Buffer.from(data) : inflateRawSync(data);
}

/** Why two zips differ: entries only in one, entries whose content differs, or only the bytes around them. */
function zipDifference(a: Buffer, b: Buffer): string[] {
  const left = new Map(zipEntries(a).map((entry) => [entry.name, entry]));
  const right = new Map(zipEntries(b).map((entry) => [entry.name, entry]));
  const out: string[] = [];
  for (const [name, entry] of left) {
    const other = right.get(name);
    if (!other) out.push(`only in the first run: ${name}`);
    else if (other.crc !== entry.crc || other.size !== entry.size) out.push(`content differs: ${name}`);
  }
  for (const name of right.keys()) if (!left.has(name)) out.push(`only in the second run: ${name}`);
  return out.length > 0 ? out : ['same entries and contents: the zip metadata (order, timestamps, attributes) differs'];
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** Paths that must never ship: tests and their fixtures, build output, dependencies, generated files. */
const FORBIDDEN = [/^tests\//, /(^|\/)fixtures?\//, /^\.output\//, /(^|\/)node_modules\//, /^\.wxt\//, /\.(test|spec)\.[cm]?[jt]sx?$/, /^\.git\//];
const forbidden = (names: readonly string[]) => names.filter((name) => FORBIDDEN.some((pattern) => pattern.test(name)));

// ---------------------------------------------------------------------------------------------
// addons-linter through its Node API (no type declarations ship with it).

interface LinterMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}
interface LinterReport {
  readonly summary: { readonly errors: number; readonly warnings: number; readonly notices: number };
  readonly errors: LinterMessage[];
  readonly warnings: LinterMessage[];
  readonly notices: LinterMessage[];
}
interface AddonsLinter {
  createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LinterReport> };
}

function lint(path: string): Promise<LinterReport> {
  const linter = createRequire(import.meta.url)('addons-linter') as AddonsLinter;
  return linter
    .createInstance({
      config: { _: [path], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: false, selfHosted: false },
      runAsBinary: false,
    })
    .run();
}

/**
 * Warnings we accept, each with the reason. Anything else fails the test.
 *
 * UNSAFE_VAR_ASSIGNMENT (innerHTML) in the bundles: the flagged code is Preact's own renderer, the
 * branch that implements `dangerouslySetInnerHTML`. No component of ours passes that prop (the
 * unit tests and the source never use it), so no page or glossary text reaches innerHTML; the
 * linter cannot tell, and the branch cannot be removed without patching Preact. Accepted only
 * where the flagged spot really is that branch.
 */
function isAccepted(warning: LinterMessage, zip: Buffer): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || warning.line === undefined) return false;
  const line = zipRead(zip, warning.file).toString('utf8').split('\n')[warning.line - 1] ?? '';
  const column = warning.column ?? 0;
  const around = line.slice(Math.max(0, column - 400), column + 100);
  return around.includes('dangerouslySetInnerHTML') && /\.innerHTML=\w+\.__html/.test(around);
}

// ---------------------------------------------------------------------------------------------

describe('Firefox package', () => {
  const first: Record<'firefox' | 'sources', Buffer> = { firefox: Buffer.alloc(0), sources: Buffer.alloc(0) };
  const second: Record<'firefox' | 'sources', Buffer> = { firefox: Buffer.alloc(0), sources: Buffer.alloc(0) };

  beforeAll(async () => {
    await wxtZip(['-b', 'firefox', '--mv3']);
    first.firefox = readFileSync(ZIP.firefox);
    first.sources = readFileSync(ZIP.sources);
    await wxtZip(['-b', 'firefox', '--mv3']);
    second.firefox = readFileSync(ZIP.firefox);
    second.sources = readFileSync(ZIP.sources);
  }, 120_000);

  it('passes addons-linter: no errors, no notices, no warnings but the accepted ones', async () => {
    const report = await lint(ZIP.firefox);
    const show = (m: LinterMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;
    expect(report.errors.map(show)).toEqual([]);
    expect(report.notices.map(show)).toEqual([]);
    // KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION, if it shows up: `data_collection_permissions`
    // needs Firefox for Android 142 while strict_min_version says 140. Fix in wxt.config.ts:
    // browser_specific_settings.gecko_android = { strict_min_version: '142.0' }.
    expect(report.warnings.filter((warning) => !isAccepted(warning, first.firefox)).map(show)).toEqual([]);
  }, 60_000);

  it('`wxt zip -b firefox --mv3` is reproducible: two runs give byte-identical zips', () => {
    expect(first.firefox.length).toBeGreaterThan(0);
    expect(first.firefox.equals(second.firefox), zipDifference(first.firefox, second.firefox).join('\n')).toBe(true);
    expect(first.sources.equals(second.sources), zipDifference(first.sources, second.sources).join('\n')).toBe(true);
  });

  it('the package is exactly the build, with nothing from the sources', () => {
    const names = zipEntries(first.firefox).map((entry) => entry.name).sort();
    expect(names).toEqual(filesUnder(join(OUTPUT, 'firefox-mv3')));
    expect(names).toContain('manifest.json');
    expect(forbidden(names)).toEqual([]);
  });

  it('the sources zip holds what a reviewer needs to rebuild, and no tests, fixtures or build output', () => {
    const names = zipEntries(first.sources).map((entry) => entry.name);
    expect(forbidden(names)).toEqual([]);
    expect(names.filter((name) => /^(bench|docs|\.ci)\//.test(name))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/content/index.ts', 'entrypoints/background.ts']));
    expect(names.some((name) => name.startsWith('data/glossary/'))).toBe(true);
  });
});

describe('Chrome package', () => {
  let first = Buffer.alloc(0);
  let second = Buffer.alloc(0);

  beforeAll(async () => {
    await wxtZip([]);
    first = readFileSync(ZIP.chrome);
    await wxtZip([]);
    second = readFileSync(ZIP.chrome);
  }, 120_000);

  it('`wxt zip` is reproducible: two runs give byte-identical zips', () => {
    expect(first.length).toBeGreaterThan(0);
    expect(first.equals(second), zipDifference(first, second).join('\n')).toBe(true);
  });

  it('the package is exactly the build: no tests, fixtures or sources', () => {
    const names = zipEntries(first).map((entry) => entry.name).sort();
    expect(names).toEqual(filesUnder(join(OUTPUT, 'chrome-mv3')));
    expect(names).toContain('manifest.json');
    expect(forbidden(names)).toEqual([]);
    expect(names.filter((name) => /\.(tsx?|map)$/.test(name))).toEqual([]);
  });
});
