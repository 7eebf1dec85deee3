import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGlossaryLookup, inMemorySource, lookupOver } from '../../../lib/lookup/glossary-lookup';
import { buildLookupIndex } from '../../../lib/lookup/lookup-index';
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
const lookup = lookupOver(terms);
const names = async (query: string) => (await lookup.find(query)).map((hit) => terms[hit.term]!.name);

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
  ])('"%s" ranks %s first', async (query, expected) => {
    expect((await names(query))[0]).toBe(expected);
  });

  it('ranks Six Sigma above Lean Six Sigma for "six sigma", and still finds both', async () => {
    const result = await names('six sigma');
    expect(result.indexOf('Six Sigma')).toBeLessThan(result.indexOf('Lean Six Sigma'));
    expect(result).toContain('Lean Six Sigma');
  });

  it('puts an exact alias above a fuzzy name match', async () => {
    expect((await names('certified scrummaster'))[0]).toBe('Scrum Master Certification');
  });

  it('finds terms by their job titles', async () => {
    expect(await names('black belt')).toContain('Six Sigma');
  });

  it('says which field matched', async () => {
    expect((await lookup.find('LSS'))[0]).toMatchObject({ matchedOn: 'acronym' });
    expect((await lookup.find('six sigma'))[0]).toMatchObject({ matchedOn: 'name' });
    expect((await lookup.find('black belt'))[0]).toMatchObject({ matchedOn: 'title' });
  });

  it('returns nothing for blank or unrelated queries', async () => {
    expect(await names('')).toEqual([]);
    expect(await names('   ')).toEqual([]);
    expect(await names('zzqxv')).toEqual([]);
  });

  it('respects the limit', async () => {
    expect(await lookup.find('learning', 1)).toHaveLength(1);
  });

  it('answers one or two characters with what starts with them: exact acronyms, then names, shortest first', async () => {
    expect(await names('s')).toEqual(['Scrum', 'Six Sigma', 'Scrum Master Certification']);
    expect(await names('K')).toEqual(['Kubernetes']);
    // Starts of names, acronyms, aliases and titles; not words inside them ("Experiential Learning").
    expect(await names('le')).toEqual(['Lean Six Sigma']);
    expect(await names('ls')).toEqual(['Lean Six Sigma']);
    expect(await names('bl')).toEqual(['Six Sigma']);
    expect((await lookup.find('bl')).map((hit) => hit.matchedOn)).toEqual(['title']);
    expect((await lookupOver([makeGlossaryTerm({ name: 'Quality Assurance', acronyms: ['QA'] }, 'Testing'), makeGlossaryTerm({ name: 'Qameleon' }, 'Testing')]).find('qa')).map((hit) => hit.matchedOn)).toEqual(['acronym', 'name']);
  });

  it('gives the same answer when a typo is typed again as when it is typed first (remembered fuzzy searches)', async () => {
    const fresh = async (query: string) => (await lookupOver(terms).find(query)).map((hit) => hit.term);
    for (const query of ['acton', 'acton l', 'acton le', 'acton ler', 'acton lerning', 'acton']) {
      expect((await lookup.find(query)).map((hit) => hit.term)).toEqual(await fresh(query));
    }
  });
});

describe('search words', () => {
  it('keeps the symbols that make technology names what they are', async () => {
    const { searchWords } = await import('../../../lib/lookup/glossary-lookup');
    expect(searchWords('c++ and c# on .net, ci/cd (node.js).')).toEqual(['c++', 'and', 'c#', 'on', '.net', 'ci/cd', 'node.js']);
  });
});

describe('lookup in pieces', () => {
  it('loads only the shards its words need, and the vocabulary only for a typo', async () => {
    const index = buildLookupIndex(terms);
    const loaded: string[] = [];
    let vocabularyLoads = 0;
    const source = { offset: 0, shard: (key: string) => (loaded.push(key), index.shards[key]), vocabulary: () => (vocabularyLoads++, index.vocabulary) };
    const counted = createGlossaryLookup([source], (term) => terms[term]?.name);
    await counted.find('kub');
    expect(loaded).toEqual(['k']);
    expect(vocabularyLoads).toBe(0);
    await counted.find('kubernets');
    expect(vocabularyLoads).toBe(1);
  });

  it('answers from several indexes as one, numbering each from its offset', async () => {
    const own = [makeGlossaryTerm({ name: 'Talent Pool', acronyms: ['TP'] }, 'Yours'), makeGlossaryTerm({ name: 'Six Sigma Yellow Belt' }, 'Yours')];
    const lookupBoth = createGlossaryLookup([inMemorySource(buildLookupIndex(terms)), inMemorySource(buildLookupIndex(own), terms.length)], (term) => [...terms, ...own][term]?.name);
    const found = async (query: string) => (await lookupBoth.find(query)).map((hit) => [...terms, ...own][hit.term]!.name);
    expect(await found('talent pool')).toEqual(['Talent Pool']);
    // An exact name, then names that start with the query (whichever index they come from), then the rest.
    expect((await found('six sigma')).slice(0, 3)).toEqual(['Six Sigma', 'Six Sigma Yellow Belt', 'Lean Six Sigma']);
  });
});

describe('ranking only the top', () => {
  it('a small limit shows exactly the first results of a large one, whatever the names and ties', async () => {
    const word = fc.constantFrom('data', 'dat', 'lean', 'learn', 'six', 'sigma', 'sig', 'qa', 'ops', 'a', 'ab', 'x');
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(name, { minLength: 1, maxLength: 40, selector: (n) => n.toLowerCase() }), fc.constantFrom('a', 'da', 'dat', 'six s', 'lea', 'sigma', 'q'), fc.integer({ min: 1, max: 8 }), async (names, query, limit) => {
        const many = lookupOver(names.map((n) => makeGlossaryTerm({ name: n }, 'Any')));
        const all = await many.find(query, 1_000);
        expect((await many.find(query, limit)).map((hit) => hit.term)).toEqual(all.slice(0, limit).map((hit) => hit.term));
      }),
      { numRuns: 150 },
    );
  });
});
