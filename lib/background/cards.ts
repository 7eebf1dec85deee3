/**
 * Hover cards for the terms a tab found: read from the package's card files (one per industry,
 * loaded once per worker life) or from the user's and team's own terms, with the one-click search
 * for the user's defaults. Content scripts get them with the reply to their report, so a hover
 * never waits for a stopped service worker to wake.
 */
import type { OwnTerm } from '../glossary/catalog';
import { completeCustomTerm } from '../custom/custom-term';
import { cardRecord } from '../glossary/artifacts';
import { ownIndustrySlug } from '../glossary/overlay';
import { loadCards, loadManifest } from '../glossary/package-files';
import type { CardData, CardRequest } from '../messages';
import type { Settings } from '../settings';
import { cardDataFor, type CardTerm } from './card-data';

/** Own terms by the id they show under (an override carries the shipped id). */
export function ownCardTerms(own: readonly OwnTerm[], industries: readonly { slug: string; name: string }[], shippedIds: ReadonlySet<string>): Map<string, CardTerm> {
  const byId = new Map<string, CardTerm>();
  for (const term of own) {
    const id = term.overrides && shippedIds.has(term.overrides) ? term.overrides : term.id;
    const known = industries.find((industry) => industry.name.toLowerCase() === term.industry.toLowerCase());
    byId.set(id, {
      ...cardRecord({ ...completeCustomTerm(term), id }),
      industry: known?.name ?? term.industry,
      industrySlug: ownIndustrySlug(term.industry, industries),
      source: term.source ?? 'custom',
      ...(term.pack ? { pack: term.pack } : {}),
    });
  }
  return byId;
}

export async function cardsFor(requests: readonly CardRequest[], own: readonly OwnTerm[], settings: Settings): Promise<CardData[]> {
  if (requests.length === 0) return [];
  const manifest = await loadManifest();
  const industryName = new Map(manifest.industries.map((industry) => [industry.slug, industry.name]));
  // Which ids own terms override: the ids of every requested shipped industry are enough to know.
  const ownById = ownCardTerms(own, manifest.industries, new Set(own.flatMap((term) => (term.overrides ? [term.overrides] : []))));
  const cards: CardData[] = [];
  const bySlug = new Map<string, string[]>();
  for (const { id, industry } of requests) {
    const ownTerm = ownById.get(id);
    if (ownTerm) cards.push(cardDataFor(ownTerm, settings));
    else if (industryName.has(industry)) bySlug.set(industry, [...(bySlug.get(industry) ?? []), id]);
  }
  await Promise.all(
    [...bySlug].map(async ([slug, ids]) => {
      const file = await loadCards(slug);
      const wanted = new Set(ids);
      for (const record of file.cards) if (wanted.has(record.id)) cards.push(cardDataFor({ ...record, industry: file.industry, industrySlug: slug }, settings));
    }),
  );
  return cards;
}
