/**
 * The glossary as extension pages see it: every term's id, name and industry (from terms.json),
 * the user's and the team's own terms merged on top, a lookup over all of them, and full entries
 * loaded one industry at a time when one is opened. Nothing here parses the glossary's long text
 * at start.
 *
 * An own term that overrides a shipped one takes its place under the shipped id (so links, cards
 * and highlights still resolve); other own terms join their industry by name, or a new one.
 */
import { completeCustomTerm, type CustomTerm } from '../custom/custom-term';
import type { OverlayPack } from '../custom/overlay-terms';
import { createGlossaryLookup, inMemorySource, type MatchedOn } from '../lookup/glossary-lookup';
import { buildLookupIndex } from '../lookup/lookup-index';
import type { Term } from '../../data/glossary.schema';
import type { LookupShard } from '../lookup/lookup-index';
import type { CardRecord, TermIndexFile } from './artifacts';
import type { GlossaryTerm } from './types';
import { byName, mergeByName } from '../compare-names';

/** Where a term comes from: shipped (no field), the user's own, or a team pack. */
export type TermSource = 'custom' | 'team';

/** An own term as the catalog takes it: a stored custom term, marked when it came from a team (lib/custom/overlay-terms.ts). */
export type OwnTerm = CustomTerm & { readonly source?: TermSource; readonly pack?: OverlayPack | undefined };

/** A term as lists show it. */
export interface TermRef {
  readonly id: string;
  readonly name: string;
  readonly industry: string;
  readonly industrySlug: string;
  readonly source?: TermSource;
  /** The team pack, for team terms. */
  readonly pack?: OverlayPack;
  /** The own term's id, when it overrides a shipped term and so carries the shipped id. */
  readonly customId?: string;
}

export interface CatalogIndustry {
  readonly slug: string;
  readonly name: string;
  /** The group it is listed under (shipped industries; the user's and team's own have none). */
  readonly sector?: string;
  readonly terms: readonly TermRef[];
}

export interface CatalogHit {
  readonly term: TermRef;
  readonly matchedOn: MatchedOn;
}

/** Full entries and short cards of shipped terms, by industry slug (package files in the extension). */
export interface EntrySource {
  entries(slug: string): Promise<{ readonly industry: string; readonly terms: readonly Term[] }>;
  cards(slug: string): Promise<{ readonly cards: readonly CardRecord[] }>;
}

export interface Catalog {
  readonly industries: readonly CatalogIndustry[];
  /** Every term, sorted by name. */
  readonly terms: readonly TermRef[];
  readonly byId: ReadonlyMap<string, TermRef>;
  find(query: string, limit?: number): Promise<CatalogHit[]>;
  /** The full entry (loads its industry's entries the first time). */
  entry(id: string): Promise<GlossaryTerm | undefined>;
  /** Full entries of several terms, in the order given (unknown ids left out). */
  entries(ids: readonly string[]): Promise<GlossaryTerm[]>;
  /** One-sentence summaries for list rows (loads the short cards of their industries). */
  summaries(terms: readonly TermRef[]): Promise<Map<string, string>>;
}


function slugFor(industry: string, known: ReadonlyMap<string, string>): string {
  return known.get(industry.toLowerCase()) ?? `custom-${industry.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'terms'}`;
}

/** `lookupShards` answers the shipped lookup (package files); own terms get an index built here. */
export function buildCatalog(
  shipped: TermIndexFile,
  own: readonly OwnTerm[],
  sources: { readonly lookupShard: (key: string) => Promise<LookupShard | undefined>; readonly vocabulary: () => Promise<readonly string[]> } & EntrySource,
): Catalog {
  const industryName = new Map(shipped.industries.map((industry) => [industry.name.toLowerCase(), industry.name]));
  const industrySlug = new Map(shipped.industries.map((industry) => [industry.name.toLowerCase(), industry.slug]));
  const shippedRefs: TermRef[] = shipped.terms.map(([id, name, industry]) => ({ id, name, industry: shipped.industries[industry]!.name, industrySlug: shipped.industries[industry]!.slug }));
  const shippedIds = new Set(shippedRefs.map((term) => term.id));
  const overridden = new Set(own.flatMap((term) => (term.overrides && shippedIds.has(term.overrides) ? [term.overrides] : [])));

  const ownRefs: TermRef[] = own.map((term) => ({
    id: term.overrides && overridden.has(term.overrides) ? term.overrides : term.id,
    name: term.name,
    industry: industryName.get(term.industry.toLowerCase()) ?? term.industry,
    industrySlug: slugFor(term.industry, industrySlug),
    source: term.source ?? 'custom',
    ...(term.pack ? { pack: term.pack } : {}),
    customId: term.id,
  }));
  const ownById = new Map(ownRefs.map((ref, i) => [ref.id, own[i]!]));
  // terms.json is in name order already (the build sorts it with the same comparison): only the own terms need sorting.
  const terms = mergeByName(shippedRefs.filter((term) => !overridden.has(term.id)), [...ownRefs].sort(byName));
  const byId = new Map(terms.map((term) => [term.id, term]));
  const industries = new Map<string, { slug: string; name: string; sector?: string; terms: TermRef[] }>();
  const shippedIndustry = new Map(shipped.industries.map((industry, i) => [industry.slug, { info: industry, rank: i }]));
  for (const term of terms) {
    let industry = industries.get(term.industrySlug);
    if (!industry) {
      const sector = shippedIndustry.get(term.industrySlug)?.info.sector;
      industry = { slug: term.industrySlug, name: term.industry, ...(sector ? { sector } : {}), terms: [] };
      industries.set(term.industrySlug, industry);
    }
    industry.terms.push(term);
  }
  // Shipped industries in the package's order (by sector, then name); the user's own after them.
  const industryRank = (slug: string) => shippedIndustry.get(slug)?.rank ?? shipped.industries.length;

  // Lookup numbering: shipped term n is row n of terms.json; own terms follow.
  const numbered = [...shippedRefs.map((ref) => (overridden.has(ref.id) ? undefined : ref)), ...ownRefs];
  const ownIndex = buildLookupIndex(own.map((term) => ({ name: term.name, aliases: term.aliases ?? [], acronyms: term.acronyms ?? [], typicalTitle: term.typicalTitle, relatedTitles: term.relatedTitles })));
  const lookup = createGlossaryLookup(
    [{ offset: 0, shard: sources.lookupShard, vocabulary: sources.vocabulary }, inMemorySource(ownIndex, shippedRefs.length)],
    (term) => numbered[term]?.name,
  );

  async function entry(id: string): Promise<GlossaryTerm | undefined> {
    const ref = byId.get(id);
    if (!ref) return undefined;
    const ownTerm = ownById.get(id);
    if (ownTerm) {
      return { ...completeCustomTerm(ownTerm), id, industry: ref.industry, industrySlug: ref.industrySlug, source: ref.source ?? 'custom', customId: ownTerm.id, ...(ref.pack ? { pack: ref.pack } : {}) };
    }
    const file = await sources.entries(ref.industrySlug);
    const term = file.terms.find((candidate) => candidate.id === id);
    return term ? { ...term, industry: file.industry, industrySlug: ref.industrySlug } : undefined;
  }

  return {
    industries: [...industries.values()].sort((a, b) => industryRank(a.slug) - industryRank(b.slug) || byName(a, b)),
    terms,
    byId,
    async find(query, limit) {
      return (await lookup.find(query, limit)).flatMap(({ term, matchedOn }) => {
        const ref = numbered[term];
        return ref ? [{ term: ref, matchedOn }] : [];
      });
    },
    entry,
    async entries(ids) {
      return (await Promise.all(ids.map(entry))).flatMap((term) => term ?? []);
    },
    async summaries(refs) {
      const found = new Map<string, string>();
      const slugs = new Set<string>();
      for (const ref of refs) {
        const ownTerm = ownById.get(ref.id);
        if (ownTerm) found.set(ref.id, ownTerm.summary);
        else slugs.add(ref.industrySlug);
      }
      const wanted = new Set(refs.map((ref) => ref.id));
      await Promise.all(
        [...slugs].map(async (slug) => {
          for (const card of (await sources.cards(slug)).cards) if (wanted.has(card.id) && !ownById.has(card.id)) found.set(card.id, card.summary);
        }),
      );
      return found;
    },
  };
}

/**
 * A catalog that answers once `ready` has: the popup draws its search box at once, and what is
 * typed meanwhile is looked up as soon as the term index has loaded. Its lists are empty until
 * then (the page draws again with the real catalog).
 */
export function pendingCatalog(ready: Promise<Catalog>): Catalog {
  return {
    industries: [],
    terms: [],
    byId: new Map(),
    find: async (query, limit) => (await ready).find(query, limit),
    entry: async (id) => (await ready).entry(id),
    entries: async (ids) => (await ready).entries(ids),
    summaries: async (refs) => (await ready).summaries(refs),
  };
}
