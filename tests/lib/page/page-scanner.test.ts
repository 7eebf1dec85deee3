// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/matcher/compile';
import { createMatcher } from '../../../lib/matcher/match';
import { HighlightSet } from '../../../lib/page/highlight-set';
import { PageScanner } from '../../../lib/page/page-scanner';
import { textRuns } from '../../../lib/scan/text-runs';

const matcher = createMatcher(
  compileMatcher([
    { id: 'kaizen', name: 'Kaizen', aliases: [], acronyms: [] },
    { id: 'six-sigma', name: 'Six Sigma', aliases: [], acronyms: [] },
  ]),
);

let scanner: PageScanner | undefined;
afterEach(() => {
  scanner?.stop();
  document.body.replaceChildren();
});

function setup(passes: { count: number }, extra: Partial<ConstructorParameters<typeof PageScanner>[0]> = {}) {
  const ranges = new Set<AbstractRange>();
  const highlights = new HighlightSet({ ranges, mode: 'every' });
  scanner = new PageScanner({
    document,
    matcher,
    highlights,
    isOwnUi: () => false,
    onPass: () => passes.count++,
    createRange: (init) => init as unknown as AbstractRange,
    batchMs: 5,
    ...extra,
  });
  scanner.start();
  const terms = () => [...highlights.counts()].map(([term, count]) => `${matcher.ids[term]}×${count}`).sort();
  return { highlights, terms, ranges };
}

const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
const until = async (check: () => boolean, tries = 200) => {
  for (let i = 0; i < tries && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('page scanner', () => {
  it('scans the page, then follows added, changed and removed text', async () => {
    document.body.append(paragraph('Ran Kaizen events'));
    const passes = { count: 0 };
    const { terms } = setup(passes);
    await until(() => passes.count >= 1);
    // Highlights show once the pass's results are flushed, which may be a moment after the pass.
    await until(() => terms().join() === 'kaizen×1');

    const added = paragraph('Six Sigma and more Kaizen');
    document.body.append(added);
    await until(() => terms().join() === 'kaizen×2,six-sigma×1');

    (added.firstChild as Text).data = 'nothing left';
    await until(() => terms().join() === 'kaizen×1');

    document.body.replaceChildren();
    await until(() => terms().length === 0);
  });

  it('keeps what each pass cost to itself: nothing on the page\'s performance timeline', async () => {
    performance.clearMeasures();
    document.body.append(paragraph('Kaizen'));
    const passes = { count: 0 };
    setup(passes);
    await until(() => passes.count >= 2);
    expect(performance.getEntries()).toEqual([]);
    const stats = scanner!.stats();
    expect(stats.passes).toBeGreaterThanOrEqual(2);
    expect(stats.fullPasses).toBe(1);
    expect(stats.chars).toBeGreaterThanOrEqual('Kaizen'.length);
    expect(stats.firstFullPass?.kind).toBe('full');
  });

  it('draws each pass in DevTools when the user turned diagnostics on, still nothing on the performance timeline', async () => {
    performance.clearMeasures();
    const drawn: unknown[][] = [];
    const original = console.timeStamp;
    console.timeStamp = ((...args: unknown[]) => void drawn.push(args)) as typeof console.timeStamp;
    try {
      document.body.append(paragraph('Kaizen'));
      const passes = { count: 0 };
      setup(passes, { diagnostics: () => true });
      await until(() => passes.count >= 1);
      expect(drawn[0]).toEqual([expect.stringMatching(/pass: \d+ chars/), expect.any(Number), expect.any(Number), 'Scan passes', 'Jargon Lens', expect.any(String)]);
      expect(performance.getEntries()).toEqual([]);
    } finally {
      console.timeStamp = original;
    }
  });

  it('stops following the page when stopped', async () => {
    const passes = { count: 0 };
    const { terms } = setup(passes);
    await until(() => passes.count >= 1);
    scanner!.stop();
    document.body.append(paragraph('Kaizen'));
    await new Promise((r) => setTimeout(r, 60));
    expect(terms()).toEqual([]);
  });
});

describe('hostile and heavy pages', () => {
  it('releases the highlights of text inside a removed shadow host (custom elements)', async () => {
    const host = document.createElement('x-card');
    host.attachShadow({ mode: 'open' }).append(paragraph('Kaizen inside a shadow root'));
    document.body.append(host, paragraph('Six Sigma outside'));
    const passes = { count: 0 };
    const { terms, highlights, ranges } = setup(passes);
    await until(() => terms().join() === 'kaizen×1,six-sigma×1');
    host.remove();
    await until(() => terms().join() === 'six-sigma×1' && ranges.size === 1);
    expect(highlights.trackedNodes).toBe(1);
  });

  it('finishes its passes while the page keeps changing hundreds of blocks, and is exact once it settles', async () => {
    const blocks = Array.from({ length: 400 }, (_, i) => paragraph(`Post ${i}: nothing yet`));
    document.body.append(...blocks);
    const passes = { count: 0 };
    const { terms } = setup(passes, { sliceMs: 0.05 });
    let tick = 0;
    const storm = setInterval(() => {
      for (const block of blocks) block.textContent = tick % 2 ? `Post ${tick}: Kaizen` : `Post ${tick}: nothing`;
      tick++;
    }, 2);
    try {
      await until(() => passes.count >= 3);
    } finally {
      clearInterval(storm);
    }
    for (const [i, block] of blocks.entries()) block.textContent = i < 50 ? 'Final: Six Sigma' : 'Final: nothing';
    await until(() => terms().join() === 'six-sigma×50');
    expect(scanner!.stats().overflows).toBeGreaterThan(0);
  });

  it('reads a very long text node in windows and finds exactly what one read of the whole finds', () => {
    const words = ['Kaizen', 'Six Sigma', 'Six', 'Sigma', 'lead', 'and', 'x', 'Kaizen,', '  ', 'six-sigma', '\n'];
    return fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...words), { minLength: 4_000, maxLength: 12_000 }), async (parts) => {
        scanner?.stop();
        document.body.replaceChildren();
        const text = parts.join(' ');
        const p = document.createElement('p');
        p.append(text.slice(0, 20_000), document.createElement('b'), text.slice(20_000));
        document.body.append(p);
        const passes = { count: 0 };
        const { terms } = setup(passes, { sliceMs: 1 });
        await until(() => scanner!.stats().fullPasses >= 1);
        const [run] = [...textRuns(p)];
        const expected = new Map<string, number>();
        for (const hit of matcher.match(run!.text)) expected.set(matcher.ids[hit.term]!, (expected.get(matcher.ids[hit.term]!) ?? 0) + 1);
        expect(terms()).toEqual([...expected].map(([id, count]) => `${id}×${count}`).sort());
      }),
      { numRuns: 8 },
    );
  });

  it('pauses inside a 2 MB text node: every window of it is a point where the page can run', async () => {
    const filler = 'The team met the quarterly targets and shipped the release on schedule. '.repeat(50);
    document.body.append(paragraph(`${filler}Kaizen. `.repeat(600)));
    expect(document.body.textContent!.length).toBeGreaterThan(2_000_000);
    const passes = { count: 0 };
    // A zero budget: the scanner yields at every point where it may, so the count of slices is the
    // count of those points (wall-clock budgets belong to the benchmark and the e2e tests).
    const { terms } = setup(passes, { sliceMs: 0 });
    await until(() => scanner!.stats().fullPasses >= 1, 1_000);
    expect(terms()).toEqual(['kaizen×600']);
    expect(scanner!.stats().firstFullPass!.slices).toBeGreaterThanOrEqual(2_000_000 / 16_384);
  });
});
