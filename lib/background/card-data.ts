import { buildSearch } from '../boolean/build';
import { requestForTerms } from '../boolean/from-terms';
import { platformById } from '../boolean/platforms';
import { linkedin } from '../boolean/platforms/linkedin';
import { ownerLabel } from '../custom/owner-label';
import type { OverlayPack } from '../custom/overlay-terms';
import type { CardRecord } from '../glossary/artifacts';
import type { CardData } from '../messages';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

/** How many related titles the card shows and puts in its search string. */
const CARD_TITLES = 4;

type SearchDefaults = Pick<Settings, 'defaultPlatform' | 'defaultCountry' | 'defaultExclude'>;

/** A term's short card fields with its industry: all a card shows and searches with. */
export type CardTerm = CardRecord & { readonly industry: string; readonly industrySlug: string; readonly source?: 'custom' | 'team' | undefined; readonly pack?: OverlayPack | undefined };

/**
 * The card's one-click string on the user's default platform (LinkedIn unless they chose another):
 * broad, short enough to read at a glance (first 2 aliases and acronyms). Where the platform would
 * split it, the card copies the first part; the full entry's Search section shows them all.
 */
function cardSearch(term: CardTerm, defaults: SearchDefaults): { platform: string; text: string } {
  const chosen = platformById(defaults.defaultPlatform);
  const platform = chosen?.offeredFor([term.industrySlug]) ? chosen : linkedin;
  const searchTerm = { ...term, aliases: [...term.aliases], acronyms: [...term.acronyms], relatedTitles: [...term.relatedTitles] };
  const request = requestForTerms([searchTerm], {
    mode: 'broad',
    aliases: { first: 2 },
    acronyms: { first: 2 },
    relatedTitles: { first: CARD_TITLES },
    exclude: defaults.defaultExclude,
    country: defaults.defaultCountry || undefined,
  });
  return { platform: platform.label, text: buildSearch(platform, request).parts[0]?.text ?? '' };
}

export function cardDataFor(term: CardTerm, defaults: SearchDefaults = DEFAULT_SETTINGS): CardData {
  const owner = ownerLabel(term);
  return {
    id: term.id,
    name: term.name,
    industry: term.industry,
    ...(owner !== undefined ? { owner } : {}),
    summary: term.summary,
    typicalTitle: term.typicalTitle,
    relatedTitles: term.relatedTitles.slice(0, CARD_TITLES),
    search: cardSearch(term, defaults),
  };
}
