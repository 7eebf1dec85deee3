/**
 * The glossary's build step, run the way `npm run build` runs it: a glossary with a problem fails
 * the build with the problem named file › term › field; a valid one ships its artifacts, with the
 * long text in one file only.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFile, makeTerm } from '../helpers/make-term';
import { CHROME_BUILD } from './support/browser';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'jargon-lens-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(glossary: Record<string, unknown>) {
  const dir = join(work, `glossary-${Object.keys(glossary).join('-')}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, data] of Object.entries(glossary)) writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));
  return spawnSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, JARGON_LENS_GLOSSARY: dir, JARGON_LENS_OUT_DIR: join(work, 'out') }, encoding: 'utf8' });
}

describe('the build step', () => {
  it('fails on a glossary problem, naming file › term › field', () => {
    const result = build({ 'sales.json': makeFile('Sales', [{ ...makeTerm({ name: 'Cold Calling' }), relatedTitles: ['Only one'] }]) });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('sales.json › term "cold-calling" › relatedTitles: must have at least 5 items');
  }, 120_000);

  it('fails on a file that is not JSON, naming the line', () => {
    const result = build({ 'broken.json': '{ "industry": "Broken",\n  "terms": [ }' });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/broken\.json: is not valid JSON \(line 2/);
  }, 120_000);

  it('ships the real glossary with each long text in exactly one file of the package', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(js|json|html|css)$/.test(entry.name)) files.push(path);
      }
    };
    walk(CHROME_BUILD);
    const model = JSON.parse(readFileSync(join(root, 'data/glossary/productivity-training.json'), 'utf8')).terms[0];
    // A stretch of plain words (no quotes or escapes, so JSON and JS bundles hold it verbatim).
    const sentence = (model.explanation as string).split(/[^A-Za-z ,]+/).sort((a, b) => b.length - a.length)[0]!;
    expect(sentence.length).toBeGreaterThan(40);
    const holders = files.filter((path) => readFileSync(path, 'utf8').includes(sentence)).map((path) => path.slice(CHROME_BUILD.length + 1));
    expect(holders).toEqual(['glossary/entries/productivity-training.json']);
  });
});
