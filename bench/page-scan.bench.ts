/**
 * In Chromium with the built extension: how long until every highlight of a 0.5 MB page is
 * registered, the longest task while it happens, and the floor: a bare TreeWalker that only
 * reads the same text. Beside it, mark.js (the usual DOM highlighter) on the same terms.
 * Also the shipped sizes: content script and compiled matcher, gzipped.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { glossaryTerms } from './glossary-on-disk';
import { compileMatcher, matcherForms } from '../lib/matcher/compile';
import { CHROME_BUILD, CHROMIUM_PATH, launchExtensionBrowser, type ExtensionBrowser } from '../tests/e2e/support/browser';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/support/fixture-server';
import { realisticParagraphs } from './corpus';
import { median, report, round } from './report';

const PAGE_BYTES = 512 * 1024;
const MARKJS_BYTES = 64 * 1024;

/** A profile-like page: paragraphs with inline markup, in sections, like a long LinkedIn page. */
function benchPage(bytes: number): string {
  const paragraphs = realisticParagraphs(bytes).map((line, i) => {
    const words = line.split(' ');
    const cut = Math.min(3, words.length);
    // Every third paragraph splits a phrase across inline elements, as real pages do.
    const body = i % 3 === 0 ? `<span>${esc(words.slice(0, cut).join(' '))}</span> <b>${esc(words.slice(cut).join(' '))}</b>` : esc(line);
    return `<li class="pvs-list__item"><div class="inline-show-more-text"><span aria-hidden="true">${body}</span></div></li>`;
  });
  const sections: string[] = [];
  for (let i = 0; i < paragraphs.length; i += 50) sections.push(`<section class="artdeco-card"><ul>${paragraphs.slice(i, i + 50).join('')}</ul></section>`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>bench</title></head><body><main>${sections.join('')}</main></body></html>`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const LONG_TASKS = `window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`;

let server: FixtureServer;
let browser: ExtensionBrowser;
const html = benchPage(PAGE_BYTES);
const smallHtml = benchPage(MARKJS_BYTES);

beforeAll(async () => {
  server = await startFixtureServer({ 'www.linkedin.com/bench': () => html, 'www.linkedin.com/bench-small': () => smallHtml });
  browser = await launchExtensionBrowser({ hosts: ['www.linkedin.com'], port: server.port });
  await browser.context.addInitScript(LONG_TASKS);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('page scan in Chromium', async () => {
  const scans: number[] = [];
  const busy: number[] = [];
  const slices: number[] = [];
  const walks: number[] = [];
  const longest: number[] = [];
  let textChars = 0;
  let ranges = 0;
  for (let run = 0; run < 3; run++) {
    const page = await browser.newPage();
    await page.goto('http://www.linkedin.com/bench');
    await page.waitForFunction(() => performance.getEntriesByName('jargon-lens:scan', 'measure').length > 0, undefined, { timeout: 60_000 });
    const result = await page.evaluate(() => {
      const measure = performance.getEntriesByName('jargon-lens:scan', 'measure')[0] as PerformanceMeasure;
      let count = 0;
      for (const [, highlight] of CSS.highlights) count += (highlight as unknown as { size: number }).size;
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      return {
        scanMs: measure.duration,
        detail: measure.detail as { busyMs: number; slices: number; longestSliceMs: number; chars: number } | null,
        ranges: count,
        // Only tasks while the scan ran: the page's own parsing and layout are not ours.
        longTasks: tasks.filter((task) => task.start + task.duration >= measure.startTime).map((task) => task.duration),
      };
    });
    const walk = await page.evaluate(() => {
      const times: number[] = [];
      let chars = 0;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        chars = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return { ms: times[2]!, chars };
    });
    scans.push(result.scanMs);
    busy.push(result.detail?.busyMs ?? Number.NaN);
    slices.push(result.detail?.longestSliceMs ?? Number.NaN);
    walks.push(walk.ms);
    longest.push(Math.max(0, ...result.longTasks));
    textChars = walk.chars;
    ranges = result.ranges;
    await page.close();
  }

  // mark.js in a browser without the extension, on a smaller page (it is far slower). With every
  // form at once it overflows the stack (a known limit near 1,000 terms), so it also runs on 500.
  const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${server.port}`] });
  // mark.js builds one RegExp per term without escaping every symbol: give it the plain-word forms only.
  const allForms = [...new Set(matcherForms(glossaryTerms()).map((form) => form.exact))].filter((form) => /^[\p{L}\p{N} ]+$/u.test(form));
  const markRuns: { forms: number; ms: number; error: string }[] = [];
  try {
    for (const forms of [allForms, allForms.slice(0, 500)]) {
      const page = await plain.newPage();
      await page.goto('http://www.linkedin.com/bench-small');
      await page.addScriptTag({ path: resolve(import.meta.dirname, '../node_modules/mark.js/dist/mark.min.js') });
      const outcome = await page.evaluate(async (terms) => {
        const Mark = (window as unknown as { Mark: new (el: Element) => { mark(t: string[], o: object): void } }).Mark;
        const start = performance.now();
        try {
          await new Promise<void>((done) => new Mark(document.body).mark(terms, { separateWordSearch: false, accuracy: 'exactly', diacritics: false, done: () => done() }));
          return { ms: performance.now() - start, error: '' };
        } catch (error) {
          return { ms: Number.NaN, error: /stack/i.test(String(error)) ? 'stack overflow' : String(error).slice(0, 80) };
        }
      }, forms);
      markRuns.push({ forms: forms.length, ...outcome });
      await page.close();
    }
  } finally {
    await plain.close();
  }

  const scanMs = median(scans);
  const walkMs = median(walks);
  const contentJs = readFileSync(resolve(CHROME_BUILD, 'content-scripts/content.js'));
  const compiled = JSON.stringify(compileMatcher(glossaryTerms()));
  const rows = [
    { measure: 'Jargon Lens: all highlights registered (first scan pass)', ms: round(scanMs), 'MB/s': round(textChars / 2 ** 20 / (scanMs / 1000), 1) },
    { measure: '  of which busy (the rest is yielding to the page)', ms: round(median(busy)), 'MB/s': round(textChars / 2 ** 20 / (median(busy) / 1000), 1) },
    { measure: '  longest slice of scanning work', ms: round(Math.max(...slices)), 'MB/s': '' },
    { measure: 'bare TreeWalker reading the same text (the floor)', ms: round(walkMs), 'MB/s': round(textChars / 2 ** 20 / (walkMs / 1000), 1) },
    { measure: 'scan time ÷ bare walk (target ≤ 2)', ms: round(scanMs / walkMs), 'MB/s': '' },
    { measure: 'longest task while scanning (target ≤ 50; 0 = no task over 50 ms)', ms: round(Math.max(...longest)), 'MB/s': '' },
    ...markRuns.map((run) => ({
      measure: `mark.js, ${run.forms} plain-word forms, ${MARKJS_BYTES / 1024} KB page${run.error ? `: failed (${run.error})` : ' (wraps text in <mark>)'}`,
      ms: round(run.ms),
      'MB/s': round(MARKJS_BYTES / 2 ** 20 / (run.ms / 1000), 2),
    })),
  ];
  report('page-scan', rows, {
    pageTextChars: textChars,
    rangesRegistered: ranges,
    contentScriptBytes: contentJs.length,
    contentScriptGzipBytes: gzipSync(contentJs).length,
    compiledMatcherGzipBytes: gzipSync(compiled).length,
  });
  console.log(`page text ${textChars} chars · ${ranges} ranges · content script ${round(gzipSync(contentJs).length / 1024, 1)} KB gzip (target ≤ 40) · compiled matcher ${round(gzipSync(compiled).length / 1024, 1)} KB gzip`);
});
