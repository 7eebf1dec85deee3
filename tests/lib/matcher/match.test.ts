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
];
const matcher = createMatcher(compileMatcher(glossary));
const found = (text: string) => matcher.match(text).map((m) => `${matcher.ids[m.term]}:${text.slice(m.start, m.end)}`);

describe('matcher', () => {
  it.each([
    ['Led Action Learning sets', ['action-learning:Action Learning']],
    ['ACTION LEARNING and action learning', ['action-learning:ACTION LEARNING', 'action-learning:action learning']],
    ['Certified Lean Six Sigma Black Belt', ['lean-six-sigma:Lean Six Sigma']],
    ['Six Sigma, then six-sigma and Six\u00a0\u00a0Sigma', ['six-sigma:Six Sigma', 'six-sigma:six-sigma', 'six-sigma:Six\u00a0\u00a0Sigma']],
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
