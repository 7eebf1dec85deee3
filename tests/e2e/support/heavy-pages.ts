/**
 * Heavy and stormy pages (issue 14, item 5), shared by the e2e test (the scanner's own slices stay
 * short, and the result is exact once the page settles) and the benchmark (the longest task on each
 * page, beside the same page in a browser without the extension). Each page builds itself with a
 * script, then sets `window.__expected` (the highlights it should end with) and, once it stops
 * changing, `window.__settled`.
 */

/** Plain work English with no glossary term in it. */
export const FILLER = 'The team met the quarterly targets and shipped the release on schedule while the customers praised the support';

export interface HeavyPage {
  /** What the page is, as the issue describes it. */
  readonly label: string;
  /** Path under www.linkedin.com (and www.example.org for the extension-free runs). */
  readonly path: string;
  readonly html: string;
  /** How long the page keeps changing after load (ms); 0 for pages that only build themselves. */
  readonly stormMs: number;
}

const page = (body: string, script: string, style = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>heavy</title><style>${style}</style></head><body>${body}<script>
const FILLER = ${JSON.stringify(FILLER)};
performance.mark('page-built-start');
${script}
performance.mark('page-built');
</script></body></html>`;

/** A deterministic sequence, so each run of a storm changes the same blocks. */
const RANDOM = `let seed = 7; const random = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };`;

/** Paragraphs that change in batches, then go back to how they started. */
function stormScript(blocks: number, perBatch: number, everyMs: number, stormMs: number, container = 'document.getElementById("feed")'): string {
  return `${RANDOM}
const feed = ${container};
const initial = [];
let expected = 0;
for (let i = 0; i < ${blocks}; i++) {
  const p = document.createElement('p');
  p.textContent = i % 20 === 0 ? 'Post ' + i + ': Tableau dashboards. ' + FILLER : 'Post ' + i + ': ' + FILLER;
  if (i % 20 === 0) expected++;
  initial.push(p.textContent);
  feed.append(p);
}
window.__expected = expected;
let tick = 0;
const storm = setInterval(() => {
  for (let k = 0; k < ${perBatch}; k++) {
    const i = random(${blocks});
    feed.children[i].textContent = (tick % 2 ? 'Kaizen update ' : 'SQL update ') + tick + '. ' + FILLER;
  }
  tick++;
}, ${everyMs});
setTimeout(() => {
  clearInterval(storm);
  initial.forEach((text, i) => { feed.children[i].textContent = text; });
  window.__settled = true;
}, ${stormMs});`;
}

const MB = 1024 * 1024;

export const HEAVY_PAGES: readonly HeavyPage[] = [
  {
    label: 'a 5 MB text node',
    path: 'heavy/text-node',
    stormMs: 0,
    html: page(
      '<main><p id="big"></p></main>',
      `const parts = []; let length = 0; let expected = 0;
for (let i = 0; length < ${5 * MB}; i++) {
  const sentence = i % 40 === 0 ? 'Ran Kaizen events. ' : FILLER + '. ';
  if (i % 40 === 0) expected++;
  parts.push(sentence); length += sentence.length;
}
document.getElementById('big').textContent = parts.join('');
window.__expected = expected; window.__settled = true;`,
    ),
  },
  {
    label: '5 MB of inline spans',
    path: 'heavy/inline-spans',
    stormMs: 0,
    html: page(
      '<main><p id="line"></p></main>',
      `const line = document.getElementById('line'); let length = 0; let expected = 0;
for (let i = 0; length < ${5 * MB}; i++) {
  const span = document.createElement(i % 3 ? 'span' : 'b');
  span.textContent = i % 60 === 0 ? 'Six Sigma projects and ' : FILLER.slice(0, 40 + (i % 30)) + ' ';
  if (i % 60 === 0) expected++;
  length += span.textContent.length + 13;
  line.append(span);
}
window.__expected = expected; window.__settled = true;`,
    ),
  },
  {
    label: '50,000 shadow roots',
    path: 'heavy/shadow-roots',
    stormMs: 0,
    html: page(
      '<main id="list"></main>',
      `const list = document.getElementById('list'); let expected = 0;
for (let i = 0; i < 50000; i++) {
  const host = document.createElement('div');
  const p = document.createElement('p');
  p.textContent = i % 100 === 0 ? 'Item ' + i + ': Python scripts' : 'Item ' + i + ': ' + FILLER.slice(0, 50);
  if (i % 100 === 0) expected++;
  host.attachShadow({ mode: 'open' }).append(p);
  list.append(host);
}
window.__expected = expected; window.__settled = true;`,
    ),
  },
  {
    label: 'a 50,000-deep hidden tree',
    path: 'heavy/deep-hidden',
    stormMs: 0,
    html: page(
      '<main><p>Kaizen on top.</p><div id="root" class="collapsed"></div></main>',
      `let node = document.getElementById('root');
for (let i = 0; i < 50000; i++) { const child = document.createElement('div'); node.append(child); node = child; }
node.textContent = 'Six Sigma, deep inside';
// Hidden by a class: the scanner cannot know without asking for styles, so it walks it all.
window.__expected = 2; window.__settled = true;`,
      '.collapsed { display: none; }',
    ),
  },
  {
    label: '25 blocks changed every 50 ms (1 MB page)',
    path: 'heavy/storm-25',
    stormMs: 6_000,
    html: page('<main id="feed"></main>', stormScript(5_000, 25, 50, 6_000)),
  },
  {
    label: '400 blocks changed every 16 ms',
    path: 'heavy/storm-400',
    stormMs: 6_000,
    html: page('<main id="feed"></main>', stormScript(2_000, 400, 16, 6_000)),
  },
  {
    label: 'a mutation storm under a 20,000-deep tree',
    path: 'heavy/storm-deep',
    stormMs: 6_000,
    html: page(
      '<main><p>Kaizen on top.</p><div id="root" class="collapsed"></div></main>',
      `let deep = document.getElementById('root');
for (let i = 0; i < 20000; i++) { const child = document.createElement(i % 2 ? 'span' : 'div'); deep.append(child); deep = child; }
${stormScript(200, 50, 16, 6_000, 'deep')}
window.__expected += 1;`,
      // Collapsed: Chromium's renderer cannot lay out a visible tree this deep (the tab crashes with or without the extension).
      '.collapsed { display: none; }',
    ),
  },
];

/** Routes for the fixture server: each page on LinkedIn (the extension runs) and on example.org (it does not). */
export function heavyRoutes(): Record<string, () => string> {
  const routes: Record<string, () => string> = {};
  for (const heavy of HEAVY_PAGES) {
    routes[`www.linkedin.com/${heavy.path}`] = () => heavy.html;
    routes[`www.example.org/${heavy.path}`] = () => heavy.html;
  }
  return routes;
}

/** Long tasks as the page sees them (PerformanceObserver 'longtask'), kept from the first moment. */
export const LONG_TASK_RECORDER = `window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`;

/** Run in the page: highlighted ranges (every highlight in the registry; heavy pages register none). */
export function rangeCount(): number {
  let count = 0;
  for (const highlight of CSS.highlights.values()) count += (highlight as unknown as { size: number }).size;
  return count;
}
