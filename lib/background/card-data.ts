import { CARD_TITLES, cardSearch } from '../boolean/card-search';
import { ownerLabel } from '../custom/owner-label';
import type { OverlayPack } from '../custom/overlay-terms';
import type { CardRecord } from '../glossary/artifacts';
import type { CardData } from '../messages';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

type SearchDefaults = Pick<Settings, 'defaultPlatform' | 'defaultCountry' | 'defaultExclude'>;

/** A term's short card fields with its industry: all a card shows and searches with. */
export type CardTerm = CardRecord & { readonly industry: string; readonly industrySlug: string; readonly source?: 'custom' | 'team' | undefined; readonly pack?: OverlayPack | undefined };

/** What a hover card shows for a term: its short fields, whose it is, and the one-click search for the user's defaults. */
export function cardDataFor(term: CardTerm, defaults: SearchDefaults = DEFAULT_SETTINGS): CardData {
  const owner = ownerLabel(term);
  const searchTerm = { ...term, aliases: [...term.aliases], acronyms: [...term.acronyms], relatedTitles: [...term.relatedTitles] };
  return {
    id: term.id,
    name: term.name,
    industry: term.industry,
    ...(owner !== undefined ? { owner } : {}),
    summary: term.summary,
    typicalTitle: term.typicalTitle,
    relatedTitles: term.relatedTitles.slice(0, CARD_TITLES),
    search: cardSearch(searchTerm, defaults),
  };
}
