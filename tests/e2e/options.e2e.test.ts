/** The options page: every change reaches open tabs at once, without a reload. */
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { timeStamps, traceTimeline } from './support/devtools-trace';
import { highlightedTexts } from './support/page-probes';

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;
let options: Page;

/** How the open tab's highlight looks, read the way the page itself could: through its computed style. */
const look = () =>
  page.evaluate(() => {
    const [name, highlight] = [...CSS.highlights][0] ?? [];
    const range = highlight ? ([...(highlight as unknown as Iterable<AbstractRange>)][0] ?? null) : null;
    const element = range?.startContainer.parentElement;
    if (!name || !element) return null;
    const style = getComputedStyle(element, `::highlight(${name})`);
    return { name, line: style.textDecorationLine, lineColor: style.textDecorationColor, background: style.backgroundColor };
  });

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

  it('style and colour change the open tab at once (same random name, new rule)', async () => {
    await expect.poll(look).toMatchObject({ line: 'underline', lineColor: 'rgba(99, 102, 241, 0.9)', background: 'rgba(0, 0, 0, 0)' });
    const { name } = (await look())!;
    await options.getByRole('radio', { name: 'Tint' }).check();
    await expect.poll(look).toEqual({ name, line: 'none', lineColor: expect.any(String), background: 'rgba(129, 140, 248, 0.3)' });
    await options.getByRole('radio', { name: 'Teal' }).check();
    await expect.poll(look).toEqual({ name, line: 'none', lineColor: expect.any(String), background: 'rgba(45, 212, 191, 0.3)' });
    await options.getByRole('radio', { name: 'Underline' }).check();
    await options.getByRole('radio', { name: 'Indigo' }).check();
    await expect.poll(look).toMatchObject({ name, line: 'underline', background: 'rgba(0, 0, 0, 0)' });
  });

  it('diagnostics (off by default) draws each scan in DevTools once switched on, and never on the page\'s timeline', async () => {
    const entries = (target: Page) => target.evaluate(() => performance.getEntries().filter((entry) => entry.entryType === 'mark' || entry.entryType === 'measure').map((entry) => entry.name));
    const toggle = options.getByRole('switch', { name: /Record scan timings in DevTools/ });
    expect(await toggle.isChecked()).toBe(false);
    const scanned = async (target: Page, url: string) => {
      await target.goto(url);
      await target.waitForFunction(() => [...CSS.highlights.values()].some((h) => (h as unknown as { size: number }).size > 5));
    };
    const off = await browser.newPage();
    const drawnOff = timeStamps(await traceTimeline(off, () => scanned(off, 'http://www.linkedin.com/in/jane-doe?case=diagnostics-off')));
    expect(drawnOff).toEqual([]);
    await off.close();

    await toggle.check();
    const on = await browser.newPage();
    const drawnOn = timeStamps(await traceTimeline(on, () => scanned(on, 'http://www.linkedin.com/in/jane-doe?case=diagnostics-on')));
    expect(drawnOn.length).toBeGreaterThanOrEqual(1);
    expect(drawnOn[0]).toEqual({ message: expect.stringMatching(/^(visible|full|blocks) pass: \d+ chars/), track: 'Scan passes', group: 'Jargon Lens' });
    // What the page can read stays empty: the timeline and its observers never see a pass.
    expect(await entries(on)).toEqual([]);
    // The popup shows what reading this page cost, asked of the content script through the extension.
    const popup = await browser.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${await browser.tabIdOf('http://www.linkedin.com/in/jane-doe?case=diagnostics-on')}`));
    const cost = popup.getByRole('region', { name: 'Scan cost on this page' });
    await expect.poll(() => cost.textContent(), { timeout: 10_000 }).toMatch(/Passes\d+ \(1 whole/);
    expect(await cost.textContent()).toMatch(/Highlights\d+/);
    await popup.close();
    await on.close();
    await toggle.uncheck();
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
    // The page is read again with the new glossary: the other terms come back.
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text), { timeout: 10_000 }).toContain('SQL');
    await options.getByRole('checkbox', { name: 'Manufacturing' }).check();
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text), { timeout: 10_000 }).toContain('Kaizen events');
  });

  it('lists the industries by sector, filters them as you type, and switches a whole sector at once', async () => {
    const filter = options.getByRole('searchbox', { name: 'Filter the list' });
    await filter.fill('manufact');
    await expect.poll(() => options.locator('.industry-choices').count()).toBe(1);
    expect(await options.locator('.industry-choices legend').textContent()).toMatch(/^Engineering, industry and trades/);
    await options.getByRole('button', { name: 'None in Engineering, industry and trades' }).click();
    // The boxes follow the stored settings, which the click writes asynchronously.
    await expect.poll(() => options.getByRole('checkbox', { name: 'Manufacturing' }).isChecked()).toBe(false);
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text), { timeout: 10_000 }).not.toContain('Kaizen events');
    await options.getByRole('button', { name: 'All in Engineering, industry and trades' }).click();
    await expect.poll(() => options.getByRole('checkbox', { name: 'Manufacturing' }).isChecked()).toBe(true);
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text), { timeout: 10_000 }).toContain('Kaizen events');
    await filter.fill('');
    await expect.poll(() => options.locator('.industry-choices').count()).toBeGreaterThanOrEqual(4);
  });

  it('switching a built-in site off removes its highlights at once, and on brings them back', async () => {
    await options.getByRole('switch', { name: 'LinkedIn' }).uncheck();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBe(0);
    await options.getByRole('switch', { name: 'LinkedIn' }).check();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(5);
  });

  it('a term added here is highlighted on the open tab without a reload, and found in the popup as yours', async () => {
    expect((await highlightedTexts(page)).map((h) => h.text)).not.toContain('Continuous Improvement');
    await options.getByRole('button', { name: 'Add a term' }).click();
    await options.getByRole('button', { name: 'Save term' }).click();
    await expect.poll(() => options.getByText('Please fix the fields marked above.').count()).toBe(1);
    await options.getByLabel('Name').fill('Continuous Improvement');
    await options.getByRole('combobox', { name: 'Industry' }).fill('Manufacturing');
    await options.getByLabel('Summary').fill('Ongoing, structured effort to make processes a little better every week.');
    await options.getByLabel('Typical job title').fill('Continuous Improvement Manager');
    await options.getByRole('button', { name: 'Save term' }).click();
    await expect.poll(() => options.getByRole('row', { name: /Continuous Improvement/ }).count()).toBe(1);
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text), { timeout: 10_000 }).toContain('Continuous Improvement');

    const popup = await browser.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.getByRole('combobox', { name: 'Search the glossary' }).fill('continuous improvment');
    await expect.poll(() => popup.getByRole('option').first().textContent(), { timeout: 10_000 }).toMatch(/^Continuous Improvement.*Yours · Manufacturing/);
    await popup.close();
  });

  it('imports a valid team file after a preview', async () => {
    const file = JSON.stringify({
      industry: 'Manufacturing',
      terms: [{ name: 'Gemba Walk', summary: 'Managers going to where the work happens to see problems first-hand.', aliases: ['Gemba Walks'] }],
    });
    await options.getByLabel('Import a team file').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => options.getByLabel('Import preview').textContent()).toContain('1 new');
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.getByRole('row', { name: /Gemba Walk/ }).count()).toBe(1);
    expect(await options.getByRole('row', { name: /Continuous Improvement/ }).count()).toBe(1);
  });

  it('refuses a bad team file with clear errors, shown as text, and changes nothing', async () => {
    const rowsBefore = await options.locator('.terms-table tbody tr').count();
    const stored = () => browser.inWorker(async () => JSON.stringify((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('customTerms')).customTerms), 0);
    const before = await stored();
    const bad = JSON.stringify({ industry: 'Sales', terms: [{ name: 'Pwn', summary: '<img src=x onerror="document.title=1">' }, { summary: 'no name' }] });
    await options.getByLabel('Import a team file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    // The import's own alert (another notice, such as the glossary reloading, may be an alert at the same moment).
    const alert = options.getByRole('alert').filter({ hasText: /was not imported/ });
    await expect.poll(() => alert.textContent()).toContain('bad.json was not imported. Nothing changed.');
    expect(await alert.textContent()).toMatch(/summary/);
    expect(await alert.textContent()).toMatch(/name/);
    // The markup is shown as text: no image element was created from it.
    expect(await options.locator('.import-errors img').count()).toBe(0);
    expect(await options.locator('.terms-table tbody tr').count()).toBe(rowsBefore);
    expect(await stored()).toBe(before);

    await options.getByLabel('Import a team file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"industry": "Sales", "terms": [') });
    await expect.poll(() => alert.textContent()).toContain('broken.json was not imported');
    expect(await stored()).toBe(before);
  });

  it('shows the keyboard shortcut', async () => {
    await expect.poll(() => options.locator('#shortcut kbd').first().textContent()).toMatch(/Alt\+Shift\+J/);
  });

  it('sent no request anywhere but the local test pages', () => {
    expect(browser.outsideRequests(FIXTURE_HOSTS)).toEqual([]);
  });
});
