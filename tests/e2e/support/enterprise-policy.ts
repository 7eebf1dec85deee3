/**
 * Writes real enterprise policy for the built extension where each browser reads it on Linux,
 * and removes it again. The tests run as root (CI does too): these are system-wide paths.
 *
 * - Chromium (Debian): every `*.json` in /etc/chromium/policies/managed/; extension policy sits
 *   under `3rdparty.extensions["<extension id>"]`. Chromium watches the folder, so the file stays
 *   for the test's whole run (a change to it is picked up on "Reload policies" in chrome://policy).
 *   Only a build with the manifest key has this id, so no other build is affected.
 * - Firefox ESR: /etc/firefox/policies/policies.json, `policies.3rdparty.Extensions["<gecko id>"]`.
 *   Firefox reads it once, at start-up, and every Firefox on the machine shares that one file:
 *   it is written just before the launch, refused if one already exists, and removed right after.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The Chrome build's id, fixed by the manifest key (wxt.config.ts). */
export const CHROME_EXTENSION_ID = 'ljplimmbifjbapohonpjldncncdgneap';
export const GECKO_ID = 'jargon-lens@jargonlens.app';

export const CHROMIUM_POLICY_FILE = '/etc/chromium/policies/managed/jargon-lens-e2e.json';
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

/** The organisation's glossary in the tests: a versioned team pack. */
export const TEAM_GLOSSARY = {
  id: 'acme-recruiting',
  name: 'Acme Recruiting',
  version: '2.1',
  industry: 'Sourcing',
  terms: [
    { id: 'req-intake-meeting', name: 'Req Intake Meeting', aliases: ['Intake Call'], summary: 'Our kick-off meeting with the hiring manager for a new requisition.', typicalTitle: 'Recruiter' },
    { id: 'silver-medal-pool', name: 'Silver Medal Pool', summary: 'Finalists we did not hire, kept warm for the next opening.' },
  ],
};

export type Policy = Record<string, unknown>;

function write(path: string, json: unknown, exclusive: boolean): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`, { flag: exclusive ? 'wx' : 'w' });
}

export function writeChromiumPolicy(policy: Policy): void {
  write(CHROMIUM_POLICY_FILE, { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: policy } } }, false);
}

export function removeChromiumPolicy(): void {
  rmSync(CHROMIUM_POLICY_FILE, { force: true });
}

/** Runs `launch` with the Firefox policy file in place; the file is gone again when it returns or throws. */
export async function withFirefoxPolicy<T>(policy: Policy, launch: () => Promise<T>): Promise<T> {
  // 'wx': never overwrite a policies.json someone else put there.
  write(FIREFOX_POLICY_FILE, { policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }, true);
  try {
    return await launch();
  } finally {
    rmSync(FIREFOX_POLICY_FILE, { force: true });
  }
}
