/**
 * A 10,000-term glossary (generated from the real entries, bench/synthetic-glossary.ts) built
 * into its own extension: the popup finds and opens terms and the side panel opens an entry, as
 * with the shipped glossary. Nothing loads the whole glossary to do it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTerms, writeSyntheticGlossary } from '../../bench/synthetic-glossary';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';

const TERMS = 10_000;
const work = mkdtempSync(join(tmpdir(), 'jargon-lens-scale-'));
const glossaryDir = join(work, 'glossary');
const outDir = join(work, 'output');
let browser: ExtensionBrowser;

beforeAll(async () => {
  writeSyntheticGlossary(glossaryDir, TERMS);
  execFileSync('npx', ['wxt', 'build'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, JARGON_LENS_GLOSSARY: glossaryDir, JARGON_LENS_OUT_DIR: outDir },
    stdio: 'pipe',
  });
  browser = await launchExtensionBrowser({ extensionDir: join(outDir, 'chrome-mv3') });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe(`a ${TERMS.toLocaleString('en')}-term glossary`, () => {
  it('the popup lists 40 industries, finds a term despite a typo and opens its entry', async () => {
    const popup = await browser.newPage();
    const loaded: string[] = [];
    popup.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect.poll(() => popup.locator("h2.list-title").textContent(), { timeout: 10_000 }).toBe(`Browse ${TERMS} terms in 40 industries`);
    await popup.getByRole('combobox', { name: 'Search the glossary' }).pressSequentially('kaizn');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toMatch(/^Kaizen/);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toMatch(/^Kaizen/);
    // Pieces only: the term index, the lookup shards of the words typed (and the vocabulary for the
    // typo), the short cards of the industries in the results (for their summaries), one industry's entries.
    expect(loaded.filter((path) => path.startsWith('/glossary/entries/'))).toHaveLength(1);
    expect(loaded.filter((path) => path.startsWith('/glossary/lookup/')).length).toBeLessThanOrEqual(4);
    expect(loaded.filter((path) => path.startsWith('/glossary/cards/')).length).toBeLessThan(20);
    await popup.close();
  });

  it('the side panel opens the entry it is asked for', async () => {
    const panel = await browser.newPage();
    const term = syntheticTerms(TERMS).at(-1)!;
    await panel.goto(browser.extensionUrl(`sidepanel.html#${term.id}`));
    await expect.poll(() => panel.getByRole('article').getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 }).toBe(term.name);
    await panel.close();
  });
});
