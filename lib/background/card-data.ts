import { buildSearch } from '../boolean/build';
import { requestForTerms } from '../boolean/from-terms';
import { linkedin } from '../boolean/platforms/linkedin';
import type { GlossaryTerm } from '../glossary/types';
import type { CardData } from '../messages';

/** How many related titles the card shows and puts in its search string. */
const CARD_TITLES = 4;

/** The card's one-click string: broad, short enough to read at a glance (first 2 aliases and acronyms). */
function cardSearch(term: GlossaryTerm): string {
  const request = requestForTerms([term], {
    mode: 'broad',
    aliases: { first: 2 },
    acronyms: { first: 2 },
    relatedTitles: { first: CARD_TITLES },
  });
  // LinkedIn never splits, so there is exactly one part (none only if nothing searchable is left).
  return buildSearch(linkedin, request).parts[0]?.text ?? '';
}

export function cardDataFor(term: GlossaryTerm): CardData {
  return {
    id: term.id,
    name: term.name,
    industry: term.industry,
    summary: term.summary,
    typicalTitle: term.typicalTitle,
    relatedTitles: term.relatedTitles.slice(0, CARD_TITLES),
    search: { platform: linkedin.label, text: cardSearch(term) },
  };
}
