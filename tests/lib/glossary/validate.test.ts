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

  it('rejects a shared form without cues on every term, or without exactly one default', () => {
    expect(
      check({
        path: 'a.json',
        data: makeFile('Alpha', [
          makeTerm({ name: 'One', aliases: ['Shared Words'], acronyms: ['SW'] }),
          makeTerm({ name: 'Two', aliases: ['shared words'], acronyms: ['SW'], cues: ['second'], defaultFor: ['SW', 'shared words'] }),
          makeTerm({ name: 'Three', acronyms: ['SW'], cues: ['third'], defaultFor: ['SW'] }),
        ]),
      }),
    ).toEqual([
      'a.json › term "one" › aliases[0]: "Shared Words" is also a form of "two": a shared form needs cues (or cueTerms) on every term that has it',
      'a.json › term "one" › acronyms[0]: "SW" is also a form of "two", "three": a shared form needs cues (or cueTerms) on every term that has it',
      'a.json › term "one" › acronyms[0]: "SW" is the default (defaultFor) of "two" and "three": only one term can be',
    ]);
  });

  it('accepts senses: a form shared by terms with cues and one default', () => {
    expect(
      check(
        { path: 'a.json', data: makeFile('Alpha', [makeTerm({ name: 'Google Cloud Platform', acronyms: ['GCP'], cues: ['cloud'], defaultFor: ['GCP'] })]) },
        { path: 'b.json', data: makeFile('Beta', [makeTerm({ name: 'Good Clinical Practice', acronyms: ['GCP'], cueTerms: ['google-cloud-platform'], cues: ['protocol', 'clinical trial'] })]) },
      ),
    ).toEqual([]);
  });

  it('checks defaultFor, readings, never-phrases and cue terms against the term\'s own forms', () => {
    expect(
      check({
        path: 'a.json',
        data: makeFile('Alpha', [
          makeTerm({
            name: 'Programmable Logic Controller',
            acronyms: ['PLC'],
            defaultFor: ['PLC', 'PLCs'],
            readings: [
              { form: 'PLC', meaning: 'public limited company', cues: ['shares'], afterName: true },
              { form: 'PLD', meaning: 'a typo', cues: [] },
            ],
            never: ['logic controller', 'the PLC sector', 'Programmable Logic Controller'],
            cueTerms: ['ghost'],
          }),
        ]),
      }),
    ).toEqual([
      'a.json › term "programmable-logic-controller" › cueTerms[0]: names "ghost", which is not in the glossary',
      'a.json › term "programmable-logic-controller" › defaultFor[0]: "PLC" belongs to no other term, so it needs no default: remove it',
      'a.json › term "programmable-logic-controller" › defaultFor[1]: "PLCs" is not one of the term\'s name, aliases or acronyms',
      'a.json › term "programmable-logic-controller" › readings[1].form: "PLD" is not one of the term\'s name, aliases or acronyms',
      'a.json › term "programmable-logic-controller" › readings[1].cues: a reading needs cues or afterName, or it can never be chosen',
      'a.json › term "programmable-logic-controller" › never[0]: "logic controller" does not contain any of the term\'s forms as whole words',
      'a.json › term "programmable-logic-controller" › never[2]: "Programmable Logic Controller" is itself a form of "programmable-logic-controller"',
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
