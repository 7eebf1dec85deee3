/**
 * Versioned artifacts: what the content script reads from storage always carries its format and
 * data version. An update that meets artifacts of an older format rewrites them, open tabs keep
 * highlighting, and a content script that meets an unreadable artifact asks for a fresh one
 * instead of throwing.
 *
 * The update is real: the unpacked build is installed again over the DevTools protocol
 * (Extensions.loadUnpacked), which replaces the running extension (same id, from its key) the
 * way an update from the store does.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightedTexts } from './support/page-probes';

let server: FixtureServer;
let browser: ExtensionBrowser;
const copy = mkdtempSync(join(tmpdir(), 'jargon-lens-update-'));
const extensionDir = join(copy, 'chrome-mv3');
const pageErrors: string[] = [];

type LocalStorage = { storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

beforeAll(async () => {
  cpSync(CHROME_BUILD, extensionDir, { recursive: true });
  server = await startFixtureServer();
  browser = await launchExtensionBrowser({ hosts: FIXTURE_HOSTS, port: server.port, extensionDir });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
});

async function openProfile(path = 'jane-doe') {
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(`http://www.linkedin.com/in/${path}`);
  return page;
}

/** What a previous version would have left in storage: its own (older) formats. */
async function writeOlderArtifacts() {
  await browser.inWorker(async () => {
    const area = (globalThis as unknown as { chrome: LocalStorage }).chrome.storage.local;
    await area.set({
      compiledMatcher: { fingerprint: '525-abc', matcher: { format: 1, ids: ['kaizen'], labels: 'kaizen', nodes: [0, 0, 1, 1, -1, 0, 6, 0, 0, 0], accepts: [[[0, 2, 'kaizen']]] } },
      glossaryStamp: { format: 0, dataVersion: 'previous' },
      glossaryPage: { format: 0, dataVersion: 'previous', matcher: { format: 1 } },
      glossaryOverlay: { format: 0 },
    });
  }, 0);
}

describe('an update over artifacts of an older format', () => {
  it('keeps the open tab highlighting, highlights new tabs, and replaces the old artifacts', async () => {
    const open = await openProfile();
    await expect.poll(async () => (await highlightedTexts(open)).length, { timeout: 10_000 }).toBeGreaterThan(5);
    await writeOlderArtifacts();

    const protocol = await browser.context.browser()!.newBrowserCDPSession();
    const { id } = (await protocol.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never)) as { id: string };
    expect(id).toBe(browser.extensionId);

    // The old script is orphaned; the new one is injected into the open tab and takes over.
    await expect
      .poll(
        async () => {
          await open.mouse.move(5 + Math.random() * 50, 5);
          return (await highlightedTexts(open)).length;
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(5);
    const fresh = await openProfile('jane-doe?after-update');
    await expect.poll(async () => (await highlightedTexts(fresh)).length, { timeout: 10_000 }).toBeGreaterThan(5);

    const stored = await browser.inWorker(async () => {
      const all = await (globalThis as unknown as { chrome: LocalStorage }).chrome.storage.local.get(null);
      const page = all.glossaryPage as { format?: number } | undefined;
      return { pageFormat: page?.format, retired: 'compiledMatcher' in all, stamp: all.glossaryStamp };
    }, 0);
    expect(stored).toMatchObject({ pageFormat: 1, retired: false, stamp: { format: 1 } });
    await Promise.all([open.close(), fresh.close()]);
  });
});

describe('an artifact a content script cannot read', () => {
  it.each([
    ['garbage', { glossaryPage: 'garbage' }],
    ['a matcher whose children loop', { glossaryPage: { format: 1, dataVersion: 'x', matcher: { format: 2, ids: [], labels: '', nodes: 'AAAAAAAAAAAAAAAAAQAAAP////8=', accepts: [] }, senses: {} } }],
    ['an overlay for another build', { glossaryOverlay: { format: 1, dataVersion: 'another', ownVersion: 'x' } }],
  ])('is replaced on request, and the page is highlighted: %s', async (_, items) => {
    await browser.inWorker(async (json) => (globalThis as unknown as { chrome: LocalStorage }).chrome.storage.local.set(JSON.parse(String(json))), JSON.stringify(items));
    const page = await openProfile(`jane-doe?unreadable-${Object.keys(items)[0]}`);
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 10_000 }).toBeGreaterThan(5);
    await page.close();
  });

  it('left no script throwing errors on the pages', () => {
    expect(pageErrors).toEqual([]);
  });

  it('sent no request anywhere but the local test pages', () => {
    expect(browser.outsideRequests(FIXTURE_HOSTS)).toEqual([]);
  });
});
