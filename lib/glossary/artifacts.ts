/**
 * The glossary as the extension ships it: files compiled from data/glossary/ at build time (see
 * build-artifacts.ts and the build hook in wxt.config.ts), each made for the part that loads it.
 *
 *   glossary/manifest.json        industries with counts, the data version     background, every page
 *   glossary/terms.json           id, name and industry of every term          popup, side panel, options
 *   glossary/page.json            compiled matcher + sense table               background → storage → content scripts
 *   glossary/lookup/<c>.json      lookup postings and keys for words in "c"    popup, side panel, "Explain this"
 *   glossary/lookup/vocabulary.json  every lookup word (typo tolerance)        same, only after a typo
 *   glossary/cards/<slug>.json    the short fields a hover card shows          background (handed to tabs)
 *   glossary/entries/<slug>.json  full entries of one industry                 popup, side panel, when one is opened
 *
 * Terms are numbered once, by name: term n is the n-th of terms.json everywhere (matcher, senses,
 * lookup). Every file carries the package format and the data version it was built with, so a
 * reader never mixes pieces of two builds.
 */
import type { Term } from '../../data/glossary.schema';
import type { CompiledMatcher } from '../matcher/compiled';
import type { SenseTable } from '../senses/table';

/** The format of the files below; a change that older readers cannot read bumps it. */
export const PACKAGE_FORMAT = 1;

export const ARTIFACT_DIR = 'glossary';

export const artifactPath = {
  manifest: `${ARTIFACT_DIR}/manifest.json`,
  terms: `${ARTIFACT_DIR}/terms.json`,
  page: `${ARTIFACT_DIR}/page.json`,
  lookupShard: (key: string) => `${ARTIFACT_DIR}/lookup/${key}.json`,
  vocabulary: `${ARTIFACT_DIR}/lookup/vocabulary.json`,
  cards: (slug: string) => `${ARTIFACT_DIR}/cards/${slug}.json`,
  entries: (slug: string) => `${ARTIFACT_DIR}/entries/${slug}.json`,
} as const;

/** What every artifact file starts with. */
export interface ArtifactStamp {
  readonly format: typeof PACKAGE_FORMAT;
  /** A hash of the glossary data (and formats) the files were built from. */
  readonly dataVersion: string;
}

export interface IndustryInfo {
  readonly slug: string;
  readonly name: string;
  readonly count: number;
  /** Its group in the lists (data/sectors.json); industries are ordered by sector, then name. */
  readonly sector?: string;
}

export interface GlossaryManifest extends ArtifactStamp {
  readonly termCount: number;
  readonly industries: readonly IndustryInfo[];
  /** The lookup shards that exist (first characters of words). */
  readonly lookupShards: readonly string[];
}

/** [id, name, industry number (into `industries`)] */
export type TermRow = readonly [id: string, name: string, industry: number];

export interface TermIndexFile extends ArtifactStamp {
  readonly industries: readonly IndustryInfo[];
  /** Sorted by name; the position is the term number. */
  readonly terms: readonly TermRow[];
}

/** What content scripts load: everything to find terms on a page and choose their senses. */
export interface PageGlossary extends ArtifactStamp {
  readonly matcher: CompiledMatcher;
  readonly senses: SenseTable;
}

/** The short part of an entry: what the hover card shows and builds its search from. */
export interface CardRecord {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly typicalTitle: string;
  readonly relatedTitles: readonly string[];
  readonly aliases: readonly string[];
  readonly acronyms: readonly string[];
}

export interface CardFile extends ArtifactStamp {
  readonly industry: string;
  readonly cards: readonly CardRecord[];
}

export interface EntryFile extends ArtifactStamp {
  readonly industry: string;
  readonly terms: readonly Term[];
}

/** How many related titles a card shows (and may search for). */
export const CARD_TITLES = 6;

export function cardRecord(term: Term): CardRecord {
  return {
    id: term.id,
    name: term.name,
    summary: term.summary,
    typicalTitle: term.typicalTitle,
    relatedTitles: term.relatedTitles.slice(0, CARD_TITLES),
    aliases: term.aliases,
    acronyms: term.acronyms,
  };
}

/** Whether a loaded value carries this build's stamp. */
export function hasStamp(value: unknown, dataVersion?: string): value is ArtifactStamp {
  if (typeof value !== 'object' || value === null) return false;
  const stamp = value as Partial<ArtifactStamp>;
  return stamp.format === PACKAGE_FORMAT && typeof stamp.dataVersion === 'string' && (dataVersion === undefined || stamp.dataVersion === dataVersion);
}
