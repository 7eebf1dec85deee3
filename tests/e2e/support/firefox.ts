/**
 * Starts Firefox ESR headless (the stock Debian build, no browser download) over WebDriver BiDi
 * with puppeteer-core, and installs the built add-on (.output/firefox-mv3) the way
 * `about:debugging` does: a temporary install with its real gecko id.
 *
 * - The add-on's internal UUID is pinned (pref `extensions.webextensions.uuids`), so extension
 *   pages have a known address: moz-extension://<ADDON_UUID>/popup.html.
 * - Every request that tries to leave the browser goes through a local "network tap": an HTTP
 *   proxy that records it and hands plain-HTTP requests to the fixture server under their own
 *   Host. Pages therefore keep their real addresses (http://www.linkedin.com/in/...), the content
 *   script's real match patterns decide where it runs, and a privacy test can read what reached
 *   the network from the whole browser (tabs, extension pages, the add-on's background page),
 *   not only from the tabs BiDi reports on. HTTPS (CONNECT) is recorded and refused.
 * - Safety nets: host names resolve to 127.0.0.1 (`network.dns.forceResolve`) and
 *   MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 makes Firefox refuse any connection that is not to
 *   loopback. That variable also lets Remote Settings take the `data:` dummy server below, which
 *   stops Firefox's own background sync (firefox.settings.services.mozilla.com) from showing up in
 *   the tap: the tap then sees only what pages and the add-on ask for.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { highlightBoxOf, readHighlightLook, readHighlights, type HighlightedText, type HighlightLookRead, type TermBox } from './in-page';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'jargon-lens@jargonlens.app';
/** The add-on's moz-extension:// host in these tests (Firefox picks a random one per profile otherwise). */
export const ADDON_UUID = '5a0f3c1e-7d2b-4c8e-9f14-2b6d8e0a7c35';

/** Our profile directories; puppeteer's own default is `puppeteer_dev_firefox_profile-`. */
const PROFILE_PREFIX = 'jargon-lens-firefox-';
const PUPPETEER_PROFILE_PREFIX = 'puppeteer_dev_firefox_profile-';

export interface FirefoxSession {
  readonly browser: Browser;
  /** The add-on id Firefox reported on install; null for a browser without the add-on. */
  readonly addonId: string | null;
  /**
   * Everything that tried to leave the browser, as the network tap saw it:
   * `GET http://www.linkedin.com/in/jane-doe`, `CONNECT example.com:443`, ...
   */
  readonly network: readonly string[];
  /** Every URL BiDi reported a request for, in any tab or window (`network.beforeRequestSent`). */
  readonly pageRequests: readonly string[];
  extensionUrl(path: string): string;
  /** A new tab; awaits `goto` when a URL is given (http pages fire their load event). */
  newPage(url?: string): Promise<Page>;
  /**
   * Opens an extension page in a new tab. Firefox sends no load event for moz-extension pages,
   * so `page.goto` never settles: start the navigation, then poll the page itself.
   */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab or window showing `urlPrefix` that the browser (or the add-on) opened by itself. */
  waitForPage(urlPrefix: string, timeoutMs?: number): Promise<Page>;
  /** Reads the clipboard from an extension page (needs pref `dom.events.testing.asyncClipboard`). */
  readClipboard(): Promise<string>;
  /** Reads `browser.storage.<area>` the way the add-on's own pages do. */
  readStorage(area: 'local' | 'session', key: string): Promise<unknown>;
  /** The card's host element and its closed shadow root, read through WebDriver BiDi (see below). */
  closedShadowHost(page: Page): Promise<ClosedShadowHost | null>;
  close(): Promise<void>;
}

export interface ClosedShadowHost {
  /** `mode` of the host's shadow root as BiDi serialises it: "closed" for the card. */
  readonly mode: string;
  /** Visible text inside the shadow root, styles left out, whitespace collapsed. */
  readonly text: string;
}

export interface LaunchOptions {
  /** Port of the fixture server (support/fixture-server.ts) that plain-HTTP requests go to. */
  readonly fixturePort: number;
  /** Install the add-on (default true). False gives the same browser without it, for comparisons. */
  readonly withAddon?: boolean;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

// ---------------------------------------------------------------------------------------------
// Network tap

interface NetworkTap {
  readonly port: number;
  readonly seen: string[];
  close(): Promise<void>;
}

async function startNetworkTap(fixturePort: number): Promise<NetworkTap> {
  const seen: string[] = [];
  const agent = new Agent({ keepAlive: false });
  const server: Server = createServer((request, response) => {
    const target = request.url ?? '';
    seen.push(`${request.method ?? '?'} ${target}`);
    let url: URL;
    try {
      // Through a proxy, requests arrive in absolute form: http://host/path?query.
      url = new URL(target);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: fixturePort,
        method: request.method,
        path: `${url.pathname}${url.search}`,
        headers: { ...request.headers, host: url.host },
        agent,
      },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  // HTTPS and WebSocket-over-TLS ask the proxy for a tunnel: recorded and refused.
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => done());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Profiles left behind by crashed runs

/** Command lines of the running processes (Linux /proc); empty where there is no /proc. */
function liveCommandLines(): string {
  if (!existsSync('/proc')) return '';
  const lines: string[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // the process ended while we looked
    }
  }
  return lines.join('\n');
}

/**
 * Removes Firefox profiles of earlier runs that crashed before their `finally` ran (puppeteer's
 * `/tmp/puppeteer_dev_firefox_profile-*` and ours). A profile a running Firefox uses appears on its
 * command line (`--profile <dir>`) and is kept, as is one younger than a minute (a run that is
 * starting right now), so parallel runs are safe.
 */
export function removeStaleProfiles(): void {
  const base = tmpdir();
  const candidates = readdirSync(base).filter((name) => name.startsWith(PROFILE_PREFIX) || name.startsWith(PUPPETEER_PROFILE_PREFIX));
  if (candidates.length === 0) return;
  const live = liveCommandLines();
  for (const name of candidates) {
    const dir = join(base, name);
    try {
      if (Date.now() - statSync(dir).mtimeMs < 60_000 || live.includes(dir)) continue;
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // already gone
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Raw WebDriver BiDi

/**
 * puppeteer's BiDi connection. Two things here need commands puppeteer does not wrap: reading a
 * closed shadow root (BiDi serialises an element's shadow root whatever its mode and hands out a
 * `sharedId` for it, which a later `script.callFunction` can take as an argument) and listening
 * to `network.beforeRequestSent` for every browsing context, windows the add-on opens included.
 * `Browser.connection` exists on puppeteer's BiDi browser but is not in its public types.
 */
interface BidiWire {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, handler: (params: unknown) => void): unknown;
}

function bidiWire(browser: Browser): BidiWire {
  const wire = (browser as unknown as { connection?: Partial<BidiWire> }).connection;
  if (typeof wire?.send !== 'function' || typeof wire.on !== 'function') {
    throw new Error('puppeteer-core no longer exposes its WebDriver BiDi connection as browser.connection');
  }
  return wire as BidiWire;
}

interface BidiTreeContext {
  context: string;
  url: string;
  children?: BidiTreeContext[] | null;
}

interface BidiCallResult {
  type: 'success' | 'exception';
  result?: BidiRemoteValue;
  exceptionDetails?: { text?: string };
}

interface BidiRemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

interface BidiNodeValue {
  localName?: string;
  shadowRoot?: { sharedId?: string; value?: { mode?: string } } | null;
}

async function contextOf(wire: BidiWire, page: Page): Promise<string> {
  const { result } = await wire.send('browsingContext.getTree', { maxDepth: 0 });
  const url = page.url();
  const matches = (result as { contexts: BidiTreeContext[] }).contexts.filter((context) => context.url === url);
  if (matches.length !== 1) throw new Error(`expected one tab showing ${url}, found ${matches.length}`);
  return matches[0]!.context;
}

async function callFunction(wire: BidiWire, context: string, functionDeclaration: string, args: object[] = []): Promise<BidiRemoteValue> {
  const { result } = await wire.send('script.callFunction', {
    functionDeclaration,
    arguments: args,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0 },
  });
  const call = result as BidiCallResult;
  if (call.type !== 'success' || !call.result) throw new Error(`script.callFunction failed: ${call.exceptionDetails?.text ?? 'no result'}`);
  return call.result;
}

// ---------------------------------------------------------------------------------------------
// Launch

export async function launchFirefox(options: LaunchOptions): Promise<FirefoxSession> {
  const withAddon = options.withAddon ?? true;
  removeStaleProfiles();
  const tap = await startNetworkTap(options.fixturePort);
  const profile = mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
  let browser: Browser | undefined;

  const cleanUp = async () => {
    try {
      await browser?.close();
    } catch {
      // already gone
    } finally {
      const child = browser?.process();
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
      await tap.close();
    }
  };

  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1024, height: 800 },
      // Lets BiDi navigate tabs to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
        // Every request, loopback included, goes through the tap.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': tap.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': tap.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.dns.forceResolve': '127.0.0.1',
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // Firefox's own background sync: skipped with the dummy server (see the header comment).
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        // navigator.clipboard.readText() without the paste prompt (the prompt takes headless Firefox down).
        'dom.events.testing.asyncClipboard': true,
      },
    });
    const addonId = withAddon ? await browser.installExtension(FIREFOX_BUILD) : null;
    return session(browser, addonId, tap, cleanUp);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

function session(browser: Browser, addonId: string | null, tap: NetworkTap, cleanUp: () => Promise<void>): FirefoxSession {
  const wire = bidiWire(browser);
  const pageRequests: string[] = [];
  wire.on('network.beforeRequestSent', (params) => {
    const url = (params as { request?: { url?: string } }).request?.url;
    if (url) pageRequests.push(url);
  });
  const extensionUrl = (path: string) => `moz-extension://${ADDON_UUID}/${path.replace(/^\//, '')}`;

  const hrefOf = (page: Page) => page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');

  const openExtensionPage = async (path: string) => {
    const url = extensionUrl(path);
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    void page.goto(url).catch(() => undefined);
    for (const started = Date.now(); Date.now() - started < 10_000; await sleep(100)) {
      if ((await hrefOf(page)) === url) return page;
    }
    await page.close();
    throw new Error(`${url} did not load`);
  };

  let probe: Promise<Page> | undefined;
  /** One extension tab kept open for clipboard and storage reads. */
  const probePage = () => (probe ??= openExtensionPage('options.html'));

  return {
    browser,
    addonId,
    network: tap.seen,
    pageRequests,
    extensionUrl,
    async newPage(url) {
      const page = await browser.newPage();
      page.setDefaultTimeout(10_000);
      if (url) await page.goto(url);
      return page;
    },
    openExtensionPage,
    async waitForPage(urlPrefix, timeoutMs = 10_000) {
      for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(100)) {
        for (const page of await browser.pages()) {
          // puppeteer keeps "about:blank" as the URL of extension pages: ask the page.
          if ((await hrefOf(page)).startsWith(urlPrefix)) return page;
        }
      }
      throw new Error(`no tab or window showed ${urlPrefix} within ${timeoutMs} ms`);
    },
    async readClipboard() {
      return (await probePage()).evaluate(() => navigator.clipboard.readText());
    },
    async readStorage(area, key) {
      return (await probePage()).evaluate(
        async (where, name) => {
          const storage = (globalThis as unknown as { browser: { storage: Record<string, { get(key: string): Promise<Record<string, unknown>> }> } }).browser.storage[where];
          return (await storage!.get(name))[name];
        },
        area,
        key,
      );
    },
    async closedShadowHost(page) {
      const context = await contextOf(wire, page);
      // The card's host is the last child of <html> while it is shown.
      const host = await callFunction(wire, context, '() => document.documentElement.lastElementChild');
      const node = host.value as BidiNodeValue | undefined;
      const shadow = node?.shadowRoot;
      if (host.type !== 'node' || !shadow?.sharedId) return null;
      const text = await callFunction(
        wire,
        context,
        `(root) => {
          const parts = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement && node.parentElement.localName !== 'style') parts.push(node.data);
          }
          return parts.join(' ').replace(/\\s+/g, ' ').trim();
        }`,
        [{ sharedId: shadow.sharedId }],
      );
      return { mode: shadow.value?.mode ?? '', text: String(text.value ?? '') };
    },
    close: cleanUp,
  };
}

// ---------------------------------------------------------------------------------------------
// Page probes: the in-page functions are shared with page-probes.ts (./in-page.ts)

export type { HighlightedText, HighlightLookRead, TermBox } from './in-page';

/** The ranges the content script registered in the page's `CSS.highlights` (visible to the page's own scripts). */
/** How the page's highlights look, read as the page could (computed `::highlight` style). */
export function highlightLook(page: Page): Promise<HighlightLookRead | null> {
  return page.evaluate(readHighlightLook);
}

export function highlightedTexts(page: Page): Promise<HighlightedText[]> {
  return page.evaluate(readHighlights);
}

/** Scrolls the first highlighted range reading `text` into the middle of the view and returns its box. */
export function highlightBox(page: Page, text: string): Promise<TermBox> {
  return page.evaluate(highlightBoxOf, text);
}
