/**
 * `buildSearch`: a request rendered for one platform, split into numbered parts where the platform
 * would cut it, with the counters that matter there and plain-language notes about limits and losses.
 */
import { measure } from './count';
import { splitDraft } from './split';
import type { Draft, LeftOut, Note, Platform, SearchPart, SearchRequest, SearchResult } from './types';

/** Share of a limit at which we say it is close. */
const NEAR = 0.9;

function toPart(platform: Platform, draft: Draft, number: number): SearchPart {
  const text = platform.render(draft);
  return {
    number,
    text,
    url: platform.url(text),
    counters: measure(platform, text),
    groups: draft.groups.map((group) => ({ primary: group.primary.text, alternatives: group.alternatives.map((item) => item.text) })),
    titles: draft.titles.map((item) => item.text),
  };
}

const format = (value: number) => value.toLocaleString('en-US');

function limitNotes(platform: Platform, parts: readonly SearchPart[]): Note[] {
  const notes: Note[] = [];
  if (parts.length > 1) {
    const why = platform.limits.filter((limit) => limit.strength !== 'soft').map((limit) => limit.explain).join('; ');
    notes.push({
      level: 'warning',
      message: `Split into ${parts.length} parts (${why}). Run each part: every alternative and title is in exactly one of them, the rest in all.`,
    });
  }
  const counters = parts.flatMap((part) => part.counters);
  for (const limit of platform.limits) {
    const highest = Math.max(0, ...counters.filter((counter) => counter.kind === limit.counter).map((counter) => counter.value));
    if (limit.strength === 'soft' && highest > limit.max) {
      notes.push({ level: 'warning', message: `This string is ${format(highest)} ${limit.counter} long. ${limit.explain}: if the results look wrong, try fewer titles or aliases.` });
    } else if (limit.strength !== 'soft' && parts.length === 1 && highest >= limit.max * NEAR) {
      notes.push({ level: 'info', message: `Close to the limit: ${format(highest)} of ${format(limit.max)} ${limit.counter}. ${limit.explain}.` });
    }
  }
  return notes;
}

/** One note per reason, naming exactly what was left out, so a UI without a list still tells the user. */
function leftOutNotes(leftOut: readonly LeftOut[]): Note[] {
  const byReason = new Map<string, string[]>();
  for (const entry of leftOut) byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), `"${entry.text}"`]);
  return [...byReason].map(([reason, texts]) => ({ level: 'warning', message: `Left out ${texts.join(', ')}: ${reason}.` }));
}

export function buildSearch(platform: Platform, request: SearchRequest): SearchResult {
  const adapted = platform.adapt(request);
  const notes: Note[] = [...adapted.notes];
  if (!platform.offeredFor(request.industries)) {
    notes.push({ level: 'warning', message: `${platform.label} search is offered for technology terms only: it may find few people for these.` });
  }
  const { draft } = adapted;
  if (draft.groups.length === 0 && draft.titles.length === 0 && draft.keyword === null) {
    return {
      platformId: platform.id,
      parts: [],
      leftOut: adapted.leftOut,
      notes: [...notes, ...leftOutNotes(adapted.leftOut), { level: 'warning', message: 'Nothing searchable is left: add a term, a title or a keyword.' }],
    };
  }
  const split = splitDraft(platform, draft);
  const parts = split.parts.map((part, index) => toPart(platform, part, index + 1));
  const leftOut = [...adapted.leftOut, ...split.leftOut];
  if (parts.length === 0) notes.push({ level: 'warning', message: 'No string could be built within the platform\'s limits.' });
  return { platformId: platform.id, parts, leftOut, notes: [...notes, ...limitNotes(platform, parts), ...leftOutNotes(leftOut)] };
}
