/** Boolean searches from the popup: build, copy (read back), open the platform's search in a new tab. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { SEARCH_HOSTS, startSearchSite, type SearchSite } from './support/search-site';

let site: SearchSite;
let browser: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  site = await startSearchSite();
  browser = await launchExtensionBrowser({ hosts: SEARCH_HOSTS, port: site.port, ignoreCertificateErrors: true });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  popup = await browser.newPage();
  popup.setDefaultTimeout(10_000);
  await popup.goto(browser.extensionUrl('popup.html'));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openEntry(query: string) {
  const search = popup.getByRole('combobox', { name: 'Search the glossary' });
  await search.fill(query);
  await search.press('Enter');
  await expect.poll(() => popup.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBeTruthy();
}

describe('search strings from an entry', () => {
  it('builds a LinkedIn string, copies exactly what it shows, and opens LinkedIn search with it', async () => {
    await openEntry('six sigma');
    const shown = (await popup.locator('output.query').first().textContent())!;
    // Strict: the term in any of its names AND one of the titles.
    expect(shown).toMatch(/^\("Six Sigma" OR "6 Sigma" OR .*\) AND \("Six Sigma Black Belt" OR /);
    expect((await new AxeBuilder({ page: popup }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await popup.getByRole('button', { name: 'Copy LinkedIn search' }).click();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open LinkedIn search' }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    const url = new URL(tab.url());
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/search/results/people/');
    expect(url.searchParams.get('keywords')).toBe(shown);
    await tab.close();
  });

  it('splits a Google X-ray search that would pass 32 words, each part runnable', async () => {
    await popup.getByRole('combobox', { name: 'Platform' }).selectOption('google-xray');
    await popup.getByRole('radio', { name: 'Broad' }).check();
    const parts = popup.locator('output.query');
    const texts = await parts.allTextContents();
    for (const text of texts) {
      expect(text.startsWith('site:linkedin.com/in ')).toBe(true);
      expect(text.split(/\s+/).length).toBeLessThanOrEqual(32);
    }
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: /^Open Google X-ray search/ }).first().click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).searchParams.get('q')).toBe(texts[0]);
    await tab.close();
  });

  it('remembers the platform for the next entry and lists copied strings in the history', async () => {
    await popup.keyboard.press('Escape');
    await openEntry('kaizen');
    // The choices are read from storage as the entry opens.
    await expect.poll(() => popup.getByRole('combobox', { name: 'Platform' }).inputValue()).toBe('google-xray');
    await popup.keyboard.press('Escape');
    await popup.getByRole('combobox', { name: 'Search the glossary' }).fill('');
    await popup.getByRole('button', { name: 'Copied searches' }).click();
    await expect.poll(() => popup.locator('output.query').first().textContent()).toMatch(/^\("Six Sigma" OR/);
    await popup.getByRole('button', { name: 'Clear history' }).click();
    await expect.poll(() => popup.locator('output.query').count()).toBe(0);
  });

  it('checks a pasted string and fixes what is certain', async () => {
    await popup.getByRole('button', { name: '← Back' }).click();
    await popup.getByRole('button', { name: 'Check a string' }).click();
    await popup.getByLabel('Paste the string to check').fill('“six sigma” and (engineer or manager');
    const problems = popup.getByRole('list', { name: 'Problems' }).getByRole('listitem');
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(2);
    while ((await popup.getByRole('button', { name: 'Fix' }).count()) > 0) await popup.getByRole('button', { name: 'Fix' }).first().click();
    expect((await new AxeBuilder({ page: popup }).analyze()).violations.map((v) => v.id)).toEqual([]);
    const fixed = await popup.getByLabel('Paste the string to check').inputValue();
    expect(fixed).toContain('"six sigma" AND');
    expect(fixed).not.toMatch(/[“”]/);
  });

  it('made no request except the searches the user opened', () => {
    const outside = browser.requests.map((r) => r.url()).filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(outside.every((url) => site.opened.includes(url) || url.endsWith('/favicon.ico'))).toBe(true);
  });
});
