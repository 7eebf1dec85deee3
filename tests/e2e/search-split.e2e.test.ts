/**
 * Split searches copied whole: from the hover card (default platform Bing X-ray, where Six Sigma
 * with the card's titles needs two parts) and from an entry's Search section. The clipboard must
 * hold exactly what the builder made: every part, numbered, or the part asked for.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSearch } from '../../lib/boolean/card-search';
import { glossaryTerms } from '../../bench/glossary-on-disk';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { closedShadowText, highlightBox } from './support/page-probes';

let server: FixtureServer;
let browser: ExtensionBrowser;

const sixSigma = glossaryTerms().find((term) => term.id === 'six-sigma')!;
const bingCard = cardSearch(sixSigma, { defaultPlatform: 'bing-xray', defaultCountry: '', defaultExclude: [] });

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtensionBrowser({ hosts: FIXTURE_HOSTS, port: server.port });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a split search, copied whole', () => {
  it('from the hover card: every part, numbered, and the card says so', async () => {
    // The builder's own answer for this term: more than one part, few enough to copy all of them.
    expect(bingCard.text.split('\n').length).toBeGreaterThan(1);

    const options = await browser.newPage();
    options.setDefaultTimeout(10_000);
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByLabel('Default platform').selectOption('bing-xray');

    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto('http://www.linkedin.com/in/jane-doe');
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + (h as unknown as { size: number }).size, 0)), { timeout: 10_000 }).toBeGreaterThan(5);
    const point = await highlightBox(page, 'Six Sigma');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).toContain('Copy Bing X-ray search');
    expect(await closedShadowText(page)).toContain(bingCard.note!);

    await page.keyboard.press('Alt+J');
    await page.keyboard.press('Enter');
    await expect.poll(() => closedShadowText(page)).toContain('Copied');
    const clipboard = await browser.readClipboard();
    expect(clipboard).toBe(bingCard.text);
    const lines = clipboard.split('\n');
    lines.forEach((line, index) => expect(line.startsWith(`${index + 1}. site:linkedin.com/in (`)).toBe(true));
    expect(lines[0]).toContain('("Six Sigma" OR');
    await page.close();
    await options.close();
  });

  it('from the Search section: all parts numbered, or one part, exactly as shown', async () => {
    const popup = await browser.newPage();
    popup.setDefaultTimeout(10_000);
    await popup.goto(browser.extensionUrl('popup.html'));
    const search = popup.getByRole('combobox', { name: 'Search the glossary' });
    await search.fill('six sigma');
    await search.press('Enter');
    await popup.getByRole('combobox', { name: 'Platform' }).selectOption('bing-xray');
    const labels = popup.getByText(/^Part \d+ of \d+$/);
    await expect.poll(() => labels.count()).toBeGreaterThan(1);
    const count = await labels.count();
    const shown = await popup.locator('output.query').allTextContents();
    expect(shown).toHaveLength(count);

    await popup.getByRole('button', { name: `Copy all ${count} parts of the Bing X-ray search, numbered` }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(shown.map((text, index) => `${index + 1}. ${text}`).join('\n'));

    await popup.getByRole('button', { name: 'Copy Bing X-ray search part 2' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(shown[1]);
    // Every part is a complete search: the site, the term's names, a share of the titles.
    for (const text of shown) expect(text).toMatch(/^site:linkedin\.com\/in \(/);

    // The rest of the section, open and with a problem to show, keeps to the accessibility rules.
    await popup.getByText(/^Names and titles/).click();
    await popup.getByLabel('Keyword').fill('automotive or aerospace');
    await popup.getByRole('button', { name: 'Fix keyword' }).waitFor();
    expect((await new AxeBuilder({ page: popup }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await popup.getByRole('button', { name: 'Fix keyword' }).click();
    await expect.poll(() => popup.getByLabel('Keyword').inputValue()).toBe('automotive OR aerospace');
    await popup.close();
  });
});
