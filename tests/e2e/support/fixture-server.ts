/**
 * Serves the fixture pages on 127.0.0.1. The browser reaches it under real host names
 * (www.linkedin.com, ...) through --host-resolver-rules, so the content script's real match
 * patterns decide where it runs. Pages are chosen by host and path.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export const ROUTES: Readonly<Record<string, string>> = {
  'www.linkedin.com/in/jane-doe': 'linkedin-profile.html',
  'www.linkedin.com/jobs/view/123': 'linkedin-job.html',
  'www.indeed.com/viewjob': 'indeed-job.html',
  'boards.greenhouse.io/example/jobs/1': 'greenhouse-job.html',
  'www.linkedin.com/in/hostile': 'hostile.html',
  'www.indeed.com/frames': 'frames.html',
  'www.indeed.com/frame-same': 'frame-same.html',
  'boards.greenhouse.io/frame-cross': 'frame-cross.html',
  // Hostile pages (tests/e2e/hostile.e2e.test.ts, firefox-hostile.e2e.test.ts).
  'www.linkedin.com/in/clobbered': 'clobbering.html',
  'www.linkedin.com/in/copycat': 'copy-hijack.html',
  'www.linkedin.com/in/wiper': 'highlight-wiper.html',
  'www.linkedin.com/app': 'custom-elements-app.html',
  // The same app where the content script does not run: the baseline for memory.
  'www.example.org/app': 'custom-elements-app.html',
  // Not a built-in site: the content script must not run here.
  'www.example.org/profile': 'linkedin-profile.html',
};

export const FIXTURE_HOSTS = [...new Set(Object.keys(ROUTES).map((route) => route.split('/')[0]!))];

export interface FixtureServer {
  readonly port: number;
  /** Every path requested, for asserting that nothing else was fetched. */
  readonly requested: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(extraRoutes: Record<string, () => string> = {}): Promise<FixtureServer> {
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(request.url ?? '/', 'http://x').pathname.replace(/\/$/, '');
    const key = `${host}${path}`;
    requested.push(key);
    const dynamic = extraRoutes[key];
    const file = ROUTES[key];
    if (!dynamic && !file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = dynamic ? dynamic() : readFileSync(resolve(FIXTURES, file!), 'utf8');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requested,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
