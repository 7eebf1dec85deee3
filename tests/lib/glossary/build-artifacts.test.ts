import { describe, expect, it } from 'vitest';
import { artifactPath, type CardFile, type EntryFile, type GlossaryManifest, type PageGlossary, type TermIndexFile } from '../../../lib/glossary/artifacts';
import { buildGlossaryArtifacts, GlossaryBuildError } from '../../../lib/glossary/build-artifacts';
import { checkPageGlossary } from '../../../lib/glossary/page-artifact';
import { createMatcher } from '../../../lib/matcher/match';
import type { LookupShard } from '../../../lib/lookup/lookup-index';
import { makeFile, makeTerm } from '../../helpers/make-term';

const sources = [
  { path: 'data/glossary/manufacturing.json', data: makeFile('Manufacturing', [makeTerm({ name: 'Six Sigma' }), makeTerm({ name: 'Kaizen', aliases: ['Kaizen Event'] })]) },
  { path: 'data/glossary/cloud-devops.json', data: makeFile('Cloud and DevOps', [makeTerm({ name: 'Kubernetes', acronyms: ['K8s'], explanation: 'A very particular sentence about container orchestration that appears nowhere else. '.repeat(5).trim() })]) },
];

const json = <T>(files: ReadonlyMap<string, string>, path: string) => JSON.parse(files.get(path)!) as T;

describe('the build step', () => {
  const { files } = buildGlossaryArtifacts(sources);
  const manifest = json<GlossaryManifest>(files, artifactPath.manifest);
  const index = json<TermIndexFile>(files, artifactPath.terms);
  const page = json<PageGlossary>(files, artifactPath.page);

  it('numbers terms once, by name, the same in the term index, the matcher and the sense table', () => {
    expect(index.terms.map(([id]) => id)).toEqual(['kaizen', 'kubernetes', 'six-sigma']);
    expect(page.matcher.ids).toEqual(['kaizen', 'kubernetes', 'six-sigma']);
    expect(page.senses.termIndustry.map((n) => page.senses.industries[n])).toEqual(['manufacturing', 'cloud-devops', 'manufacturing']);
    const matcher = createMatcher(checkPageGlossary(page).ok ? page.matcher : ({} as never));
    expect(matcher.match('Ran a Kaizen Event on K8s').map((m) => matcher.ids[m.term])).toEqual(['kaizen', 'kubernetes']);
  });

  it('stamps every file with the package format and one data version', () => {
    for (const [path, text] of files) {
      if (path.includes('/lookup/')) continue;
      expect(JSON.parse(text), path).toMatchObject({ format: manifest.format, dataVersion: manifest.dataVersion });
    }
    expect(buildGlossaryArtifacts(sources).manifest.dataVersion).toBe(manifest.dataVersion);
    const edited = [sources[0]!, { ...sources[1]!, data: makeFile('Cloud and DevOps', [makeTerm({ name: 'Kubernetes', summary: 'Another summary, long enough to be a valid one.' })]) }];
    expect(buildGlossaryArtifacts(edited).manifest.dataVersion).not.toBe(manifest.dataVersion);
  });

  it('splits what each part loads: lookup shards by first letter, cards and entries by industry', () => {
    expect(manifest.lookupShards).toEqual(expect.arrayContaining(['k', 's']));
    expect(json<LookupShard>(files, artifactPath.lookupShard('k')).words).toEqual(expect.arrayContaining(['k8s', 'kaizen', 'kubernetes']));
    expect(json<CardFile>(files, artifactPath.cards('cloud-devops')).cards.map((card) => card.id)).toEqual(['kubernetes']);
    expect(json<EntryFile>(files, artifactPath.entries('manufacturing')).terms.map((term) => term.id)).toEqual(['kaizen', 'six-sigma']);
  });

  it('keeps the long text in one file only', () => {
    const holders = [...files].filter(([, text]) => text.includes('container orchestration that appears nowhere else')).map(([path]) => path);
    expect(holders).toEqual([artifactPath.entries('cloud-devops')]);
  });

  it('fails naming file › term › field', () => {
    const broken = [{ path: 'data/glossary/bad.json', data: makeFile('Bad', [{ ...makeTerm({ name: 'Broken' }), summary: 'x' }]) }];
    expect(() => buildGlossaryArtifacts(broken)).toThrow(GlossaryBuildError);
    expect(() => buildGlossaryArtifacts(broken)).toThrow('data/glossary/bad.json › term "broken" › summary: must be at least 30 characters');
  });

  it('groups industries by sector, in the sectors file\'s order, and refuses a sector file that lists an industry twice', () => {
    const sectors = { path: 'data/sectors.json', data: { sectors: [{ name: 'Technology', industries: ['cloud-devops'] }, { name: 'Industry', industries: ['manufacturing'] }] } };
    const grouped = buildGlossaryArtifacts(sources, sectors).manifest.industries;
    expect(grouped.map(({ slug, sector }) => [slug, sector])).toEqual([
      ['cloud-devops', 'Technology'],
      ['manufacturing', 'Industry'],
    ]);
    // Without a sectors file (generated glossaries): by name, no sector.
    expect(manifest.industries.map(({ slug, sector }) => [slug, sector])).toEqual([
      ['cloud-devops', undefined],
      ['manufacturing', undefined],
    ]);
    const twice = { path: 'data/sectors.json', data: { sectors: [{ name: 'Alpha', industries: ['cloud-devops'] }, { name: 'Beta', industries: ['cloud-devops'] }] } };
    expect(() => buildGlossaryArtifacts(sources, twice)).toThrow('data/sectors.json › Beta: "cloud-devops" is already in "Alpha"');
    expect(() => buildGlossaryArtifacts(sources, { path: 'data/sectors.json', data: { sectors: [{ name: 'Alpha', industries: ['Not A Slug'] }] } })).toThrow('data/sectors.json › sectors.0.industries.0: must be an industry slug (kebab-case)');
  });
});
