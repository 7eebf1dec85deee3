/**
 * A sample of the labelled sense snippets (tests/data/senses/*.json) on pages, with the shipped
 * build: each snippet is a page of its own, and the card over its form shows the labelled sense
 * (or the form is not highlighted at all). The whole set runs through the same pipeline in
 * tests/data/senses.test.ts; this checks the page does what the pipeline says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryFile } from '../../data/glossary.schema';
import { readSenseSnippets, type SenseSnippet } from '../data/sense-snippets';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { closedShadowText } from './support/page-probes';
import { firstFullPass } from './support/scan-stats';

/** Every k-th snippet: the same sample on every run, across every file and both kinds of answer. */
const SAMPLE_SIZE = 12;
const all = readSenseSnippets().flatMap(({ data }) => data.snippets);
const step = Math.max(1, Math.floor(all.length / SAMPLE_SIZE));
const sample: SenseSnippet[] = all.filter((_, i) => i % step === 0).slice(0, SAMPLE_SIZE);

const GLOSSARY = resolve(import.meta.dirname, '../../data/glossary');
const names = new Map(
  readdirSync(GLOSSARY)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => (JSON.parse(readFileSync(join(GLOSSARY, name), 'utf8')) as GlossaryFile).terms.map((term) => [term.id, term.name] as const)),
);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pageOf = (snippet: SenseSnippet) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Profile</title></head><body><main>${[snippet.text, ...(snippet.page ?? [])].map((block) => `<p>${escape(block)}</p>`).join('\n')}</main></body></html>`;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(Object.fromEntries(sample.map((snippet, i) => [`www.linkedin.com/in/snippet-${i}`, () => pageOf(snippet)])));
  browser = await launchExtensionBrowser({ hosts: ['www.linkedin.com'], port: server.port });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Where the first highlighted occurrence of `form` is, or null when the form is not highlighted. */
function highlightOf(form: string): { x: number; y: number } | null {
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu');
  for (const [, highlight] of CSS.highlights) {
    for (const range of highlight as unknown as Set<AbstractRange>) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (!word.test(live.toString())) continue;
      const rect = live.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

describe('labelled sense snippets on pages (shipped glossary)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
  });

  it.each(sample.map((snippet, i) => [i, snippet.form, snippet.expect ?? 'no highlight', snippet] as const))('#%i "%s" → %s', async (i, _form, _expected, snippet) => {
    await page.goto(`http://www.linkedin.com/in/snippet-${i}`);
    // Senses are settled once the first whole pass is done (asked through the extension).
    await firstFullPass(browser, `http://www.linkedin.com/in/snippet-${i}`, 20_000);
    await page.waitForTimeout(100);
    const at = await page.evaluate(highlightOf, snippet.form);
    if (snippet.expect === null) {
      expect(at, `"${snippet.form}" is highlighted in: ${snippet.text}`).toBeNull();
      return;
    }
    expect(at, `"${snippet.form}" is not highlighted in: ${snippet.text}`).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).not.toBeNull();
    expect(await closedShadowText(page)).toMatch(new RegExp(`^${names.get(snippet.expect)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ×`));
    await page.mouse.move(1, 1);
  });
});
