/**
 * The build step's logic: validate data/glossary/ against the schema and emit every artifact file
 * (see artifacts.ts). Pure: takes the parsed sources, returns file contents by path, or the
 * problems (file › term › field) that must fail the build. Run by the hook in wxt.config.ts for
 * `npm run build` and `npm run dev`, and by tests and benchmarks on glossaries of their own.
 */
import * as v from 'valibot';
import { SectorsFileSchema, type Term } from '../../data/glossary.schema';
import { packNodes } from '../matcher/compiled';
import { compileMatcher } from '../matcher/compile';
import { buildLookupIndex } from '../lookup/lookup-index';
import { buildSenseTable } from '../senses/table';
import {
  artifactPath,
  cardRecord,
  PACKAGE_FORMAT,
  type CardFile,
  type EntryFile,
  type GlossaryManifest,
  type IndustryInfo,
  type PageGlossary,
  type TermIndexFile,
} from './artifacts';
import { dataVersionOf } from './data-version';
import { formatProblem, validateGlossary, type GlossarySource } from './validate';
import { byName, compareNames } from '../compare-names';

export interface GlossaryBuild {
  /** Artifact path (relative to the extension's root) → file contents. */
  readonly files: ReadonlyMap<string, string>;
  readonly manifest: GlossaryManifest;
}

export class GlossaryBuildError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The glossary has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'GlossaryBuildError';
  }
}

/** data/sectors.json, checked: sector of each industry slug, and the sectors' order. */
function readSectors(sectors: GlossarySource | undefined): { sectorOf: ReadonlyMap<string, string>; order: readonly string[] } {
  if (!sectors) return { sectorOf: new Map(), order: [] };
  const parsed = v.safeParse(SectorsFileSchema, sectors.data);
  if (!parsed.success) throw new GlossaryBuildError(parsed.issues.map((issue) => `${sectors.path} › ${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`));
  const sectorOf = new Map<string, string>();
  const problems: string[] = [];
  for (const sector of parsed.output.sectors) {
    for (const slug of sector.industries) {
      if (sectorOf.has(slug)) problems.push(`${sectors.path} › ${sector.name}: "${slug}" is already in "${sectorOf.get(slug)}"`);
      sectorOf.set(slug, sector.name);
    }
  }
  if (problems.length > 0) throw new GlossaryBuildError(problems);
  return { sectorOf, order: parsed.output.sectors.map((sector) => sector.name) };
}

/**
 * `sources` are data/glossary/<slug>.json files: path ends with the slug. `sectors` is
 * data/sectors.json, when the glossary has one (generated glossaries do not).
 */
export function buildGlossaryArtifacts(sources: readonly GlossarySource[], sectors?: GlossarySource): GlossaryBuild {
  const { problems, files: valid } = validateGlossary(sources);
  if (problems.length > 0) throw new GlossaryBuildError(problems.map(formatProblem));
  const { sectorOf, order } = readSectors(sectors);
  const rank = (slug: string) => {
    const sector = sectorOf.get(slug);
    return sector === undefined ? order.length : order.indexOf(sector);
  };

  const industries = valid
    .map(({ path, file }) => ({ slug: path.replace(/^.*\/|\.json$/g, ''), name: file.industry, terms: [...file.terms].sort(byName) }))
    .sort((a, b) => rank(a.slug) - rank(b.slug) || compareNames(a.name, b.name));
  const industryNumber = new Map(industries.map((industry, i) => [industry.slug, i]));
  const terms: (Term & { industrySlug: string })[] = industries.flatMap((industry) => industry.terms.map((term) => ({ ...term, industrySlug: industry.slug }))).sort(byName);

  const dataVersion = dataVersionOf(JSON.stringify([PACKAGE_FORMAT, industries.map(({ slug, name, terms: list }) => [slug, name, sectorOf.get(slug) ?? null, list])]));
  const stamp = { format: PACKAGE_FORMAT, dataVersion } as const;
  const infos: IndustryInfo[] = industries.map(({ slug, name, terms: list }) => {
    const sector = sectorOf.get(slug);
    return { slug, name, count: list.length, ...(sector ? { sector } : {}) };
  });

  const files = new Map<string, string>();
  const write = (path: string, value: unknown) => files.set(path, JSON.stringify(value));

  const lookup = buildLookupIndex(terms);
  const manifest: GlossaryManifest = { ...stamp, termCount: terms.length, industries: infos, lookupShards: Object.keys(lookup.shards).sort() };
  write(artifactPath.manifest, manifest);
  write(artifactPath.terms, { ...stamp, industries: infos, terms: terms.map((term) => [term.id, term.name, industryNumber.get(term.industrySlug)!]) } satisfies TermIndexFile);

  const matcher = compileMatcher(terms);
  const senses = buildSenseTable(terms);
  write(artifactPath.page, { ...stamp, matcher: { ...matcher, nodes: packNodes(matcher.nodes as number[]) }, senses } satisfies PageGlossary);

  for (const [key, shard] of Object.entries(lookup.shards)) write(artifactPath.lookupShard(key), shard);
  write(artifactPath.vocabulary, lookup.vocabulary);

  for (const industry of industries) {
    write(artifactPath.cards(industry.slug), { ...stamp, industry: industry.name, cards: industry.terms.map(cardRecord) } satisfies CardFile);
    write(artifactPath.entries(industry.slug), { ...stamp, industry: industry.name, terms: industry.terms } satisfies EntryFile);
  }
  return { files, manifest };
}
