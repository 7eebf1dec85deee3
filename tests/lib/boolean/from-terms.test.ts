import { describe, expect, it } from 'vitest';
import { buildSearch } from '../../../lib/boolean/build';
import { requestForTerms } from '../../../lib/boolean/from-terms';
import { linkedin } from '../../../lib/boolean/platforms/linkedin';
import { kaizen, kubernetes, lean, sixSigma } from './fixtures';

describe('requestForTerms, one term', () => {
  it('strict: the term in any of its names (name, aliases, acronyms) AND one of the titles', () => {
    expect(requestForTerms([kubernetes], { mode: 'strict' })).toEqual({
      groups: [{ forms: ['Kubernetes', 'K8s'] }],
      titles: ['DevOps Engineer', 'Site Reliability Engineer', 'Platform Engineer', 'Cloud Engineer'],
      keyword: undefined,
      location: undefined,
      exclude: [],
      country: undefined,
      industries: ['software-engineering'],
      minRepos: undefined,
      minFollowers: undefined,
    });
  });

  it('keeps the acronym people write in strict mode (no more "Know Your Customer" without KYC)', () => {
    const kyc = { ...kubernetes, name: 'Know Your Customer', aliases: [], acronyms: ['KYC'] };
    expect(requestForTerms([kyc], { mode: 'strict' }).groups).toEqual([{ forms: ['Know Your Customer', 'KYC'] }]);
  });

  it('broad: the same names, no title required', () => {
    const request = requestForTerms([sixSigma], { mode: 'broad' });
    expect(request.groups).toEqual([{ forms: ['Six Sigma', '6 Sigma', 'Six Sigma Green Belt', 'Six Sigma Black Belt', 'Six Sigma Master Black Belt', 'DMAIC', 'DMADV', 'CSSGB', 'CSSBB'] }]);
    expect(request.titles).toEqual([]);
  });

  it('selects aliases, acronyms and titles (first n, none, or exactly these in any case), and adds the user\'s own', () => {
    const request = requestForTerms([sixSigma], {
      mode: 'strict',
      aliases: ['six sigma green belt', 'not an alias'],
      acronyms: { first: 1 },
      typicalTitle: false,
      relatedTitles: ['Quality Engineer'],
      extraForms: [['Six-Sigma']],
      extraTitles: ['Reliability Engineer', 'quality engineer'],
      exclude: ['recruiter', 'Recruiter', ' ', 'intern'],
      keyword: 'automotive',
      location: 'Detroit',
      country: 'us',
      minRepos: 5,
    });
    expect(request).toMatchObject({
      groups: [{ forms: ['Six Sigma', 'Six Sigma Green Belt', 'DMAIC', 'Six-Sigma'] }],
      titles: ['Quality Engineer', 'Reliability Engineer'],
      exclude: ['recruiter', 'intern'],
      keyword: 'automotive',
      location: 'Detroit',
      country: 'us',
      minRepos: 5,
    });
    expect(requestForTerms([sixSigma], { mode: 'strict', aliases: 'none', acronyms: 'none', relatedTitles: 'none' })).toMatchObject({
      groups: [{ forms: ['Six Sigma'] }],
      titles: ['Six Sigma Black Belt'],
    });
  });
});

describe('requestForTerms, several terms ("find people like this")', () => {
  it('each term its own OR group, the groups ANDed; titles merged without duplicates', () => {
    const request = requestForTerms([lean, kaizen], { mode: 'strict' });
    expect(request.groups).toEqual([{ forms: ['Lean Manufacturing', 'Lean'] }, { forms: ['Kaizen', 'Continuous Improvement'] }]);
    expect(request.titles).toEqual(['Lean Manager', 'Continuous Improvement Engineer', 'Process Engineer', 'Kaizen Facilitator']);
    expect(buildSearch(linkedin, request).parts[0]?.text).toBe(
      // "Lean" finds "Lean Manufacturing", so the longer form is not searched separately.
      'Lean AND (Kaizen OR "Continuous Improvement") AND ("Lean Manager" OR "Continuous Improvement Engineer" OR "Process Engineer" OR "Kaizen Facilitator")',
    );
  });

  it('broad: every term still required, any title', () => {
    const request = requestForTerms([lean, kaizen], { mode: 'broad' });
    expect(request.titles).toEqual([]);
    expect(request.industries).toEqual(['manufacturing']);
    expect(buildSearch(linkedin, request).parts[0]?.text).toBe('Lean AND (Kaizen OR "Continuous Improvement")');
  });

  it('builds nothing from no terms, and says so', () => {
    const result = buildSearch(linkedin, requestForTerms([], { mode: 'broad' }));
    expect(result.parts).toEqual([]);
    expect(result.notes.at(-1)?.message).toBe('Nothing searchable is left: add a term, a title or a keyword.');
  });
});
