import { describe, expect, it } from 'vitest';
import { buildSearch } from '../../../lib/boolean/build';
import { requestForTerms } from '../../../lib/boolean/from-terms';
import { linkedin } from '../../../lib/boolean/platforms/linkedin';
import { kaizen, kubernetes, lean, sixSigma } from './fixtures';

describe('requestForTerms, one term', () => {
  it('strict: the name AND the titles', () => {
    expect(requestForTerms([kubernetes], { mode: 'strict' })).toEqual({
      groups: [{ primary: 'Kubernetes', alternatives: [] }],
      titles: ['DevOps Engineer', 'Site Reliability Engineer', 'Platform Engineer', 'Cloud Engineer'],
      keyword: undefined,
      location: undefined,
      exclude: [],
      country: undefined,
      industries: ['software-engineering'],
    });
  });

  it('broad: the name OR all aliases and acronyms by default', () => {
    expect(requestForTerms([sixSigma], { mode: 'broad' }).groups).toEqual([
      { primary: 'Six Sigma', alternatives: ['6 Sigma', 'Six Sigma Green Belt', 'Six Sigma Black Belt', 'Six Sigma Master Black Belt', 'DMAIC', 'DMADV', 'CSSGB', 'CSSBB'] },
    ]);
  });

  it('selects aliases, acronyms and titles: first n, none, or exactly these (any case)', () => {
    const request = requestForTerms([sixSigma], {
      mode: 'broad',
      aliases: ['six sigma green belt', 'not an alias'],
      acronyms: { first: 1 },
      typicalTitle: false,
      relatedTitles: ['Quality Engineer'],
      exclude: ['recruiter', 'Recruiter', ' ', 'intern'],
      keyword: 'automotive',
      location: 'Detroit',
      country: 'us',
    });
    expect(request).toMatchObject({
      groups: [{ primary: 'Six Sigma', alternatives: ['Six Sigma Green Belt', 'DMAIC'] }],
      titles: ['Quality Engineer'],
      exclude: ['recruiter', 'intern'],
      keyword: 'automotive',
      location: 'Detroit',
      country: 'us',
    });
    expect(requestForTerms([sixSigma], { mode: 'broad', aliases: 'none', acronyms: 'none', relatedTitles: 'none' })).toMatchObject({
      groups: [{ primary: 'Six Sigma', alternatives: [] }],
      titles: ['Six Sigma Black Belt'],
    });
  });
});

describe('requestForTerms, several terms ("find more people like this")', () => {
  it('strict: each term its own OR group, the groups ANDed; titles merged without duplicates', () => {
    const request = requestForTerms([lean, kaizen], { mode: 'strict' });
    expect(request.groups).toEqual([
      { primary: 'Lean Manufacturing', alternatives: ['Lean'] },
      { primary: 'Kaizen', alternatives: ['Continuous Improvement'] },
    ]);
    expect(request.titles).toEqual(['Lean Manager', 'Continuous Improvement Engineer', 'Process Engineer', 'Kaizen Facilitator']);
    expect(buildSearch(linkedin, request).parts[0]?.text).toBe(
      '("Lean Manufacturing" OR Lean) AND (Kaizen OR "Continuous Improvement") AND ("Lean Manager" OR "Continuous Improvement Engineer" OR "Process Engineer" OR "Kaizen Facilitator")',
    );
  });

  it('broad: every form of every term in one OR group', () => {
    const request = requestForTerms([lean, kaizen], { mode: 'broad' });
    expect(request.groups).toEqual([{ primary: 'Lean Manufacturing', alternatives: ['Lean', 'Kaizen', 'Continuous Improvement'] }]);
    expect(request.industries).toEqual(['manufacturing']);
    expect(buildSearch(linkedin, request).parts[0]?.text).toBe(
      '("Lean Manufacturing" OR Lean OR Kaizen OR "Continuous Improvement") AND ("Lean Manager" OR "Continuous Improvement Engineer" OR "Process Engineer" OR "Kaizen Facilitator")',
    );
  });

  it('drops a form repeated across terms from the merged group', () => {
    const request = requestForTerms([lean, { ...kaizen, aliases: ['LEAN', 'Continuous Improvement'] }], { mode: 'broad' });
    expect(request.groups[0]?.alternatives).toEqual(['Lean', 'Kaizen', 'Continuous Improvement']);
  });

  it('builds nothing from no terms, and says so', () => {
    const result = buildSearch(linkedin, requestForTerms([], { mode: 'broad' }));
    expect(result.parts).toEqual([]);
    expect(result.notes.at(-1)?.message).toBe('Nothing searchable is left: add a term, a title or a keyword.');
  });
});
