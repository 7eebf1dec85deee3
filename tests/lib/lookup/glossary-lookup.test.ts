import { describe, expect, it } from 'vitest';
import { createGlossaryLookup } from '../../../lib/lookup/glossary-lookup';
import { makeGlossaryTerm } from '../../helpers/make-term';

const terms = [
  makeGlossaryTerm({ name: 'Action Learning', aliases: ['Action Learning Set'] }, 'Productivity Training & L&D'),
  makeGlossaryTerm({ name: 'Lean Six Sigma', acronyms: ['LSS'] }, 'Manufacturing'),
  makeGlossaryTerm({ name: 'Six Sigma', relatedTitles: ['Quality Engineer', 'Process Engineer', 'Black Belt', 'Green Belt', 'Quality Manager'] }, 'Manufacturing'),
  makeGlossaryTerm({ name: 'Health Insurance Portability and Accountability Act', acronyms: ['HIPAA'] }, 'Healthcare'),
  makeGlossaryTerm({ name: 'Kubernetes', acronyms: ['K8s'], typicalTitle: 'Platform Engineer' }, 'Cloud & DevOps'),
  makeGlossaryTerm({ name: 'Experiential Learning' }, 'Productivity Training & L&D'),
  makeGlossaryTerm({ name: 'Scrum', aliases: ['Scrum framework'] }, 'Project Management'),
  makeGlossaryTerm({ name: 'Scrum Master Certification', aliases: ['Certified ScrumMaster'] }, 'Project Management'),
];
const lookup = createGlossaryLookup(terms);
const names = (query: string) => lookup.find(query).map((hit) => hit.term.name);

describe('glossary lookup', () => {
  it.each([
    ['acton lerning', 'Action Learning'],
    ['six sigma', 'Six Sigma'],
    ['Six-Sigma', 'Six Sigma'],
    ['lean six sigma', 'Lean Six Sigma'],
    ['hipaa', 'Health Insurance Portability and Accountability Act'],
    ['HIPPA', 'Health Insurance Portability and Accountability Act'],
    ['k8s', 'Kubernetes'],
    ['kubernets', 'Kubernetes'],
    ['platform engineer', 'Kubernetes'],
    ['scrum', 'Scrum'],
    ['action learning set', 'Action Learning'],
    ['  ACTION   learning ', 'Action Learning'],
  ])('"%s" ranks %s first', (query, expected) => {
    expect(names(query)[0]).toBe(expected);
  });

  it('ranks Six Sigma above Lean Six Sigma for "six sigma", and still finds both', () => {
    const result = names('six sigma');
    expect(result.indexOf('Six Sigma')).toBeLessThan(result.indexOf('Lean Six Sigma'));
    expect(result).toContain('Lean Six Sigma');
  });

  it('puts an exact alias above a fuzzy name match', () => {
    expect(names('certified scrummaster')[0]).toBe('Scrum Master Certification');
  });

  it('finds terms by their job titles', () => {
    expect(names('black belt')).toContain('Six Sigma');
  });

  it('says which field matched', () => {
    expect(lookup.find('LSS')[0]).toMatchObject({ matchedOn: 'acronym' });
    expect(lookup.find('six sigma')[0]).toMatchObject({ matchedOn: 'name' });
  });

  it('returns nothing for blank or unrelated queries', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('zzqxv')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(lookup.find('learning', 1)).toHaveLength(1);
  });
});

describe('search words', () => {
  it('keeps the symbols that make technology names what they are', async () => {
    const { searchWords } = await import('../../../lib/lookup/glossary-lookup');
    expect(searchWords('c++ and c# on .net, ci/cd (node.js).')).toEqual(['c++', 'and', 'c#', 'on', '.net', 'ci/cd', 'node.js']);
  });
});
