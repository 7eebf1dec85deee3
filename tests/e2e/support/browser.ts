/**
 * Starts Debian's Chromium with the built extension loaded, the way a user has it installed.
 * Host names given in `hosts` resolve to a local fixture server, so content scripts see their
 * real match patterns while nothing reaches the live web.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What a test passes into the service worker: plain data. */
export type WorkerArg = number | string | readonly (number | string)[];

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** Every request any page or extension context made, for privacy assertions. */
  readonly requests: Request[];
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /** Reads the clipboard from an extension page (a secure context with the permission granted). */
  readClipboard(): Promise<string>;
  /** Runs code in the extension's service worker (where `chrome.*` is available). */
  inWorker<T>(fn: (arg: WorkerArg) => T | Promise<T>, arg: WorkerArg): Promise<T>;
  /** The id of the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  /** Requests that went anywhere but the extension itself and the given test hosts (must be none). */
  outsideRequests(allowedHosts: readonly string[]): string[];
  close(): Promise<void>;
}

export async function launchExtensionBrowser(
  options: { hosts?: readonly string[]; port?: number; ignoreCertificateErrors?: boolean; /** Another build (a copy, or a generated glossary's). */ extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const build = options.extensionDir ?? CHROME_BUILD;
  const profile = mkdtempSync(join(tmpdir(), 'jargon-lens-e2e-'));
  const hostRules = options.port && options.hosts?.length
    ? [`--host-resolver-rules=${options.hosts.map((host) => `MAP ${host} 127.0.0.1:${options.port}`).join(', ')}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 400, height: 580 },
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...hostRules,
      ...(options.ignoreCertificateErrors ? ['--ignore-certificate-errors'] : []),
      // Lets a test install an update of the unpacked build over the protocol (Extensions.loadUnpacked).
      '--enable-unsafe-extension-debugging',
    ],
  });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    requests,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    newPage: () => context.newPage(),
    async inWorker<T>(fn: (arg: WorkerArg) => T | Promise<T>, arg: WorkerArg): Promise<T> {
      const current = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? (await context.waitForEvent('serviceworker'));
      return current.evaluate(fn, arg);
    },
    async tabIdOf(url) {
      // Tab URLs are hidden without the "tabs" permission; the content script's report names them.
      // Reports are debounced, so wait for it a little.
      for (let attempt = 0; attempt < 50; attempt++) {
        const current = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? (await context.waitForEvent('serviceworker'));
        const id = await current.evaluate(async (wanted) => {
          const storage = (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, Record<string, Record<string, { url: string }>>>> } } } }).chrome.storage.session;
          const { pageTerms = {} } = await storage.get('pageTerms');
          return Number(Object.entries(pageTerms).find(([, frames]) => frames['0']?.url === wanted)?.[0] ?? -1);
        }, url);
        if (id >= 0) return id;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no tab shows ${url}`);
    },
    outsideRequests(allowedHosts) {
      return requests
        .map((request) => request.url())
        .filter((url) => {
          if (url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith('data:') || url.startsWith('blob:')) return false;
          try {
            return !allowedHosts.includes(new URL(url).hostname);
          } catch {
            return true;
          }
        });
    },
    async readClipboard() {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/options.html`);
        return await page.evaluate(() => navigator.clipboard.readText());
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
