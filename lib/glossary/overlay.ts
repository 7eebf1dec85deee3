/**
 * The user's and the team's own terms, compiled at run time into a small matcher and sense table
 * that content scripts search beside the shipped ones (term numbers continue after the shipped
 * terms). Recompiling it costs milliseconds, so an added term reaches open tabs at once, and the
 * shipped glossary is never recompiled.
 */
import { MATCHER_FORMAT, packNodes, type CompiledMatcher } from '../matcher/compiled';
import { compileMatcher } from '../matcher/compile';
import { buildSenseTable, type SenseTable } from '../senses/table';
import { dataVersionOf } from './data-version';
import type { OwnTerm } from './catalog';

export const OVERLAY_FORMAT = 1;

export interface OverlayGlossary {
  readonly format: typeof OVERLAY_FORMAT;
  /** The shipped build it continues (its term numbers start after that build's). */
  readonly dataVersion: string;
  /** A hash of the own terms it was compiled from. */
  readonly ownVersion: string;
  readonly matcher: CompiledMatcher;
  readonly senses: SenseTable;
  /** Shipped term numbers an own term replaces: switched off on pages. */
  readonly overridden: readonly number[];
}

/** What the overlay needs of the shipped build: its version, and its terms' ids and industries. */
export interface ShippedTerms {
  readonly dataVersion: string;
  readonly ids: readonly string[];
  readonly industries: readonly { readonly slug: string; readonly name: string }[];
}

export function ownVersionOf(own: readonly OwnTerm[]): string {
  return dataVersionOf(JSON.stringify([OVERLAY_FORMAT, MATCHER_FORMAT, own]));
}

/** The slug an own term's industry name maps to: a shipped industry's, or one of its own. */
export function ownIndustrySlug(industry: string, shipped: ShippedTerms['industries']): string {
  const known = shipped.find((candidate) => candidate.name.toLowerCase() === industry.toLowerCase());
  return known?.slug ?? `custom-${industry.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'terms'}`;
}

export function compileOverlay(own: readonly OwnTerm[], shipped: ShippedTerms): OverlayGlossary {
  const shippedNumber = new Map(shipped.ids.map((id, i) => [id, i]));
  const overridden = new Set<number>();
  const terms = own.map((term) => {
    const replaces = term.overrides === undefined ? undefined : shippedNumber.get(term.overrides);
    if (replaces !== undefined) overridden.add(replaces);
    return {
      // An override keeps the shipped id, so cards and "Open full entry" resolve as before.
      id: replaces !== undefined ? term.overrides! : term.id,
      name: term.name,
      aliases: term.aliases ?? [],
      acronyms: term.acronyms ?? [],
      nameMatchCase: term.nameMatchCase,
      defaultFor: term.defaultFor,
      never: term.never,
      cues: term.cues,
      cueTerms: term.cueTerms,
      readings: term.readings,
      industrySlug: ownIndustrySlug(term.industry, shipped.industries),
    };
  });
  const matcher = compileMatcher(terms);
  return {
    format: OVERLAY_FORMAT,
    dataVersion: shipped.dataVersion,
    ownVersion: ownVersionOf(own),
    matcher: { ...matcher, nodes: packNodes(matcher.nodes as number[]) },
    senses: buildSenseTable(terms, { offset: shipped.ids.length, known: shippedNumber }),
    overridden: [...overridden].sort((a, b) => a - b),
  };
}

/** An empty overlay for a user without own terms: nothing to search, nothing switched off. */
export function emptyOverlay(dataVersion: string): OverlayGlossary {
  return compileOverlay([], { dataVersion, ids: [], industries: [] });
}
