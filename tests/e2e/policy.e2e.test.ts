/**
 * Issue 15 end to end in Chromium, with the browser's real policy machinery: a policy file in
 * /etc/chromium/policies/managed/ for the extension's fixed id. The team glossary from policy is
 * highlighted beside the user's own terms and shows as the team's everywhere; locked settings
 * apply on pages and are read-only in the options page; a bad policy is listed with its reason;
 * a policy change reaches the open tab without a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { CHROME_EXTENSION_ID, removeChromiumPolicy, TEAM_GLOSSARY, writeChromiumPolicy, type Policy } from './support/enterprise-policy';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { closedShadowText, highlightBox, highlightedTexts, highlightLook } from './support/page-probes';

const PROFILE = `<!doctype html><html><head><title>Sam Lee | LinkedIn</title></head><body><main>
<h1>Sam Lee</h1><p>Senior Recruiter. I run a Req Intake Meeting for every new role and keep a Silver Medal Pool warm.</p>
<p>Before that: Six Sigma projects and a weekly Hiring Huddle with the team.</p></main></body></html>`;
const JOB = `<!doctype html><html><head><title>Job | Indeed</title></head><body><main><p>We use Six Sigma and Kaizen daily. Req Intake Meeting first.</p></main></body></html>`;

const POLICY: Policy = {
  teamGlossary: { value: TEAM_GLOSSARY, locked: true },
  highlightColor: { value: 'teal', locked: true },
  style: { value: 'tint', locked: false },
  defaultPlatform: { value: 'github', locked: true },
  sites: { value: { 'indeed.com': false }, locked: true },
  // Passes Chrome's schema (a list of text) but not the extension's check: ignored, with the reason shown.
  mutedTerms: { value: ['Six Sigma'], locked: true },
};

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;

/** One highlight, styled as the policy says (names are random; the look is what counts). */
const look = () => highlightLook(page);
const texts = async (target: Page) => (await highlightedTexts(target)).map((highlight) => highlight.text);

beforeAll(async () => {
  writeChromiumPolicy(POLICY);
  server = await startFixtureServer({ 'www.linkedin.com/in/sam-lee': () => PROFILE, 'www.indeed.com/viewjob': () => JOB });
  browser = await launchExtensionBrowser({ hosts: ['www.linkedin.com', 'www.indeed.com'], port: server.port });
  // The user's own term, beside the team's.
  await browser.inWorker(
    () =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
        customTerms: [{ id: 'custom-hiring-huddle', industry: 'Sourcing', name: 'Hiring Huddle', summary: 'Our weekly stand-up about open roles.' }],
      }),
    0,
  );
  page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto('http://www.linkedin.com/in/sam-lee');
});

afterAll(async () => {
  try {
    await browser?.close();
    await server?.close();
  } finally {
    removeChromiumPolicy();
  }
});

describe('enterprise policy in Chromium', () => {
  it('is delivered to the extension under its fixed id', async () => {
    expect(browser.extensionId).toBe(CHROME_EXTENSION_ID);
  });

  it('highlights the team glossary beside the user\'s own terms and the shipped ones', async () => {
    await expect.poll(() => texts(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(['Req Intake Meeting', 'Silver Medal Pool', 'Six Sigma', 'Hiring Huddle']));
  });

  it('applies locked and default settings on the page, and switches a locked site off', async () => {
    await expect.poll(look).toEqual({ names: 1, line: 'none', lineColor: expect.any(String), background: 'rgba(45, 212, 191, 0.3)' });
    const job = await browser.newPage();
    await job.goto('http://www.indeed.com/viewjob');
    await job.waitForTimeout(1500);
    expect(await highlightedTexts(job)).toEqual([]);
    await job.close();
  });

  it('shows a team term as the team\'s in the hover card', async () => {
    const point = await highlightBox(page, 'Req Intake Meeting');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5_000 }).toContain('Team: Acme Recruiting');
    await page.keyboard.press('Escape');
  });

  it('shows a team term as the team\'s in the popup and the side panel', async () => {
    const popup = await browser.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.getByRole('combobox', { name: 'Search the glossary' }).fill('req intake');
    await expect.poll(() => popup.getByRole('option').first().textContent(), { timeout: 10_000 }).toContain('Team: Acme Recruiting');
    await popup.close();
    await browser.inWorker(
      (id) => (globalThis as unknown as { chrome: { storage: { session: { set(items: object): Promise<void> } } } }).chrome.storage.session.set({ panelTerm: id }),
      'custom-req-intake-meeting',
    );
    const panel = await browser.newPage();
    await panel.goto(browser.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByRole('article').textContent(), { timeout: 10_000 }).toContain('Team: Acme Recruiting');
    await panel.close();
  });

  it('marks managed values in the options page, locked ones read-only, and lists an ignored policy with its reason', async () => {
    const options = await browser.newPage();
    options.setDefaultTimeout(10_000);
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(browser.extensionUrl('options.html'));
    const teal = options.getByRole('radio', { name: 'Teal' });
    await expect.poll(() => teal.isChecked()).toBe(true);
    expect(await teal.isDisabled()).toBe(true);
    expect(await options.getByLabel(/Default platform/).isDisabled()).toBe(true);
    expect(await options.getByRole('switch', { name: /Indeed/ }).isDisabled()).toBe(true);
    expect(await options.getByText('Set by your organisation (locked)').count()).toBeGreaterThanOrEqual(3);
    await options.getByText('policy › mutedTerms › value: "Six Sigma" is not a term id (kebab-case, like "six-sigma")').waitFor();
    const packs = options.getByRole('table', { name: 'Team packs' });
    await expect.poll(() => packs.textContent()).toContain('Acme Recruiting2.12');

    // A default the user may change: their choice wins at once on the open tab, the locked colour stays.
    const tint = options.getByRole('radio', { name: 'Tint' });
    expect(await tint.isChecked()).toBe(true);
    expect(await tint.isDisabled()).toBe(false);
    await options.getByRole('radio', { name: 'Underline' }).check();
    await expect.poll(look).toEqual({ names: 1, line: 'underline', lineColor: 'rgba(13, 148, 136, 0.9)', background: 'rgba(0, 0, 0, 0)' });
    await options.close();
  });

  it('takes a policy change to the open tab without a reload', async () => {
    writeChromiumPolicy({ ...POLICY, highlightColor: { value: 'rose', locked: true } });
    const policies = await browser.newPage();
    await policies.goto('chrome://policy');
    await policies.getByRole('button', { name: /Reload policies/i }).click();
    await expect.poll(look, { timeout: 15_000 }).toEqual({ names: 1, line: 'underline', lineColor: 'rgba(225, 29, 72, 0.9)', background: 'rgba(0, 0, 0, 0)' });
    await policies.close();
  });
});
