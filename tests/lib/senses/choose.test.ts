import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchableTerm } from '../../../lib/matcher/compile';
import { createMatcher } from '../../../lib/matcher/match';
import { chooseInBlock, chooseOnPage, decideWithPage, pageTally } from '../../../lib/senses/choose';
import { buildSenseTable, type SensedTerm } from '../../../lib/senses/table';

type TestTerm = MatchableTerm & SensedTerm;
const term = (id: string, industrySlug: string, name: string, extra: Partial<TestTerm> = {}): TestTerm => ({ id, industrySlug, name, aliases: [], acronyms: [], ...extra });

const glossary: TestTerm[] = [
  term('google-cloud-platform', 'cloud', 'Google Cloud Platform', { acronyms: ['GCP'], defaultFor: ['GCP'], cues: ['cloud', 'BigQuery', 'GKE'] }),
  term('good-clinical-practice', 'pharma', 'Good Clinical Practice', { acronyms: ['GCP'], cues: ['protocol', 'clinical trial', 'investigator'], cueTerms: ['clinical-trial-monitoring'] }),
  term('kubernetes', 'cloud', 'Kubernetes'),
  term('terraform', 'cloud', 'Terraform'),
  term('clinical-trial-monitoring', 'pharma', 'Clinical Monitoring'),
  term('informed-consent', 'pharma', 'Informed Consent'),
  term('plc', 'manufacturing', 'Programmable Logic Controller', {
    acronyms: ['PLC'],
    cues: ['ladder logic', 'automation', 'HMI', 'Siemens'],
    readings: [{ form: 'PLC', meaning: 'public limited company', cues: ['shares', 'FTSE'], afterName: true }],
  }),
];
const matcher = createMatcher(compileMatcher(glossary));
const table = buildSenseTable(glossary);
const id = (n: number | null) => (n === null ? null : matcher.ids[n]);

/** The chosen term id of every match in one block treated as a whole page. */
const chosen = (...blocks: string[]) =>
  chooseOnPage(
    blocks.map((text) => ({ text, matches: matcher.match(text) })),
    table,
  ).map((matches) => matches.map((m) => id(m.term)));

describe('choosing a sense', () => {
  it('follows cues in the same block first', () => {
    expect(chosen('Audited sites for GCP and the protocol')).toEqual([['good-clinical-practice']]);
    expect(chosen('Built data pipelines on GCP with BigQuery')).toEqual([['google-cloud-platform']]);
  });

  it('counts another term named as a cue when it is in the block', () => {
    expect(chosen('Clinical Monitoring and GCP audits')).toEqual([['clinical-trial-monitoring', 'good-clinical-practice']]);
  });

  it('then the industries of the other terms in the block', () => {
    expect(chosen('Kubernetes, Terraform and GCP')).toEqual([['kubernetes', 'terraform', 'google-cloud-platform']]);
    expect(chosen('Informed Consent forms; GCP refresher')).toEqual([['informed-consent', 'good-clinical-practice']]);
  });

  it('then the industries found on the page, else the default', () => {
    expect(chosen('Trained in GCP.', 'Informed Consent coordinator')).toEqual([['good-clinical-practice'], ['informed-consent']]);
    expect(chosen('Trained in GCP.')).toEqual([['google-cloud-platform']]);
  });

  it('then the industries the user highlights', () => {
    const [match] = chooseInBlock('Trained in GCP.', matcher.match('Trained in GCP.'), table);
    const pharma = table.industries.indexOf('pharma');
    expect(id(decideWithPage(match!, new Map(), table, new Set([pharma])).term)).toBe('good-clinical-practice');
    expect(decideWithPage(match!, new Map(), table, new Set([pharma])).tier).toBe('preferred');
  });

  it('reads "not a term here" from its cues or from following a name', () => {
    expect(chosen('Analyst at Barclays PLC, London')).toEqual([[null]]);
    expect(chosen('Barclays PLC shares rose')).toEqual([[null]]);
    expect(chosen('Wrote ladder logic for a Siemens PLC.')).toEqual([['plc']]);
    expect(chosen('Senior PLC Programmer')).toEqual([['plc']]);
    expect(chosen('Experience with PLC troubleshooting')).toEqual([['plc']]);
  });

  it('offers every sense of a shared form, and says which tier decided', () => {
    const [block] = chooseOnPage([{ text: 'GCP and the protocol', matches: matcher.match('GCP and the protocol') }], table);
    expect(block?.[0]).toMatchObject({ tier: 'cue' });
    expect(block?.[0]?.senses?.map(id)).toEqual(['google-cloud-platform', 'good-clinical-practice']);
  });

  it('is a pure function of the block and the page context', () => {
    const texts = ['GCP with BigQuery', 'Trained in GCP.', 'Informed Consent', 'Kubernetes and GCP', 'Barclays PLC.', 'PLC and HMI', 'nothing'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...texts), { maxLength: 6 }), fc.array(fc.constantFrom(...texts), { maxLength: 6 }), (page, other) => {
        const blocks = page.map((text) => ({ text, matches: matcher.match(text) }));
        const first = chooseOnPage(blocks, table);
        // Same blocks, same page context: same choice, in any order and however often asked.
        expect(chooseOnPage([...blocks].reverse(), table).reverse()).toEqual(first);
        // A block's own choice (tiers 1-2) never depends on other blocks.
        const alone = page.map((text) => chooseInBlock(text, matcher.match(text), table));
        const withOthers = [...page, ...other].map((text) => chooseInBlock(text, matcher.match(text), table)).slice(0, page.length);
        expect(withOthers).toEqual(alone);
        // The page decides only through its tally.
        const tally = pageTally([0, 4], table);
        expect(alone.map((matches) => matches.map((m) => decideWithPage(m, tally, table)))).toEqual(alone.map((matches) => matches.map((m) => decideWithPage(m, new Map(tally), table))));
      }),
    );
  });
});

describe('adding a sense', () => {
  it('never changes the matches of unrelated forms', () => {
    const words = ['GCP', 'Kubernetes', 'Terraform', 'PLC', 'AWS', 'Informed Consent', 'cloud', 'the', 'and', 'BigQuery'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 20 }), fc.constantFrom('GCP', 'PLC', 'Terraform', 'Kubernetes'), (parts, shared) => {
        const text = parts.join(' ');
        const extra = term('new-sense', 'other', `New Sense ${shared}`, { acronyms: [shared], cues: ['zzz'] });
        const before = createMatcher(compileMatcher(glossary)).match(text);
        const after = createMatcher(compileMatcher([...glossary, extra])).match(text);
        const unrelated = (m: { start: number; end: number }) => text.slice(m.start, m.end) !== shared;
        expect(after.filter(unrelated)).toEqual(before.filter(unrelated));
        // The shared form keeps its place and gains a sense.
        expect(after.filter((m) => !unrelated(m)).map((m) => [m.start, m.end])).toEqual(before.filter((m) => !unrelated(m)).map((m) => [m.start, m.end]));
      }),
    );
  });
});

describe('cues', () => {
  it('match acronyms only as written, other cues in any case', () => {
    const terms: TestTerm[] = [
      term('statistical-process-control', 'manufacturing', 'Statistical Process Control', { acronyms: ['SPC'], defaultFor: ['SPC'], cues: ['control chart', 'Cpk'] }),
      term('safe-program-consultant', 'project', 'SAFe Practice Consultant', { acronyms: ['SPC'], cues: ['ART', 'PI Planning'] }),
    ];
    const m = createMatcher(compileMatcher(terms));
    const t = buildSenseTable(terms);
    const pick = (text: string) => chooseOnPage([{ text, matches: m.match(text) }], t)[0]!.map((match) => (match.term === null ? null : m.ids[match.term]));
    expect(pick('SPC for our ART')).toEqual(['safe-program-consultant']);
    expect(pick('SPC, state-of-the-art plant')).toEqual(['statistical-process-control']);
    expect(pick('SPC and CPK charts')).toEqual(['statistical-process-control']);
    expect(pick('SPC before pi planning')).toEqual(['safe-program-consultant']);
  });
});
