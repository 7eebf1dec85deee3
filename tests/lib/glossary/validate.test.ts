import { describe, expect, it } from 'vitest';
import { formatProblem, validateGlossary } from '../../../lib/glossary/validate';
import { makeFile, makeTerm } from '../../helpers/make-term';

const check = (...files: { path: string; data: unknown }[]) => validateGlossary(files).problems.map(formatProblem);

describe('glossary validation', () => {
  it('accepts complete files', () => {
    expect(
      check(
        { path: 'a.json', data: makeFile('Alpha', [makeTerm({ name: 'One', related: ['two'] })]) },
        { path: 'b.json', data: makeFile('Beta', [makeTerm({ name: 'Two', acronyms: ['TWO'], related: ['one'] })]) },
      ),
    ).toEqual([]);
  });

  it.each([
    ['a missing field', { summary: undefined }, 'a.json › term "bad" › summary: must be text'],
    ['a non-kebab id', { id: 'Bad_Id' }, 'a.json › term "Bad_Id" › id: must be kebab-case (a-z, 0-9, single hyphens)'],
    ['too few resume examples', { resumeExamples: ['Only one example here'] }, 'a.json › term "bad" › resumeExamples: must have at least 3 items'],
    ['too few related titles', { relatedTitles: ['A title', 'B title'] }, 'a.json › term "bad" › relatedTitles: must have at least 5 items'],
    [
      'a question without an answer',
      { questions: { ...makeTerm({ name: 'x' }).questions, mid: [{ question: 'What is it really?' }, { question: 'And how is it done?', expectedAnswer: 'Some answer that is long.' }] } },
      'a.json › term "bad" › questions.mid[0].expectedAnswer: is missing',
    ],
    ['a lowercase acronym', { acronyms: ['hipaa'] }, 'a.json › term "bad" › acronyms[0]: must be 2-12 characters with a capital letter'],
    ['a summary over 160 characters', { summary: 'x'.repeat(161) }, 'a.json › term "bad" › summary: must be at most 160 characters'],
    ['padded text', { name: ' Padded ' }, 'a.json › term "bad" › name: must not start or end with spaces'],
    ['an unknown field', { colour: 'red' }, 'a.json › term "bad" › colour: is not a known field (check its spelling)'],
    ['a list given as text', { redFlags: 'one flag' }, 'a.json › term "bad" › redFlags: must be a list'],
    ['a repeated alias', { aliases: ['Foo', 'foo'] }, 'a.json › term "bad" › aliases: must not repeat an alias'],
  ])('names file, term and field for %s', (_, overrides, expected) => {
    const term = { ...makeTerm({ name: 'Bad', id: 'bad' }), ...overrides };
    expect(check({ path: 'a.json', data: { industry: 'Alpha', terms: [term] } })).toContain(expected);
  });

  it('names the file when the whole shape is wrong', () => {
    expect(check({ path: 'x.json', data: [] })).toEqual(['x.json: must be an object like { "industry": "...", "terms": [...] }']);
    expect(check({ path: 'x.json', data: { industry: 'Xyz' } })).toEqual(['x.json › terms: is missing']);
    const { summary: _, ...withoutSummary } = makeTerm({ name: 'Gap' });
    expect(check({ path: 'x.json', data: { industry: 'Xyz', terms: [withoutSummary] } })).toEqual(['x.json › term "gap" › summary: is missing']);
  });

  it('rejects an id used twice, across files', () => {
    expect(
      check(
        { path: 'a.json', data: makeFile('Alpha', [makeTerm({ name: 'One' })]) },
        { path: 'b.json', data: makeFile('Beta', [makeTerm({ name: 'Uno', id: 'one' })]) },
      ),
    ).toEqual(['b.json › term "one" › id: id is already used in a.json']);
  });

  it('rejects links to terms that do not exist, and to itself', () => {
    expect(check({ path: 'a.json', data: makeFile('Alpha', [makeTerm({ name: 'One', related: ['one', 'ghost'] })]) })).toEqual([
      'a.json › term "one" › related[0]: a term cannot link to itself',
      'a.json › term "one" › related[1]: links to "ghost", which is not in the glossary',
    ]);
  });

  it('rejects an alias or acronym that two terms claim', () => {
    expect(
      check({
        path: 'a.json',
        data: makeFile('Alpha', [
          makeTerm({ name: 'One', aliases: ['Shared Words'], acronyms: ['SW'] }),
          makeTerm({ name: 'Two', aliases: ['shared words'], acronyms: ['SW'] }),
          makeTerm({ name: 'One Again', aliases: ['ONE'] }),
        ]),
      }),
    ).toEqual([
      'a.json › term "two" › aliases[0]: "shared words" also belongs to term "one"',
      'a.json › term "two" › acronyms[0]: "SW" also belongs to term "one"',
      'a.json › term "one-again" › aliases[0]: "ONE" also belongs to term "one"',
    ]);
  });

  it('rejects two files for one industry', () => {
    expect(
      check(
        { path: 'a.json', data: makeFile('Alpha', [makeTerm({ name: 'One' })]) },
        { path: 'b.json', data: makeFile('alpha', [makeTerm({ name: 'Two' })]) },
      ),
    ).toEqual(['b.json › industry: industry "alpha" is also used by a.json']);
  });
});
