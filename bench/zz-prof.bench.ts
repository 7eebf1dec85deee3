import { it } from 'vitest';
import { compileMatcher } from '../lib/matcher/compile';
import { createMatcher } from '../lib/matcher/match';
import { denseText, realisticText } from './corpus';
import { glossaryTerms } from './glossary-on-disk';
it('prof', () => {
  const m = createMatcher(compileMatcher(glossaryTerms()));
  for (const [name, text] of [['realistic', realisticText(1024 * 1024)], ['dense', denseText(1024 * 1024)]] as const) {
    for (let r = 0; r < 5; r++) {
      const t1 = performance.now();
      const n = m.match(text).length;
      const t2 = performance.now();
      console.log(name, 'match', (t2 - t1).toFixed(1), 'ms', ((1 / ((t2 - t1) / 1000))).toFixed(1), 'MB/s', n);
    }
  }
});
