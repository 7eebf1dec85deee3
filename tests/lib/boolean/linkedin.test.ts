import { describe, expect, it } from 'vitest';
import { linkedInPeopleSearchUrl, linkedInString } from '../../../lib/boolean/linkedin';
import { quoteToken } from '../../../lib/boolean/quote';

describe('LinkedIn strings', () => {
  it('ORs the term forms, ANDs the OR-ed titles, all parenthesised', () => {
    expect(linkedInString({ name: 'Six Sigma', aliases: ['6 Sigma'], acronyms: ['DMAIC'], titles: ['Quality Engineer', 'Process Engineer'] })).toBe(
      '("Six Sigma" OR "6 Sigma" OR DMAIC) AND ("Quality Engineer" OR "Process Engineer")',
    );
  });

  it('quotes symbols and straightens typographic quotes', () => {
    expect(quoteToken('C++')).toBe('"C++"');
    expect(quoteToken('.NET')).toBe('".NET"');
    expect(quoteToken('“Agile” coach')).toBe('"Agile coach"');
    expect(quoteToken('or')).toBe('"or"');
    expect(quoteToken('Kubernetes')).toBe('Kubernetes');
  });

  it('adds a NOT group', () => {
    expect(linkedInString({ name: 'Kaizen', aliases: [], acronyms: [], titles: ['Lean Coordinator'], exclude: ['recruiter', 'intern'] })).toBe(
      'Kaizen AND "Lean Coordinator" NOT (recruiter OR intern)',
    );
  });

  it('encodes the search URL so "+" survives', () => {
    expect(linkedInPeopleSearchUrl('"C++" AND Engineer')).toBe('https://www.linkedin.com/search/results/people/?keywords=%22C%2B%2B%22%20AND%20Engineer');
  });
});
