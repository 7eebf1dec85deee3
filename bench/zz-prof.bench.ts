import { it } from 'vitest';
import { shippedGlossary } from '../lib/glossary/shipped';
import { compileMatcher } from '../lib/matcher/compile';
import { createMatcher } from '../lib/matcher/match';
import { realisticText } from './corpus';
it('prof', () => {
  const text = realisticText(1024 * 1024);
  const m = createMatcher(compileMatcher(shippedGlossary().terms));
  for (let r = 0; r < 5; r++) {
    let t = performance.now(); let n = 0;
    for (let s = 0; s < text.length; s++) { n += text.charCodeAt(s) & 1; }
    const t1 = performance.now();
    m.match(text);
    const t2 = performance.now();
    console.log('baseline loop', (t1 - t).toFixed(1), 'match', (t2 - t1).toFixed(1));
  }
});
