import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

let browser: ExtensionBrowser;
let page: Page;

async function expectNoAxeViolations(view: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${view}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await browser.newPage();
  // Fail with the locator's own message well before the test's timeout.
  page.setDefaultTimeout(10_000);
  await page.goto(browser.extensionUrl('popup.html'));
});

afterAll(async () => {
  await browser?.close();
});

describe('popup in Chromium', () => {
  it('opens with the search box focused and the industries listed', async () => {
    const search = page.getByRole('combobox', { name: 'Search the glossary' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    // The box comes first; the list follows the term index, which waits for the browser's managed storage (a few
    // seconds after the browser starts, as here).
    await expect.poll(() => page.getByRole('listbox', { name: 'Industries' }).getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    // Grouped by sector (data/sectors.json), in its order.
    const industries = page.getByRole('listbox', { name: 'Industries' });
    expect(await industries.getByRole('group').evaluateAll((groups) => groups.map((group) => group.getAttribute('aria-labelledby') && document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent))).toEqual(
      expect.arrayContaining(['Technology', 'Business and finance', 'Health and life sciences']),
    );
    expect(await industries.getByRole('group', { name: 'Technology' }).getByRole('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Software Engineering/)]));
    await expectNoAxeViolations('industries');
  });

  it('finds a term despite a typo, opens it, switches level, reveals an answer and copies the kit', async () => {
    const search = page.getByRole('combobox', { name: 'Search the glossary' });
    await search.pressSequentially('acton lerning');
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Action Learning');
    await expectNoAxeViolations('results');

    await search.press('Enter');
    const entry = page.getByRole('article');
    await expect.poll(() => entry.getByRole('heading', { level: 2 }).textContent()).toBe('Action Learning');

    await entry.getByRole('radio', { name: 'Senior' }).click();
    const questions = entry.getByRole('list', { name: /Senior .* questions/ });
    await expect.poll(() => questions.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    const answerId = await questions.getByRole('button', { name: 'Show expected answer' }).first().getAttribute('aria-controls');
    const answer = page.locator(`#${answerId}`);
    const reveal = page.locator(`[aria-controls="${answerId}"]`);
    expect(await answer.isVisible()).toBe(false);
    await reveal.click();
    await expect.poll(() => reveal.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => answer.isVisible()).toBe(true);
    expect(await reveal.textContent()).toBe('Hide expected answer');
    await expectNoAxeViolations('term entry');

    const copyKit = page.getByRole('button', { name: 'Copy interview kit (senior)' });
    await copyKit.click();
    await expect.poll(() => entry.locator('.copy', { has: copyKit }).getByRole('status').textContent()).toBe('✓ Copied');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toMatch(/^Interview kit: Action Learning — Senior \(5\+ years\)\n/);
    expect(clipboard).toContain('A good answer: ');

    // The README's screenshots: the questions with an answer revealed, and the top of the entry in dark mode.
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.evaluate(() => document.querySelector('.popup-main')?.scrollBy(0, -60));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'popup-questions.png') });
    await page.evaluate(() => document.querySelector('.popup-main')?.scrollTo(0, 0));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'popup-term.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations('term entry, dark');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'popup-term-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('goes back to the results with Escape, focus in the search box', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('article').count()).toBe(0);
    const search = page.getByRole('combobox', { name: 'Search the glossary' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => search.inputValue()).toBe('acton lerning');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'popup-search.png') });
  });

  it('copies the summary and explanation of a term', async () => {
    const search = page.getByRole('combobox', { name: 'Search the glossary' });
    await search.press('Enter');
    await page.getByRole('button', { name: 'Copy summary and explanation' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Action Learning \(Productivity Training/);
  });

  it('made no network request from any extension context', () => {
    const outside = browser.requests.map((r) => r.url()).filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(outside).toEqual([]);
  });
});
