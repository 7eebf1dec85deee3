import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchableTerm } from '../../../lib/matcher/compile';
import { createMatcher } from '../../../lib/matcher/match';

const term = (id: string, name: string, extra: Partial<MatchableTerm> = {}): MatchableTerm => ({ id, name, aliases: [], acronyms: [], ...extra });

const glossary: MatchableTerm[] = [
  term('action-learning', 'Action Learning'),
  term('six-sigma', 'Six Sigma'),
  term('lean-six-sigma', 'Lean Six Sigma', { acronyms: ['LSS'] }),
  term('java', 'Java'),
  term('javascript', 'JavaScript', { acronyms: ['JS'] }),
  term('cpp', 'C++'),
  term('csharp', 'C#'),
  term('dotnet', '.NET', { aliases: ['dotnet'] }),
  term('nodejs', 'Node.js'),
  term('hipaa', 'Health Insurance Portability and Accountability Act', { acronyms: ['HIPAA'] }),
  term('kpi', 'Key Performance Indicator', { acronyms: ['KPI'] }),
  term('react', 'React', { nameMatchCase: true }),
  term('safe', 'Scaled Agile Framework', { acronyms: ['SAFe'] }),
  term('okrs', 'Objectives and Key Results', { acronyms: ['OKR', 'OKRs'] }),
  term('blooms', "Bloom's Taxonomy"),
  term('scrum-master', 'Scrum Master'),
  term('process-mapping', 'Business Process'),
  term('cafe', 'Café Management'),
  term('design-build', 'Design-Build'),
  term('e-commerce', 'E-commerce', { aliases: ['ecommerce', 'e commerce'] }),
  term('leed', 'LEED'),
  term('sas', 'SAS'),
  term('devops', 'DevOps'),
  term('common-core', 'Common Core', { never: ['common core values', 'our common core'] }),
  term('fixed-income', 'Fixed Income', { never: ['on a fixed income'] }),
];
const matcher = createMatcher(compileMatcher(glossary));
const found = (text: string) => matcher.match(text).map((m) => `${matcher.ids[m.term]}:${text.slice(m.start, m.end)}`);

describe('matcher', () => {
  it.each([
    ['Led Action Learning sets', ['action-learning:Action Learning']],
    ['ACTION LEARNING and action learning', ['action-learning:ACTION LEARNING', 'action-learning:action learning']],
    ['Certified Lean Six Sigma Black Belt', ['lean-six-sigma:Lean Six Sigma']],
    ['Six Sigma, then six-sigma and Six\u00a0\u00a0Sigma', ['six-sigma:Six Sigma', 'six-sigma:Six\u00a0\u00a0Sigma']],
    ['Six\n   Sigma', ['six-sigma:Six\n   Sigma']],
    ['JavaScript, not Java; Java.', ['javascript:JavaScript', 'java:Java', 'java:Java']],
    ['C++ and C# on .NET', ['cpp:C++', 'csharp:C#', 'dotnet:.NET']],
    ['ASP.NET is not .NET alone', ['dotnet:.NET']],
    ['Node.js developer', ['nodejs:Node.js']],
    ['HIPAA vs hipaa', ['hipaa:HIPAA']],
    ['Tracked KPIs and a KPI', ['kpi:KPIs', 'kpi:KPI']],
    ['key performance indicators', ['kpi:key performance indicators']],
    ['React apps; react quickly', ['react:React']],
    ['SAFe, not safe or SAFE', ['safe:SAFe']],
    ['OKRs and OKR', ['okrs:OKRs', 'okrs:OKR']],
    ['Bloom’s Taxonomy and Bloom\'s taxonomy', ["blooms:Bloom’s Taxonomy", "blooms:Bloom's taxonomy"]],
    ['Scrum Masters and scrum masters', ['scrum-master:Scrum Masters', 'scrum-master:scrum masters']],
    ['business processes', ['process-mapping:business processes']],
    ['Café management and CAFÉ MANAGEMENT', ['cafe:Café management', 'cafe:CAFÉ MANAGEMENT']],
    ['Javanese, Javas, SixSigma, LSSX', ['java:Javas']],
    ['soft\u00adhyphen: Six Sig\u00adma', ['six-sigma:Six Sig\u00adma']],
    ['Design-Build firm; design build and maintain; design\u2011build', ['design-build:Design-Build', 'design-build:design\u2011build']],
    ['E-commerce, ecommerce and e commerce', ['e-commerce:E-commerce', 'e-commerce:ecommerce', 'e-commerce:e commerce']],
    ['LEED AP in Leeds; leeds', ['leed:LEED']],
    ['SAS and Sass', ['sas:SAS']],
    ['DevOps teams, not DevOpses', ['devops:DevOps']],
    ['Taught Common Core math; our common core values', ['common-core:Common Core']],
    ['Retirees on a fixed income; fixed income trader', ['fixed-income:fixed income']],
    ['nothing here', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('matches whole words in any script boundary', () => {
    expect(found('éJava')).toEqual([]);
    expect(found('Javaé')).toEqual([]);
    expect(found('日本Java')).toEqual([]);
    expect(found('«Java»')).toEqual(['java:Java']);
  });
});

describe('senses', () => {
  const shared: MatchableTerm[] = [
    term('google-cloud', 'Google Cloud Platform', { acronyms: ['GCP'] }),
    term('good-clinical-practice', 'Good Clinical Practice', { acronyms: ['GCP'], defaultFor: ['GCP'] }),
    term('amazon-web-services', 'Amazon Web Services', { acronyms: ['AWS'], defaultFor: ['AWS'] }),
    term('aws-welding', 'AWS Welding Certification', { acronyms: ['AWS'], aliases: ['AWS D1.1'] }),
  ];
  const sensed = createMatcher(compileMatcher(shared));
  const ids = (text: string) => sensed.match(text).map((m) => [m.term, ...(m.senses ?? [])].map((n) => sensed.ids[n]).join('|'));

  it('gives a shared form every term it belongs to, the default sense first', () => {
    expect(ids('GCP audit')).toEqual(['good-clinical-practice|good-clinical-practice|google-cloud']);
    expect(ids('AWS certified')).toEqual(['amazon-web-services|amazon-web-services|aws-welding']);
  });

  it('prefers a longer form over a shared shorter one', () => {
    expect(ids('AWS D1.1 certified welder')).toEqual(['aws-welding']);
  });

  it('leaves out disabled terms, so the other sense stands alone', () => {
    const mask = new Uint8Array(shared.length).fill(1);
    mask[1] = 0;
    sensed.setEnabled(mask);
    try {
      expect(ids('GCP audit')).toEqual(['google-cloud']);
    } finally {
      sensed.setEnabled(null);
    }
  });

  it('searches several trees as one: the same form in a later tree is one more sense', () => {
    const own = compileMatcher([term('custom-gcp', 'Global Compliance Program', { acronyms: ['GCP'] })]);
    const layered = createMatcher([compileMatcher(shared), own]);
    expect(layered.ids).toEqual([...shared.map((t) => t.id), 'custom-gcp']);
    const [match] = layered.match('GCP');
    expect(match?.senses?.map((n) => layered.ids[n])).toEqual(['good-clinical-practice', 'google-cloud', 'custom-gcp']);
    expect(layered.match('Global Compliance Program and Google Cloud Platform').map((m) => layered.ids[m.term])).toEqual(['custom-gcp', 'google-cloud']);
  });
});
