/** The options page: every change reaches open tabs at once, without a reload. */
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightedTexts } from './support/page-probes';

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;
let options: Page;

const names = () => page.evaluate(() => [...CSS.highlights.keys()]);

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtensionBrowser({ hosts: FIXTURE_HOSTS, port: server.port });
  page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto('http://www.linkedin.com/in/jane-doe');
  await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => (h as unknown as { size: number }).size > 5));
  options = await browser.newPage();
  options.setDefaultTimeout(10_000);
  await options.setViewportSize({ width: 900, height: 1000 });
  await options.goto(browser.extensionUrl('options.html'));
  await options.getByRole('heading', { name: 'Sites', exact: true }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('options page', () => {
  it('has no accessibility violations', async () => {
    const { violations } = await new AxeBuilder({ page: options }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('style and colour change the open tab at once', async () => {
    expect(await names()).toEqual(['jargon-lens-underline-indigo']);
    await options.getByRole('radio', { name: 'Tint' }).check();
    await expect.poll(names).toEqual(['jargon-lens-tint-indigo']);
    await options.getByRole('radio', { name: 'Teal' }).check();
    await expect.poll(names).toEqual(['jargon-lens-tint-teal']);
  });

  it('"first occurrence" keeps one highlight per term, at once', async () => {
    const before = (await highlightedTexts(page)).length;
    await options.getByRole('radio', { name: 'First occurrence of each term' }).check();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeLessThan(before);
    const texts = (await highlightedTexts(page)).map((h) => h.text.toLowerCase());
    expect(texts.filter((t) => t === 'tableau')).toHaveLength(1);
    await options.getByRole('radio', { name: 'Every occurrence' }).check();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBe(before);
  });

  it('leaving out an industry removes its terms from open tabs', async () => {
    await options.getByRole('checkbox', { name: 'Manufacturing' }).uncheck();
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text), { timeout: 10_000 }).not.toContain('Kaizen events');
    expect((await highlightedTexts(page)).map((h) => h.text)).toContain('SQL');
    await options.getByRole('checkbox', { name: 'Manufacturing' }).check();
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text), { timeout: 10_000 }).toContain('Kaizen events');
  });

  it('switching a built-in site off removes its highlights at once, and on brings them back', async () => {
    await options.getByRole('switch', { name: 'LinkedIn' }).uncheck();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBe(0);
    await options.getByRole('switch', { name: 'LinkedIn' }).check();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(5);
  });

  it('shows the keyboard shortcut', async () => {
    await expect.poll(() => options.locator('#shortcut kbd').first().textContent()).toMatch(/Alt\+Shift\+J/);
  });
});
