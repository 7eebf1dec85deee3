/**
 * Hard to break: hostile pages, frames, long sessions, a restarted service worker, corrupted
 * settings. Each test is a way the extension could fail a recruiter on a real site.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { closedShadowText, highlightBoxIsolated, highlightedTexts, highlightedTextsIsolated } from './support/page-probes';
import { scanStats } from './support/scan-stats';

let server: FixtureServer;
let browser: ExtensionBrowser;
const pageErrors: string[] = [];

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
  await page.goto(url);
  return page;
}

const texts = async (page: Page) => (await highlightedTexts(page)).map((h) => h.text);

beforeAll(async () => {
  server = await startFixtureServer({
    'www.linkedin.com/in/spa': () =>
      `<!DOCTYPE html><html><body><main id="main"><p>Kaizen and SQL</p></main><script>
        window.navigateMany = (n) => { for (let i = 0; i < n; i++) { history.pushState({}, '', '/in/spa/' + i);
          const main = document.getElementById('main'); main.replaceChildren();
          const p = document.createElement('p'); p.textContent = 'Profile ' + i + ': Six Sigma, Tableau and Python.'; main.append(p); } };
      </script></body></html>`,
  });
  browser = await launchExtensionBrowser({ hosts: FIXTURE_HOSTS, port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a hostile page', () => {
  it('cannot stop the highlighting, fake the registry into it, or make its text run as code', async () => {
    const page = await openPage('http://www.linkedin.com/in/hostile');
    // The page poisoned Array, Node, MutationObserver and CSS.highlights.set in its own world; the
    // content script runs in an isolated world and registers its ranges regardless.
    await expect.poll(() => highlightedTextsIsolated(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Kaizen', 'Six Sigma', 'Lean Six Sigma']));
    await expect.poll(() => highlightedTextsIsolated(page), { timeout: 5_000 }).toContain('SQL');

    const point = await highlightBoxIsolated(page, 'Kaizen');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).toContain('Kaizen');
    // The card shows glossary text only; nothing from the page was run.
    expect(await page.locator('#xss').evaluate(() => String((window as unknown as { __pwned: boolean }).__pwned))).toBe('false');
    await page.keyboard.press('Escape');
    await expect.poll(() => closedShadowText(page)).toBeNull();
    await page.close();
  });

  it('ignores floods of messages and custom events (no card opens, nothing reacts)', async () => {
    const page = await openPage('http://www.linkedin.com/in/hostile');
    await expect.poll(() => highlightedTextsIsolated(page), { timeout: 10_000 }).toContain('Kaizen');
    await page.waitForTimeout(1000); // the page posts 5,000 messages and events a second meanwhile
    expect(await closedShadowText(page)).toBeNull();
    await page.close();
  });
});

describe('frames', () => {
  it('highlights terms in the page and in same-origin and cross-origin frames, each on its own', async () => {
    const page = await openPage('http://www.indeed.com/frames');
    await expect.poll(() => texts(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['GAAP', 'month-end close']));
    const frameTexts = async (name: string) => {
      const frame = page.frames().find((f) => f.url().endsWith(name));
      if (!frame) return [];
      return frame.evaluate(() => {
        const out: string[] = [];
        for (const [, highlight] of CSS.highlights) {
          for (const range of highlight as unknown as Iterable<AbstractRange>) {
            const live = document.createRange();
            live.setStart(range.startContainer, range.startOffset);
            live.setEnd(range.endContainer, range.endOffset);
            out.push(live.toString());
          }
        }
        return out;
      });
    };
    await expect.poll(() => frameTexts('/frame-same'), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Kaizen events', 'SQL']));
    await expect.poll(() => frameTexts('/frame-cross'), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Node.js', 'C#']));
    // Each frame highlights only its own text.
    expect(await texts(page)).not.toContain('Node.js');
    await page.close();
  });
});

describe('a long session', () => {
  it('stays bounded over 200 in-app navigations: ranges, memory', async () => {
    const page = await openPage('http://www.linkedin.com/in/spa');
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen');
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    await page.evaluate(() => (window as unknown as { navigateMany(n: number): void }).navigateMany(20));
    await expect.poll(() => texts(page)).toEqual(['Six Sigma', 'Tableau', 'Python']);
    // Event listeners on the document and window, from every world (the content script's included).
    const listeners = async () => {
      let total = 0;
      for (const expression of ['document', 'window']) {
        const { result } = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId: string } };
        const { listeners: found } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as { listeners: unknown[] };
        total += found.length;
      }
      return total;
    };
    const before = await heap();
    const listenersBefore = await listeners();
    for (let round = 0; round < 9; round++) {
      await page.evaluate(() => (window as unknown as { navigateMany(n: number): void }).navigateMany(20));
      await page.waitForTimeout(150);
    }
    // Only the current page's three terms are registered: old ranges were dropped, not accumulated.
    await expect.poll(() => texts(page)).toEqual(['Six Sigma', 'Tableau', 'Python']);
    const after = await heap();
    expect(after - before, `heap grew by ${after - before} bytes`).toBeLessThan(2 * 1024 * 1024);
    expect(await listeners()).toBe(listenersBefore);
    // A few scan passes per batch of navigations at most: the observer was not multiplied.
    const stats = await scanStats(browser, await page.evaluate(() => location.href));
    expect(stats?.scan?.passes).toBeLessThanOrEqual(2 + 10 * 3);
    expect(stats?.ranges).toBe(3);
    await cdp.detach();
    await page.close();
  });
});

describe('lifecycle and storage', () => {
  it('keeps the hover card and the badge working after the service worker is stopped', async () => {
    const page = await openPage('http://www.linkedin.com/in/jane-doe');
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    const tabId = await browser.tabIdOf('http://www.linkedin.com/in/jane-doe');
    const badge = () =>
      browser.inWorker(
        (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: Number(id) }),
        tabId,
      );
    await expect.poll(badge, { timeout: 5_000 }).toMatch(/^\d+$/);
    const before = Number(await badge());
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // A new term on the page reaches a freshly started worker, which updates the badge.
    await page.evaluate(() => (window as unknown as { appendActivity(text: string): void }).appendActivity('Now also doing Salesforce admin work.'));
    await expect.poll(async () => Number(await badge()), { timeout: 10_000 }).toBe(before + 1);
    const point = await highlightBoxIsolated(page, 'Kaizen events');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => closedShadowText(page), { timeout: 10_000 }).toContain('Kaizen');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('shows a card while the service worker is stopped, without waking it (the tab holds its cards)', async () => {
    const page = await openPage('http://www.linkedin.com/in/jane-doe');
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContain('Kaizen events');
    // The report after the scan brings the page's cards; wait for it, then stop the worker.
    await browser.tabIdOf('http://www.linkedin.com/in/jane-doe');
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const running: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { runningStatus: string; scriptURL: string }[] }) => {
      for (const version of versions) if (version.runningStatus === 'running' || version.runningStatus === 'starting') running.push(version.scriptURL);
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    running.length = 0;
    const point = await highlightBoxIsolated(page, 'Kaizen events');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).toContain('Kaizen');
    expect(running).toEqual([]);
    await cdp.detach();
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('repairs corrupted settings: a page still gets highlighted, valid choices are kept', async () => {
    await browser.inWorker(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local;
      await local.set({ settings: { highlighting: 'yes', style: 'tint', pausedSites: 'all', hoverDelayMs: -1 } });
    }, 0);
    const page = await openPage('http://www.linkedin.com/in/jane-doe');
    // The tint the user chose, drawn under the page's one (randomly named) highlight.
    const tint = () =>
      page.evaluate(() => {
        const [name] = [...CSS.highlights.keys()];
        return name ? getComputedStyle(document.querySelector('#about b')!, `::highlight(${name})`).backgroundColor : null;
      });
    await expect.poll(tint, { timeout: 10_000 }).toBe('rgba(129, 140, 248, 0.3)');
    await expect.poll(async () => (await texts(page)).length).toBeGreaterThan(5);
    await page.close();
  });

  it('repairs a corrupted settings version: pages and the options page still work, and the marker is rewritten', async () => {
    await browser.inWorker(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local;
      await local.set({ settings: { style: 'underline', highlightColor: 'teal' }, settings$: { v: -2e7 } });
    }, 0);
    // WXT's migration runner counted through twenty million versions here: pages and the options
    // page hung for half a minute or more. A second or two is plenty for either.
    const page = await openPage('http://www.linkedin.com/in/jane-doe?case=bad-version');
    await expect.poll(() => texts(page), { timeout: 5_000 }).toContain('Kaizen events');
    const options = await browser.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByRole('heading', { name: 'Highlighting', exact: true }).waitFor({ timeout: 5_000 });
    await expect.poll(() => options.getByRole('radio', { name: 'Teal' }).isChecked()).toBe(true);
    const marker = await browser.inWorker(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local;
      return (await local.get('settings$'))['settings$'];
    }, 0);
    expect(marker).toEqual({ v: 2 });
    await options.close();
    await page.close();
  });

  it('left no script throwing errors on the pages', () => {
    // Known, not from these pages: WXT reads every defined storage item at start, and content
    // scripts may not read session storage (lib/storage/items.ts defines the session items too).
    expect(pageErrors.filter((error) => !error.includes('poisoned') && !error.endsWith('Access to storage is not allowed from this context.'))).toEqual([]);
  });

  it('sent no request anywhere but the local test pages', () => {
    expect(browser.outsideRequests(FIXTURE_HOSTS)).toEqual([]);
  });
});
