import { describe, expect, it } from 'vitest';
import { panelFor } from '../../../lib/background/explain-selection';
import { createGlossaryLookup } from '../../../lib/lookup/glossary-lookup';
import { makeGlossaryTerm } from '../../helpers/make-term';

const lookup = createGlossaryLookup([
  makeGlossaryTerm({ name: 'Lean Six Sigma', acronyms: ['LSS'] }),
  makeGlossaryTerm({ name: 'Kaizen', relatedTitles: ['Lean Coordinator', 'Kaizen Facilitator', 'CI Engineer', 'CI Manager', 'Lean Lead'] }),
]);

describe('Explain this', () => {
  it.each([
    ['Lean Six Sigma', { termId: 'lean-six-sigma' }],
    ['  lean six-sigma\n', { termId: 'lean-six-sigma' }],
    ['LSS', { termId: 'lean-six-sigma' }],
    ['kaizn', { query: 'kaizn' }],
    ['Lean Coordinator', { query: 'Lean Coordinator' }],
    ['frobnication engineer', { query: 'frobnication engineer' }],
  ])('%j → %j', (selection, expected) => {
    expect(panelFor(selection, lookup)).toEqual(expected);
  });
});
