/**
 * A local stand-in for the search sites (LinkedIn search, Google, Bing, Indeed, GitHub) over
 * HTTPS, so "Open" can be followed to its real URL without reaching the live web. The
 * certificate is made fresh per run; the browser is started with --ignore-certificate-errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SEARCH_HOSTS = ['www.linkedin.com', 'www.google.com', 'www.bing.com', 'www.indeed.com', 'github.com'];

export interface SearchSite {
  readonly port: number;
  /** Every URL opened, as the server saw it. */
  readonly opened: string[];
  close(): Promise<void>;
}

export async function startSearchSite(): Promise<SearchSite> {
  const dir = mkdtempSync(join(tmpdir(), 'jargon-lens-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const opened: string[] = [];
  const server: Server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (request, response) => {
    const url = `https://${request.headers.host?.replace(/:\d+$/, '')}${request.url ?? '/'}`;
    if (!url.endsWith('/favicon.ico')) opened.push(url);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><title>search</title><p>search results</p>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    opened,
    async close() {
      await new Promise((done) => server.close(() => done(undefined)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
