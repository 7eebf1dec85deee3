import { it } from 'vitest';
import { buildSearch } from '../../../lib/boolean/build';
import { requestForTerms } from '../../../lib/boolean/from-terms';
import { platformById } from '../../../lib/boolean/platforms';
import { shippedGlossary } from '../../../lib/glossary/shipped';
it('try', () => {
  const p = platformById('linkedin-recruiter')!;
  for (const term of shippedGlossary().terms) {
    const r = buildSearch(p, requestForTerms([term], { mode: 'strict' }));
    if (r.parts.length > 2) { console.log(term.id, r.parts.length); for (const part of r.parts) console.log('   ', part.text, '|', part.fields[0]?.text); }
  }
});
