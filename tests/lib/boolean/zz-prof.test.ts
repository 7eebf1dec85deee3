import { it } from 'vitest';
import { buildSearch } from '../../../lib/boolean/build';
import { requestForTerms } from '../../../lib/boolean/from-terms';
import { PLATFORMS } from '../../../lib/boolean/platforms';
import { shippedGlossary } from '../../../lib/glossary/shipped';
it('prof', () => {
  const terms = shippedGlossary().terms;
  const t = performance.now();
  const triples = [];
  for (let i = 0; i + 2 < terms.length; i += 21) triples.push(terms.slice(i, i + 3));
  for (const p of PLATFORMS) for (const mode of ['strict'] as const) for (const tr of triples) buildSearch(p, requestForTerms(tr, { mode }));
  console.log('triples', triples.length, (performance.now() - t).toFixed(0));
});
