/**
 * Issue 15 end to end in Firefox ESR, with its real policy engine: policies.json in
 * /etc/firefox/policies/, `3rdparty.Extensions["<gecko id>"]`, read at start-up (Firefox reads
 * policy only then, so a change needs a restart; Chromium's live change is in policy.e2e.test.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAM_GLOSSARY, withFirefoxPolicy, type Policy } from './support/enterprise-policy';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightBox, highlightedTexts, highlightLook, launchFirefox, type FirefoxSession } from './support/firefox';

const PROFILE = `<!doctype html><html><head><title>Sam Lee | LinkedIn</title></head><body><main>
<h1>Sam Lee</h1><p>Senior Recruiter. I run a Req Intake Meeting for every new role and keep a Silver Medal Pool warm.</p>
<p>Before that: Six Sigma projects.</p></main></body></html>`;

const POLICY: Policy = {
  teamGlossary: { value: TEAM_GLOSSARY, locked: true },
  highlightColor: { value: 'teal', locked: true },
  // Firefox checks no schema: the extension itself ignores this one, and says why.
  hoverDelayMs: { value: 99999, locked: true },
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

let server: FixtureServer;
let firefox: FirefoxSession;
let page: Page;

beforeAll(async () => {
  server = await startFixtureServer({ 'www.linkedin.com/in/sam-lee': () => PROFILE });
  firefox = await withFirefoxPolicy(POLICY, () => launchFirefox({ fixturePort: server.port }));
  page = await firefox.newPage('http://www.linkedin.com/in/sam-lee');
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('enterprise policy in Firefox', () => {
  it('highlights the team glossary from policy, in the locked colour', async () => {
    await expect.poll(async () => (await highlightedTexts(page)).map((h) => h.text), { timeout: 15_000 }).toEqual(expect.arrayContaining(['Req Intake Meeting', 'Silver Medal Pool', 'Six Sigma']));
    // The background styles the highlight names (issue 14: names change per page load), a moment after they appear.
    await expect.poll(() => highlightLook(page), { timeout: 5_000 }).toEqual({ names: 1, line: 'underline', lineColor: 'rgba(13, 148, 136, 0.9)', background: 'rgba(0, 0, 0, 0)' });
  });

  it('shows a team term as the team\'s in the hover card', async () => {
    await page.bringToFront();
    const term = await highlightBox(page, 'Req Intake Meeting');
    await sleep(150);
    await page.mouse.move(1, 1);
    await page.mouse.move(term.x, term.y, { steps: 3 });
    await expect.poll(async () => (await firefox.closedShadowHost(page))?.text ?? null, { timeout: 5_000 }).toContain('Team: Acme Recruiting');
  });

  it('marks the locked colour read-only in the options page and lists the ignored policy', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await expect
      .poll(() => options.evaluate(() => document.body.innerText), { timeout: 10_000 })
      .toContain('policy › hoverDelayMs › value: must be a whole number from 0 to 3000');
    const teal = await options.evaluate(() => {
      const radio = [...document.querySelectorAll<HTMLInputElement>('input[name="color"]')].find((input) => input.parentElement?.textContent?.includes('Teal'))!;
      return { checked: radio.checked, disabled: radio.closest('fieldset')!.disabled };
    });
    expect(teal).toEqual({ checked: true, disabled: true });
    expect(await options.evaluate(() => document.body.innerText)).toContain('Set by your organisation (locked)');
    // The team packs table fills in once the managed glossary is read: wait for it, do not race it.
    await expect.poll(() => options.evaluate(() => document.body.innerText), { timeout: 10_000 }).toMatch(/Acme Recruiting\s+2\.1\s+2/);
    await options.close();
  });
});
