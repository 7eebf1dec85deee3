/**
 * One form, several meanings, on a page: the card shows the sense the paragraph points to and
 * offers the other in one click (which then holds for the whole page); a "not a term here" reading
 * leaves its words alone; "Don't highlight this" mutes a term everywhere at once, with undo.
 *
 * The extension is built here with a small glossary of its own (the mechanism, whatever the
 * shipped glossary says); tests/data/senses.test.ts checks the shipped glossary's senses.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Term } from '../../data/glossary.schema';
import { makeFile, makeTerm } from '../helpers/make-term';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { clickInCard, closedShadowText, highlightedTexts } from './support/page-probes';

const term = (name: string, extra: Partial<Term>) => makeTerm({ name, ...extra });
const GLOSSARY = {
  'cloud-devops.json': makeFile('Cloud and DevOps', [
    term('Google Cloud Platform', { acronyms: ['GCP'], defaultFor: ['GCP'], cues: ['BigQuery', 'GKE', 'cloud'] }),
    term('Kubernetes', { acronyms: ['K8s'] }),
  ]),
  'pharma-life-sciences.json': makeFile('Pharma and Life Sciences', [
    term('Good Clinical Practice', { acronyms: ['GCP'], cues: ['protocol', 'clinical trial', 'investigator'] }),
    term('Clinical Monitoring', {}),
  ]),
  'manufacturing.json': makeFile('Manufacturing', [
    term('Programmable Logic Controller', {
      acronyms: ['PLC'],
      cues: ['ladder logic', 'HMI'],
      readings: [{ form: 'PLC', meaning: 'public limited company (a company suffix)', cues: ['shares', 'FTSE'], afterName: true }],
    }),
  ]),
};

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Profile</title></head><body><main>
<p id="pharma">Clinical research associate: monitored sites for GCP and the protocol, with Clinical Monitoring visits.</p>
<p id="cloud">Platform engineer: built pipelines on GCP with BigQuery and Kubernetes.</p>
<p id="plain">Also trained new colleagues on GCP refreshers.</p>
<p id="company">Analyst at Barclays PLC, London.</p>
<p id="automation">Wrote ladder logic for a Siemens PLC and its HMI.</p>
</main></body></html>`;

const work = mkdtempSync(join(tmpdir(), 'jargon-lens-senses-'));
let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const glossary = join(work, 'glossary');
  mkdirSync(glossary, { recursive: true });
  for (const [name, file] of Object.entries(GLOSSARY)) writeFileSync(join(glossary, name), JSON.stringify(file));
  execFileSync('npx', ['wxt', 'build'], { cwd: resolve(import.meta.dirname, '../..'), env: { ...process.env, JARGON_LENS_GLOSSARY: glossary, JARGON_LENS_OUT_DIR: join(work, 'output') }, stdio: 'pipe' });
  server = await startFixtureServer({ 'www.linkedin.com/in/senses': () => PAGE });
  browser = await launchExtensionBrowser({ hosts: ['www.linkedin.com'], port: server.port, extensionDir: join(work, 'output', 'chrome-mv3') });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function cardFor(page: Page, text: string, nth = 0): Promise<string> {
  await page.mouse.move(1, 1);
  await expect.poll(() => closedShadowText(page)).toBeNull();
  const boxes = await page.evaluate(
    ([wanted, index]) => {
      const found: { x: number; y: number }[] = [];
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight as unknown as Set<AbstractRange>) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          if (live.toString() !== wanted) continue;
          const rect = live.getBoundingClientRect();
          found.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
        }
      }
      return found.sort((a, b) => a.y - b.y)[index as number] ?? null;
    },
    [text, nth] as const,
  );
  if (!boxes) throw new Error(`"${text}" #${nth} is not highlighted`);
  await page.mouse.move(boxes.x, boxes.y);
  await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).not.toBeNull();
  return (await closedShadowText(page))!;
}

describe('senses on a page', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto('http://www.linkedin.com/in/senses');
    await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, h) => n + (h as unknown as { size: number }).size, 0) >= 6, undefined, { timeout: 10_000 });
    await page.waitForTimeout(300);
  });

  it('leaves a "not a term here" reading unhighlighted, and highlights the same form where it is the term', async () => {
    const texts = (await highlightedTexts(page)).map((h) => h.text);
    expect(texts.filter((text) => text === 'PLC')).toHaveLength(1);
    expect(texts.filter((text) => text === 'GCP')).toHaveLength(3);
  });

  it('shows the sense the paragraph points to, and offers the other in one click', async () => {
    const pharma = await cardFor(page, 'GCP', 0);
    expect(pharma).toMatch(/^Good Clinical Practice × Pharma and Life Sciences/);
    expect(pharma).toContain('Also:');
    expect(pharma).toContain('Google Cloud Platform');
    const cloud = await cardFor(page, 'GCP', 1);
    expect(cloud).toMatch(/^Google Cloud Platform × Cloud and DevOps/);
    expect(cloud).toContain('Good Clinical Practice');
  });

  it('lets the page decide a paragraph with no cues, and the user change it for every such occurrence', async () => {
    // The third paragraph has no cue: the page has terms of both industries, so the default stands.
    expect(await cardFor(page, 'GCP', 2)).toMatch(/^Google Cloud Platform × Cloud and DevOps/);
    await clickInCard(page, 'Good Clinical Practice');
    await expect.poll(() => closedShadowText(page)).toBeNull();
    expect(await cardFor(page, 'GCP', 2)).toMatch(/^Good Clinical Practice × Pharma and Life Sciences/);
  });

  it('stops highlighting a term at once with "Don\'t highlight this", and brings it back with Undo', async () => {
    const before = (await highlightedTexts(page)).map((h) => h.text).filter((text) => text === 'Kubernetes').length;
    expect(before).toBe(1);
    await cardFor(page, 'Kubernetes');
    await clickInCard(page, 'highlight this');
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text)).not.toContain('Kubernetes');
    // The card stays open on its own words so Undo is one click away.
    await clickInCard(page, 'Undo');
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text)).toContain('Kubernetes');
  });
});
