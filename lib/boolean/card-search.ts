/**
 * What the hover card's one-click copy puts on the clipboard: the whole search for the term on the
 * user's default platform, strict (the term in any of its names AND one of the card's titles).
 * - One part: that string; where the platform has separate boxes, one labelled line per box.
 * - A few parts (up to CARD_ALL_PARTS): all of them, numbered, to run one after the other.
 * - More: the one part that finds the most, with "part 1 of 5" on the card, so nobody takes it for
 *   the whole search; the entry's Search section has them all.
 * Pure: the card's data can be computed wherever the glossary is (issue 10 moves it).
 */
import { buildSearch } from './build';
import { requestForTerms, type SearchTerm } from './from-terms';
import { platformById } from './platforms';
import { linkedin } from './platforms/linkedin';
import type { SearchPart } from './types';

/** How many related titles the card shows and puts in its search string. */
export const CARD_TITLES = 4;
/** Up to this many parts the card copies them all, numbered; past it, the best one. */
export const CARD_ALL_PARTS = 3;

export interface CardSearchDefaults {
  readonly defaultPlatform: string;
  readonly defaultCountry: string;
  readonly defaultExclude: readonly string[];
}

export interface CardSearch {
  /** The platform's label, for "Copy {platform} search". */
  readonly platform: string;
  /** Exactly what the copy button copies. */
  readonly text: string;
  /** Said under the button when the copy is more (or less) than one plain string; null otherwise. */
  readonly note: string | null;
}

/** One part as text: the string alone, or one "Box: text" line per box where the platform has several. */
export function partCopyText(part: SearchPart): string {
  if (part.fields.length === 0) return part.text;
  return [...(part.text === '' ? [] : [`Keywords: ${part.text}`]), ...part.fields.map((field) => `${field.label}: ${field.text}`)].join('\n');
}

/** Several parts, numbered, each on its own line (a part with boxes keeps its lines, indented). */
export function numberedCopyText(parts: readonly SearchPart[]): string {
  return parts.map((part) => `${part.number}. ${partCopyText(part).replace(/\n/g, '\n   ')}`).join('\n');
}

/** The part that pairs the most forms with titles; the first of equals (the most used forms and titles). */
export function bestPart(parts: readonly SearchPart[]): SearchPart | undefined {
  return parts.reduce<SearchPart | undefined>((best, part) => (best === undefined || part.combinations > best.combinations ? part : best), undefined);
}

export function cardSearch(term: SearchTerm, defaults: CardSearchDefaults): CardSearch {
  const chosen = platformById(defaults.defaultPlatform);
  const platform = chosen?.offeredFor([term.industrySlug]) ? chosen : linkedin;
  const request = requestForTerms([term], {
    mode: 'strict',
    relatedTitles: { first: CARD_TITLES },
    exclude: defaults.defaultExclude,
    country: defaults.defaultCountry || undefined,
  });
  const { parts } = buildSearch(platform, request);
  const [first] = parts;
  if (first === undefined) return { platform: platform.label, text: '', note: 'Nothing searchable on this platform: open the full entry.' };
  if (parts.length === 1) {
    return { platform: platform.label, text: partCopyText(first), note: first.fields.length > 0 ? `One line per ${platform.label} box: ${['Keywords', ...first.fields.map((field) => field.label)].join(', ')}.` : null };
  }
  if (parts.length <= CARD_ALL_PARTS) {
    return { platform: platform.label, text: numberedCopyText(parts), note: `Copies all ${parts.length} parts, numbered: run each.` };
  }
  const best = bestPart(parts) ?? first;
  return {
    platform: platform.label,
    text: partCopyText(best),
    note: `Copies part ${best.number} of ${parts.length}, the one that finds the most. The full entry has all ${parts.length}.`,
  };
}
