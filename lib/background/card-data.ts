import { CARD_TITLES, cardSearch } from '../boolean/card-search';
import type { GlossaryTerm } from '../glossary/types';
import type { CardData } from '../messages';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

type SearchDefaults = Pick<Settings, 'defaultPlatform' | 'defaultCountry' | 'defaultExclude'>;

export function cardDataFor(term: GlossaryTerm, defaults: SearchDefaults = DEFAULT_SETTINGS): CardData {
  return {
    id: term.id,
    name: term.name,
    industry: term.industry,
    summary: term.summary,
    typicalTitle: term.typicalTitle,
    relatedTitles: term.relatedTitles.slice(0, CARD_TITLES),
    search: cardSearch(term, defaults),
  };
}
