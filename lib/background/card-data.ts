import { linkedInString } from '../boolean/linkedin';
import type { GlossaryTerm } from '../glossary/types';
import type { CardData } from '../messages';

/** How many related titles the card shows and puts in its search string. */
const CARD_TITLES = 4;

export function cardDataFor(term: GlossaryTerm): CardData {
  return {
    id: term.id,
    name: term.name,
    industry: term.industry,
    summary: term.summary,
    typicalTitle: term.typicalTitle,
    relatedTitles: term.relatedTitles.slice(0, CARD_TITLES),
    search: {
      platform: 'LinkedIn',
      text: linkedInString({
        name: term.name,
        aliases: term.aliases.slice(0, 2),
        acronyms: term.acronyms.slice(0, 2),
        titles: [term.typicalTitle, ...term.relatedTitles.slice(0, CARD_TITLES)],
      }),
    },
  };
}
