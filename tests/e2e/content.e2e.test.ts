import AxeBuilder from '@axe-core/playwright';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { closedShadowText, highlightBox, highlightedTexts } from './support/page-probes';
import { scanStats } from './support/scan-stats';

let server: FixtureServer;
let browser: ExtensionBrowser;

const PROFILE = 'http://www.linkedin.com/in/jane-doe';

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(url);
  return page;
}

async function settledHighlights(page: Page, mustInclude: string): Promise<string[]> {
  await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text), { timeout: 10_000 }).toContain(mustInclude);
  // Let any remaining slices finish before reading the whole set.
  await page.waitForTimeout(300);
  return (await highlightedTexts(page)).map((h) => h.text);
}

/** The page's markup as the page itself sees it, from a browser without the extension. */
async function outerHtmlWithoutExtension(url: string): Promise<string> {
  const plain = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=${FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ')}`],
  });
  try {
    const page = await plain.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    return await page.evaluate(() => document.documentElement.outerHTML);
  } finally {
    await plain.close();
  }
}

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtensionBrowser({ hosts: FIXTURE_HOSTS, port: server.port });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Everything a page could hear from an extension announcing itself: window messages.
  await browser.context.addInitScript(() => {
    (window as unknown as { __heard: string[] }).__heard = [];
    window.addEventListener('message', (event) => (window as unknown as { __heard: string[] }).__heard.push(JSON.stringify(event.data)));
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('highlighting on a LinkedIn profile', () => {
  let page: Page;

  it('highlights the glossary terms a recruiter reads, once per visible occurrence', async () => {
    page = await openPage(PROFILE);
    const texts = await settledHighlights(page, 'Action Learning sets');
    // Longest form wins: "Lean Six Sigma Black Belt" and "Kaizen events" are aliases in the glossary.
    expect(texts).toEqual(
      expect.arrayContaining(['Lean Six Sigma Black Belt', 'Action\u00a0Learning', 'Action Learning sets', 'Six Sigma', 'Kaizen events', 'SQL', 'Tableau', 'Python', 'JavaScript', 'Java', 'GAAP', 'HIPAA']),
    );
    // The screen-reader copy and the hidden JSON data islands are not read: "Six Sigma" once in About.
    expect(texts.filter((t) => t === 'Six Sigma')).toHaveLength(1);
    expect(texts.filter((t) => t === 'Java')).toHaveLength(1);
  });

  it('says nothing to the page: no window message announces the extension', async () => {
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
  });

  it('never highlights inside a textarea, an input or an editable region', async () => {
    const highlights = await highlightedTexts(page);
    expect(highlights.filter((h) => h.inEditable)).toEqual([]);
  });

  it('keeps what scanning cost off the page\'s performance timeline; the extension can read it', async () => {
    expect(await page.evaluate(() => performance.getEntries().filter((entry) => entry.entryType === 'mark' || entry.entryType === 'measure').length)).toBe(0);
    const stats = await scanStats(browser, PROFILE);
    expect(stats?.scan?.fullPasses).toBeGreaterThanOrEqual(1);
    expect(stats?.ranges).toBe((await highlightedTexts(page)).length);
  });

  it("leaves LinkedIn's buttons, menus, tabs and navigation alone, and reads the profile's prose", async () => {
    const texts = (await highlightedTexts(page)).map((h) => h.text);
    // "View in Sales Navigator", the nav's "Sales Navigator", menu items, a tab and a toolbar: none is prose.
    expect(texts.filter((t) => /Sales Navigator/.test(t))).toEqual([]);
    expect(texts.filter((t) => t === 'Kaizen events')).toHaveLength(1);
    // The repeated carousel slide (aria-hidden, no screen-reader twin) is skipped; the visible twins are read.
    expect(texts).not.toContain('Kaizen');
    expect(texts).toEqual(expect.arrayContaining(['six-sigma', 'Tableau', 'GAAP', 'kaizen blitzes', 'HIPAA']));
  });

  it('leaves the page\'s DOM byte-identical to the same page without the extension', async () => {
    const withExtension = await page.evaluate(() => document.documentElement.outerHTML);
    expect(withExtension).toBe(await outerHtmlWithoutExtension(PROFILE));
  });

  it('shows a card for the term under the pointer, reachable with Alt+J, and copies a LinkedIn search', async () => {
    const point = await highlightBox(page, 'Kaizen events');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).toContain('Kaizen');
    const card = (await closedShadowText(page))!;
    expect(card).toContain('Manufacturing');
    expect(card).toContain('Copy LinkedIn search');
    expect(card).toContain('Open full entry');

    await page.keyboard.press('Alt+J');
    await page.keyboard.press('Enter');
    await expect.poll(() => closedShadowText(page)).toContain('Copied');
    const clipboard = await browser.readClipboard();
    expect(clipboard).toMatch(/^\(?"?Kaizen/);
    expect(clipboard).toMatch(/ AND \(/);

    await page.keyboard.press('Escape');
    await expect.poll(() => closedShadowText(page)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(await outerHtmlWithoutExtension(PROFILE));
  });

  it('opens the full entry in the side panel from the card', async () => {
    const point = await highlightBox(page, 'Kaizen events');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).toContain('Open full entry');
    await page.keyboard.press('Alt+J');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // Headless Chromium has no visible side panel; the background records the entry the panel shows.
    const panelTerm = () =>
      browser.inWorker(async () => {
        const session = (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
        return (await session.get('panelTerm')).panelTerm;
      }, 0);
    await expect.poll(panelTerm, { timeout: 5_000 }).toBe('kaizen');
    // The side panel page shows that entry (here opened as a tab, as the panel would load it).
    const panel = await browser.newPage();
    await panel.goto(browser.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByRole('article').getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 }).toBe('Kaizen');
    await panel.close();
    await page.keyboard.press('Escape');
  });

  it('highlights text that arrives later (infinite scroll)', async () => {
    await page.evaluate(() => (window as unknown as { appendActivity(text: string): void }).appendActivity('Jane shared a post: our Salesforce rollout is done.'));
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text)).toContain('Salesforce');
  });

  it('follows an in-app navigation (pushState): old highlights go, new ones come', async () => {
    await page.evaluate(() =>
      (window as unknown as { navigateInApp(path: string, heading: string, text: string): void }).navigateInApp('/in/john-roe', 'John Roe', 'Payroll lead, fluent in Microsoft Excel and NetSuite.'),
    );
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text).sort()).toEqual(['Microsoft Excel', 'NetSuite']);
    await page.close();
  });
});

describe('what the toolbar shows for a page', () => {
  it('badge, "On this page" and the page agree; pausing the site removes its highlights at once', async () => {
    // A URL of its own, so this tab is the one found by its URL.
    const url = `${PROFILE}?case=toolbar`;
    const page = await openPage(url);
    await settledHighlights(page, 'Action Learning sets');
    const tabId = await browser.tabIdOf(url);
    const badge = () =>
      browser.inWorker(
        (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    await expect.poll(badge, { timeout: 5_000 }).toMatch(/^\d+$/);

    const popup = await browser.newPage();
    popup.setDefaultTimeout(10_000);
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${tabId}`));
    const onPage = popup.getByRole('button', { name: /^On this page \(\d+\)$/ });
    await expect.poll(() => onPage.count()).toBe(1);
    const shown = Number((await onPage.textContent())!.match(/\d+/)![0]);
    expect(String(shown)).toBe(await badge());
    const options = popup.getByRole('listbox', { name: 'Terms on this page' }).getByRole('option');
    expect(await options.count()).toBe(shown);
    const names = await options.locator('.option-primary').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Action Learning', 'Six Sigma', 'Lean Six Sigma', 'Kaizen', 'SQL', 'Java', 'JavaScript']));
    expect(await popup.getByRole('group', { name: 'Manufacturing' }).count()).toBe(1);
    const axe = async (view: string) => (await new AxeBuilder({ page: popup }).analyze()).violations.map((v) => `${view}: ${v.id}`);
    expect(await axe('on this page')).toEqual([]);
    await popup.getByRole('button', { name: 'Find people like this' }).click();
    await expect.poll(() => popup.locator('output.query').count()).toBeGreaterThan(0);
    expect(await axe('find people like this')).toEqual([]);
    await popup.getByRole('button', { name: '← Back' }).click();

    await popup.getByRole('button', { name: 'Pause on this site' }).click();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBe(0);
    await expect.poll(badge).toBe('');
    await popup.getByRole('button', { name: 'Resume on this site' }).click();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(10);

    await options.filter({ hasText: 'Kaizen' }).click();
    await expect.poll(() => popup.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe('Kaizen');
    await popup.close();
    await page.close();
  });
});

describe('explain this, and the shortcut', () => {
  it('"Explain this" on a selection opens its entry, or a search with "Add as my term"', async () => {
    const url = `${PROFILE}?case=explain`;
    const page = await openPage(url);
    await settledHighlights(page, 'Action Learning sets');
    const tabId = await browser.tabIdOf(url);
    const session = (key: string) =>
      browser.inWorker(async (k) => {
        const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
        return (await chrome.storage.session.get(String(k)))[String(k)];
      }, key);
    const explain = (text: string) =>
      browser.inWorker(async (arg) => {
        const [selection, id] = arg as readonly [string, number];
        const explainHook = (globalThis as unknown as { jargonLensExplain(text: string, tabId: number): Promise<void> }).jargonLensExplain;
        await explainHook(String(selection), Number(id));
      }, [text, tabId]);
    await explain('lean six-sigma');
    await expect.poll(() => session('panelTerm')).toBe('lean-six-sigma');

    await explain('frobnication engineer');
    await expect.poll(() => session('panelQuery')).toBe('frobnication engineer');
    const panel = await browser.newPage();
    await panel.goto(browser.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByRole('button', { name: 'Add “frobnication engineer” as my term' }).count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('the keyboard shortcut turns highlighting off and on in the current tab only', async () => {
    const url = `${PROFILE}?case=shortcut`;
    const page = await openPage(url);
    const other = await openPage('http://www.linkedin.com/jobs/view/123');
    await settledHighlights(page, 'Action Learning sets');
    await settledHighlights(other, 'SQL');
    const tabId = await browser.tabIdOf(url);
    const toggle = () =>
      browser.inWorker(
        (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(Number(id), { type: 'toggle-highlighting' }),
        tabId,
      );
    await toggle();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBe(0);
    expect((await highlightedTexts(other)).length).toBeGreaterThan(0);
    await toggle();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(5);
    await other.close();
    await page.close();
  });
});

describe('job pages', () => {
  it.each([
    ['a LinkedIn job post', 'http://www.linkedin.com/jobs/view/123', ['SQL', 'Tableau', 'Power BI', 'HIPAA', 'Python', 'Salesforce']],
    ['an Indeed job page', 'http://www.indeed.com/viewjob', ['GAAP', 'month-end close', 'Lean Six Sigma', 'CPA', 'NetSuite', 'Microsoft Excel']],
    ['a Greenhouse job page', 'http://boards.greenhouse.io/example/jobs/1', ['Node.js', 'C#', '.NET', 'C++', 'JavaScript', 'Java', 'microservices', 'test-driven development', 'Python']],
  ])('highlights the terms in %s', async (_, url, expected) => {
    const page = await openPage(url);
    const texts = await settledHighlights(page, expected[0]!);
    expect(texts).toEqual(expect.arrayContaining(expected));
    // <template> content and JSON-LD are never read; the cover-letter textarea neither.
    expect(texts.filter((t) => t === 'Six Sigma')).toEqual([]);
    expect((await highlightedTexts(page)).filter((h) => h.inEditable)).toEqual([]);
    await page.close();
  });

  it('does nothing on a site that is not built in', async () => {
    const page = await openPage('http://www.example.org/profile');
    await page.waitForTimeout(1500);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  it('no request left the browser except the fixture pages the tests opened', () => {
    const unexpected = browser.requests
      .map((request) => request.url())
      .filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`))
      .filter((url) => !/^http:\/\/(www\.linkedin\.com|www\.indeed\.com|boards\.greenhouse\.io|www\.example\.org)\//.test(url));
    expect(unexpected).toEqual([]);
    expect(server.requested.every((path) => !path.includes('favicon') || true)).toBe(true);
  });
});
