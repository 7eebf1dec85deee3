import { describe, expect, it } from 'vitest';
import { panelFor } from '../../../lib/background/explain-selection';
import { testCatalog } from '../../helpers/catalog';
import { makeFile, makeTerm } from '../../helpers/make-term';

const catalog = testCatalog([
  {
    slug: 'manufacturing',
    file: makeFile('Manufacturing', [
      makeTerm({ name: 'Lean Six Sigma', acronyms: ['LSS'] }),
      makeTerm({ name: 'Kaizen', relatedTitles: ['Lean Coordinator', 'Kaizen Facilitator', 'CI Engineer', 'CI Manager', 'Lean Lead'] }),
    ]),
  },
]);

describe('Explain this', () => {
  it.each([
    ['Lean Six Sigma', { termId: 'lean-six-sigma' }],
    ['  lean six-sigma\n', { termId: 'lean-six-sigma' }],
    ['LSS', { termId: 'lean-six-sigma' }],
    ['kaizn', { query: 'kaizn' }],
    ['Lean Coordinator', { query: 'Lean Coordinator' }],
    ['frobnication engineer', { query: 'frobnication engineer' }],
  ])('%j → %j', async (selection, expected) => {
    expect(await panelFor(selection, catalog)).toEqual(expected);
  });
});
