import { describe, expect, it } from 'vitest';
import { cardDataFor } from '../../../lib/background/card-data';
import type { GlossaryTerm } from '../../../lib/glossary/types';
import { sixSigma } from './fixtures';

const term = {
  ...sixSigma,
  id: 'six-sigma',
  industry: 'Manufacturing',
  summary: 'A data-driven method for reducing defects and variation in processes.',
} as unknown as GlossaryTerm;

describe('the hover card data', () => {
  it('shows the typical title and 4 related titles, and copies the strict LinkedIn search built from them', () => {
    const card = cardDataFor(term);
    expect(card.relatedTitles).toEqual(['Master Black Belt', 'Continuous Improvement Engineer', 'Process Improvement Engineer', 'Quality Engineer']);
    expect(card.search).toEqual({
      platform: 'LinkedIn',
      text: '("Six Sigma" OR "6 Sigma" OR DMAIC OR DMADV OR CSSGB OR CSSBB) AND ("Six Sigma Black Belt" OR "Master Black Belt" OR "Continuous Improvement Engineer" OR "Process Improvement Engineer" OR "Quality Engineer")',
      note: null,
    });
  });
});
