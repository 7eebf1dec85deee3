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

describe('the hover card search', () => {
  it('is broad LinkedIn: first 2 aliases and acronyms, the typical title and 4 related titles', () => {
    expect(cardDataFor(term).search).toEqual({
      platform: 'LinkedIn',
      text: '("Six Sigma" OR "6 Sigma" OR "Six Sigma Green Belt" OR DMAIC OR DMADV) AND ("Six Sigma Black Belt" OR "Master Black Belt" OR "Continuous Improvement Engineer" OR "Process Improvement Engineer" OR "Quality Engineer")',
    });
    expect(cardDataFor(term).relatedTitles).toEqual(['Master Black Belt', 'Continuous Improvement Engineer', 'Process Improvement Engineer', 'Quality Engineer']);
  });
});
