/**
 * Hard to detect, hard to break (issue 14), in Firefox ESR with the Firefox build: what a page can
 * learn at rest and when paused, synthetic events, highlight wipers, the card's copy on an http page
 * with a hijacking `copy` listener, form clobbering, and LinkedIn's controls. The Chromium twin is
 * hostile.e2e.test.ts. Build first: `npx wxt build -b firefox --mv3`.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightBox, highlightedTexts, launchFirefox, type FirefoxSession } from './support/firefox';

const PROFILE = 'http://www.linkedin.com/in/jane-doe';
let server: FixtureServer;
let firefox: FirefoxSession;
let extensionPage: Page | undefined;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const texts = async (page: Page) => (await highlightedTexts(page)).map((h) => h.text);
const cardText = async (page: Page) => (await firefox.closedShadowHost(page))?.text ?? null;

/** Everything a page can find out about highlights and timings, from its own world. */
function probe(staticNames: readonly string[]) {
  const names = [...CSS.highlights.keys()];
  const element = document.querySelector('main p, #about b') ?? document.body;
  const answers = (name: string) => {
    const style = getComputedStyle(element, `::highlight(${name})`);
    return style.textDecorationLine !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)';
  };
  return {
    names,
    ranges: [...CSS.highlights.values()].reduce((sum, highlight) => sum + (highlight as unknown as { size: number }).size, 0),
    styled: names.filter(answers),
    staticNamesAnswering: staticNames.filter(answers),
    timeline: performance.getEntries().filter((entry) => entry.entryType === 'mark' || entry.entryType === 'measure').map((entry) => entry.name),
  };
}
const OLD_STATIC_NAMES = ['underline', 'tint', 'both'].flatMap((style) => ['indigo', 'teal', 'amber', 'rose', 'green'].map((color) => `jargon-lens-${style}-${color}`));

async function setPausedSites(sites: readonly string[]): Promise<void> {
  extensionPage ??= await firefox.openExtensionPage('options.html');
  await extensionPage.evaluate(async (paused) => {
    const local = (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).browser.storage.local;
    const { settings } = await local.get('settings');
    await local.set({ settings: { ...(settings as object), pausedSites: paused } });
  }, sites as string[]);
}

async function restOn(page: Page, text: string) {
  await page.bringToFront();
  const term = await highlightBox(page, text);
  await sleep(150);
  await page.mouse.move(1, 1);
  await page.mouse.move(term.x, term.y, { steps: 3 });
  await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain(text.split(' ')[0]);
  return term;
}

async function altJ(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.press('KeyJ');
  await page.keyboard.up('Alt');
}

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox({ fixturePort: server.port });
});

afterAll(async () => {
  try {
    await firefox?.close();
  } finally {
    await server?.close();
  }
});

describe('Firefox: what a page can learn', () => {
  it('at rest: one highlight under a random name that changes per load, styled, and no timings', async () => {
    const page = await firefox.newPage(PROFILE);
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    await expect.poll(async () => (await page.evaluate(probe, OLD_STATIC_NAMES)).styled.length, { timeout: 5_000 }).toBe(1);
    const first = await page.evaluate(probe, OLD_STATIC_NAMES);
    expect(first.names).toHaveLength(1);
    expect(first.names[0]).toMatch(/^[a-z]{12}$/);
    expect(first.staticNamesAnswering).toEqual([]);
    expect(first.timeline).toEqual([]);
    await page.reload();
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    expect((await page.evaluate(probe, OLD_STATIC_NAMES)).names[0]).not.toBe(first.names[0]);
    await page.close();
  });

  it('paused: no highlight, no timings, no rule answers for any name, not even one it saw before', async () => {
    const page = await firefox.newPage(`${PROFILE}?case=paused`);
    await expect.poll(async () => (await page.evaluate(probe, OLD_STATIC_NAMES)).styled.length, { timeout: 10_000 }).toBe(1);
    const seen = (await page.evaluate(probe, OLD_STATIC_NAMES)).names;
    await setPausedSites(['www.linkedin.com']);
    try {
      await expect.poll(() => page.evaluate(probe, [...OLD_STATIC_NAMES, ...seen]), { timeout: 5_000 }).toEqual({ names: [], ranges: 0, styled: [], staticNamesAnswering: [], timeline: [] });
    } finally {
      await setPausedSites([]);
    }
    await expect.poll(async () => (await page.evaluate(probe, OLD_STATIC_NAMES)).names, { timeout: 10_000 }).toHaveLength(1);
    expect((await page.evaluate(probe, OLD_STATIC_NAMES)).names[0]).not.toBe(seen[0]);
    await page.close();
  });
});

describe('Firefox: a page acting on the extension', () => {
  it('synthetic pointer moves over a term open no card; a fake Alt+J moves no focus', async () => {
    const page = await firefox.newPage(`${PROFILE}?case=synthetic`);
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    const point = await highlightBox(page, 'Kaizen events');
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      for (let i = 0; i < 5; i++) {
        for (const type of ['pointerover', 'pointerenter', 'pointermove']) {
          target.dispatchEvent(new PointerEvent(type, { clientX: x + i, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }));
        }
      }
    }, point);
    await sleep(1200);
    expect(await cardText(page)).toBeNull();
    await restOn(page, 'Kaizen events');
    const focusBefore = await page.evaluate(() => document.activeElement?.nodeName);
    await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', altKey: true, bubbles: true })));
    await sleep(300);
    expect(await page.evaluate(() => document.activeElement?.nodeName)).toBe(focusBefore);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  it.each(['wipe', 'replace', 'empty'])('the highlights come back after the page calls %s()', async (attack) => {
    const page = await firefox.newPage(`http://www.linkedin.com/in/wiper?case=${attack}`);
    await expect.poll(() => texts(page), { timeout: 10_000 }).toEqual(['Six Sigma', 'Kaizen events', 'SQL', 'Tableau']);
    const left = await page.evaluate((name) => {
      (window as unknown as Record<string, () => void>)[name]!();
      return [...CSS.highlights.values()].reduce((sum, highlight) => sum + (highlight as unknown as { size: number }).size, 0);
    }, attack);
    expect(left).toBe(0);
    await expect.poll(() => texts(page), { timeout: 5_000 }).toEqual(['Six Sigma', 'Kaizen events', 'SQL', 'Tableau']);
    await page.close();
  });

  it("the card copies on an http page without the page's copy listener firing", async () => {
    const page = await firefox.newPage('http://www.linkedin.com/in/copycat');
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await restOn(page, 'Kaizen events');
    await altJ(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('Copied');
    const clipboard = await firefox.readClipboard();
    expect(clipboard).not.toContain('HIJACKED');
    expect(clipboard).toMatch(/Kaizen/);
    expect(await page.evaluate(() => (window as unknown as { __copies: string[] }).__copies)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('forms with controls named after every Node and Element property stop nothing', async () => {
    const page = await firefox.newPage('http://www.linkedin.com/in/clobbered');
    await expect.poll(() => texts(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Kaizen events', 'Six Sigma', 'Tableau', 'SQL']));
    await page.evaluate(() => (window as unknown as { appendLater(text: string): void }).appendLater('Later: ran Python reports.'));
    await expect.poll(() => texts(page), { timeout: 5_000 }).toContain('Python');
    await page.close();
  });

  it("leaves LinkedIn's buttons, menus, tabs and navigation alone, and reads the profile's prose", async () => {
    const page = await firefox.newPage(`${PROFILE}?case=controls`);
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('HIPAA');
    await sleep(300);
    const found = await texts(page);
    expect(found.filter((t) => /Sales Navigator/.test(t))).toEqual([]);
    expect(found.filter((t) => t === 'Kaizen events')).toHaveLength(1);
    expect(found).not.toContain('Kaizen');
    expect(found).toEqual(expect.arrayContaining(['Six Sigma', 'six-sigma', 'Tableau', 'GAAP', 'kaizen blitzes', 'HIPAA']));
    await page.close();
  });
});
