// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/matcher/compile';
import { createMatcher } from '../../../lib/matcher/match';
import { HighlightSet } from '../../../lib/page/highlight-set';
import { PageScanner } from '../../../lib/page/page-scanner';

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

function setup(passes: { count: number }) {
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
  });
  scanner.start();
  const terms = () => [...highlights.counts()].map(([term, count]) => `${matcher.ids[term]}×${count}`).sort();
  return { highlights, terms };
}

const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('page scanner', () => {
  it('scans the page, then follows added, changed and removed text', async () => {
    document.body.append(paragraph('Ran Kaizen events'));
    const passes = { count: 0 };
    const { terms } = setup(passes);
    await until(() => passes.count >= 1);
    expect(terms()).toEqual(['kaizen×1']);

    const added = paragraph('Six Sigma and more Kaizen');
    document.body.append(added);
    await until(() => terms().join() === 'kaizen×2,six-sigma×1');

    (added.firstChild as Text).data = 'nothing left';
    await until(() => terms().join() === 'kaizen×1');

    document.body.replaceChildren();
    await until(() => terms().length === 0);
  });

  it('records each pass as a performance measure', async () => {
    document.body.append(paragraph('Kaizen'));
    const passes = { count: 0 };
    setup(passes);
    await until(() => passes.count >= 1);
    expect(performance.getEntriesByName('jargon-lens:scan', 'measure').length).toBeGreaterThanOrEqual(1);
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
