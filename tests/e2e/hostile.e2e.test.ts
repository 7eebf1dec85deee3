/**
 * Hard to detect, hard to break (issue 14), in Chromium: what a page can learn about the extension
 * at rest, and what a page can do to it: synthetic events, DOM clobbering, wiping the highlights,
 * hijacking the card's copy, and a custom-element app navigated 500 times. Each test is the page's
 * attack, run from the page's own world (page.evaluate) or by the fixture page's scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { closedShadowText, highlightBox, highlightedTexts } from './support/page-probes';
import { scanStats } from './support/scan-stats';

let server: FixtureServer;
let browser: ExtensionBrowser;
const pageErrors: string[] = [];
const PROFILE = 'http://www.linkedin.com/in/jane-doe';

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
  await page.goto(url);
  return page;
}

const texts = async (page: Page) => (await highlightedTexts(page)).map((h) => h.text);

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
    styleSheets: [...document.styleSheets].length,
  };
}

/** The names the manifest stylesheet used to style: a page could ask for these on any site. */
const OLD_STATIC_NAMES = ['underline', 'tint', 'both'].flatMap((style) => ['indigo', 'teal', 'amber', 'rose', 'green'].map((color) => `jargon-lens-${style}-${color}`));

const setSettings = (change: Record<string, unknown>) =>
  browser.inWorker(async (json) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
    const { settings } = await local.get('settings');
    await local.set({ settings: { ...(settings as object), ...(JSON.parse(String(json)) as object) } });
  }, JSON.stringify(change));

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtensionBrowser({ hosts: FIXTURE_HOSTS, port: server.port });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('what a page can learn at rest', () => {
  it('finds nothing to fetch and no stylesheet of ours: no web-accessible resources, no content-script CSS', () => {
    for (const build of ['chrome-mv3', 'firefox-mv3']) {
      const path = resolve(import.meta.dirname, '../../.output', build, 'manifest.json');
      if (!existsSync(path)) continue; // the Firefox build is checked when it exists
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { web_accessible_resources?: unknown; content_scripts: { css?: unknown }[] };
      expect(manifest.web_accessible_resources, build).toBeUndefined();
      expect(manifest.content_scripts.map((script) => script.css ?? null), build).toEqual([null]);
    }
  });

  it('sees one highlight under a random name that changes per load, styled, and no timings', async () => {
    const page = await openPage(PROFILE);
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    await expect.poll(async () => (await page.evaluate(probe, OLD_STATIC_NAMES)).styled.length, { timeout: 5_000 }).toBe(1);
    const first = await page.evaluate(probe, OLD_STATIC_NAMES);
    expect(first.names).toHaveLength(1);
    expect(first.names[0]).toMatch(/^[a-z]{12}$/);
    expect(first.names[0]).not.toMatch(/jargon|lens/i);
    expect(first.staticNamesAnswering).toEqual([]);
    expect(first.timeline).toEqual([]);
    // The rule was inserted by the extension for this document: pages cannot list it.
    expect(first.styleSheets).toBe(1);

    await page.reload();
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    const second = await page.evaluate(probe, OLD_STATIC_NAMES);
    expect(second.names).toHaveLength(1);
    expect(second.names[0]).not.toBe(first.names[0]);
    await page.close();
  });

  it('on a paused site: no highlight, no timings, and no rule answers for any name, not even one it saw before', async () => {
    const url = `${PROFILE}?case=paused`;
    const page = await openPage(url);
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    await expect.poll(async () => (await page.evaluate(probe, OLD_STATIC_NAMES)).styled.length, { timeout: 5_000 }).toBe(1);
    const seen = (await page.evaluate(probe, OLD_STATIC_NAMES)).names;
    await setSettings({ pausedSites: ['www.linkedin.com'] });
    try {
      await expect.poll(() => page.evaluate(probe, [...OLD_STATIC_NAMES, ...seen]), { timeout: 5_000 }).toEqual({
        names: [],
        ranges: 0,
        styled: [],
        staticNamesAnswering: [],
        timeline: [],
        styleSheets: 1,
      });
      const fresh = await openPage(`${PROFILE}?case=paused-fresh`);
      await fresh.waitForTimeout(1500);
      expect(await fresh.evaluate(probe, [...OLD_STATIC_NAMES, ...seen])).toEqual({ names: [], ranges: 0, styled: [], staticNamesAnswering: [], timeline: [], styleSheets: 1 });
      await fresh.close();
    } finally {
      await setSettings({ pausedSites: [] });
    }
    // Resumed: a new name, never the one the page saw.
    await expect.poll(async () => (await page.evaluate(probe, OLD_STATIC_NAMES)).names, { timeout: 10_000 }).toHaveLength(1);
    expect((await page.evaluate(probe, OLD_STATIC_NAMES)).names[0]).not.toBe(seen[0]);
    await page.close();
  });
});

describe('synthetic events', () => {
  it('a page dispatching pointer moves over a term and a fake Alt+J gets no card and no focus', async () => {
    const page = await openPage(`${PROFILE}?case=synthetic`);
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
    await page.waitForTimeout(1200);
    expect(await closedShadowText(page)).toBeNull();

    // The user rests the pointer there: the card opens. The page then fakes Alt+J.
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).toContain('Kaizen');
    const focusBefore = await page.evaluate(() => document.activeElement?.nodeName);
    await page.evaluate(() => {
      for (const target of [document, document.body, window]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', altKey: true, bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.nodeName)).toBe(focusBefore);
    // A fake Escape does not close it either; the user's does.
    await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await page.waitForTimeout(300);
    expect(await closedShadowText(page)).toContain('Kaizen');
    await page.keyboard.press('Escape');
    await expect.poll(() => closedShadowText(page)).toBeNull();
    await page.close();
  });
});

describe('DOM clobbering', () => {
  it('forms with a control named after every Node and Element property stop nothing: all text is highlighted, later text too, and the card opens', async () => {
    const page = await openPage('http://www.linkedin.com/in/clobbered');
    const clobbered = await page.evaluate(() => (window as unknown as { __clobbered: string[] }).__clobbered);
    // Every property the content script reads is among them (lib/scan/dom-reads.ts).
    expect(clobbered).toEqual(expect.arrayContaining(['hasAttribute', 'getAttribute', 'hasAttributes', 'contains', 'previousSibling', 'lastChild', 'parentNode', 'nodeType', 'tagName', 'namespaceURI', 'shadowRoot', 'isConnected', 'previousElementSibling', 'nextElementSibling', 'data']));
    await expect.poll(() => texts(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Kaizen events', 'Six Sigma', 'Tableau', 'SQL']));
    await page.evaluate(() => (window as unknown as { appendLater(text: string): void }).appendLater('Later: ran Python reports.'));
    await expect.poll(() => texts(page), { timeout: 5_000 }).toContain('Python');
    const point = await highlightBox(page, 'Kaizen events');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).toContain('Kaizen');
    await page.keyboard.press('Escape');
    const stats = await scanStats(browser, 'http://www.linkedin.com/in/clobbered');
    expect(stats?.scan?.passes).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

describe('a page that wipes the highlights', () => {
  it.each([['deletes them from the registry', 'wipe'], ['puts its own Highlight under their name', 'replace'], ['empties them', 'empty']])(
    'comes back when the page %s',
    async (_, attack) => {
      const page = await openPage(`http://www.linkedin.com/in/wiper?case=${attack}`);
      await expect.poll(() => texts(page), { timeout: 10_000 }).toEqual(['Six Sigma', 'Kaizen events', 'SQL', 'Tableau']);
      const left = await page.evaluate((name) => {
        (window as unknown as Record<string, () => void>)[name]!();
        return [...CSS.highlights.values()].reduce((sum, highlight) => sum + (highlight as unknown as { size: number }).size, 0);
      }, attack);
      expect(left).toBe(0);
      await expect.poll(() => texts(page), { timeout: 5_000 }).toEqual(['Six Sigma', 'Kaizen events', 'SQL', 'Tableau']);
      await page.close();
    },
  );

  it('a page wiping them every 10 ms cannot make the extension spin: restores back off', async () => {
    const url = 'http://www.linkedin.com/in/wiper?case=storm';
    const page = await openPage(url);
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    await page.evaluate(() => (window as unknown as { keepWiping(ms: number): void }).keepWiping(10));
    await page.waitForTimeout(8_000);
    const wipes = await page.evaluate(() => (window as unknown as { __wipes: number }).__wipes);
    const stats = await scanStats(browser, url);
    expect(wipes).toBeGreaterThan(200);
    // 1 s, 2 s, 4 s apart: at most four restores in eight seconds, however many wipes.
    expect(stats!.restores).toBeGreaterThanOrEqual(2);
    expect(stats!.restores).toBeLessThanOrEqual(4);
    await page.evaluate(() => (window as unknown as { stopWiping(): void }).stopWiping());
    await expect.poll(() => texts(page), { timeout: 20_000 }).toContain('Kaizen events');
    await page.close();
  });
});

describe("the card's copy", () => {
  it("copies on an http page without the page's copy listener ever firing", async () => {
    const page = await openPage('http://www.linkedin.com/in/copycat');
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    const point = await highlightBox(page, 'Kaizen events');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).toContain('Copy LinkedIn search');
    await page.keyboard.press('Alt+J');
    await page.keyboard.press('Enter');
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).toContain('Copied');
    const clipboard = await browser.readClipboard();
    expect(clipboard).not.toContain('HIJACKED');
    expect(clipboard).toMatch(/Kaizen/);
    expect(await page.evaluate(() => (window as unknown as { __copies: string[] }).__copies)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });
});

describe('a custom-element app navigated 500 times', () => {
  /** DOM nodes the renderer keeps after a garbage collection, and the highlighted ranges. */
  async function retained(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; documents: number };
      return counters.nodes;
    } finally {
      await cdp.detach();
    }
  }

  async function navigate(page: Page, times: number) {
    for (let done = 0; done < times; done += 25) {
      await page.evaluate(() => (window as unknown as { navigateMany(n: number): void }).navigateMany(25));
      await page.waitForTimeout(120);
    }
  }

  it('releases removed shadow content: ranges and retained nodes stay at the bare page\'s level', async () => {
    const bare = await openPage('http://www.example.org/app');
    await navigate(bare, 500);
    await bare.waitForTimeout(500);
    const bareNodes = await retained(bare);
    await bare.close();

    const url = 'http://www.linkedin.com/app';
    const page = await openPage(url);
    await expect.poll(() => texts(page), { timeout: 10_000 }).toEqual(['Six Sigma', 'Tableau', 'Python']);
    await navigate(page, 500);
    await expect.poll(() => texts(page), { timeout: 10_000 }).toEqual(['Six Sigma', 'Tableau', 'Python']);
    await page.waitForTimeout(500);
    const nodes = await retained(page);
    const stats = await scanStats(browser, await page.evaluate(() => location.href));
    expect(stats?.ranges).toBe(3);
    expect(stats?.trackedNodes).toBe(3);
    // Every text node our ranges keep alive is on the page; a few nodes of slack for timing.
    expect(nodes, `bare page ${bareNodes} nodes, with the extension ${nodes}`).toBeLessThanOrEqual(bareNodes + 50);
    await page.close();
  });
});

describe('afterwards', () => {
  it('left no script throwing errors on the pages', () => {
    // Known, not from this issue: WXT reads every defined storage item at start, and content scripts
    // may not read session storage (lib/storage/items.ts defines the session items beside the rest).
    expect(pageErrors.filter((error) => !error.endsWith('Access to storage is not allowed from this context.'))).toEqual([]);
  });

  it('sent no request anywhere but the local test pages', () => {
    expect(browser.outsideRequests(FIXTURE_HOSTS)).toEqual([]);
  });
});
