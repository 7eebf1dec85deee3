/**
 * Splitting a draft that is over a platform's limit into parts that each fit. The anchor (site:, the
 * term names, keyword, location, exclusions) repeats in every part; each alternative and each title
 * goes into exactly one part, or is reported as left out with the reason. Every part that has titles to
 * share gets at least one, so no part silently drops the title requirement and turns into a broader search.
 */
import { fitsLimits } from './count';
import type { Draft, DraftItem, LeftOut, Platform } from './types';

interface Slot {
  readonly alternatives: DraftItem[][];
  readonly titles: DraftItem[];
}

interface Queued {
  readonly group: number;
  readonly item: DraftItem;
}

export interface Split {
  readonly parts: readonly Draft[];
  readonly leftOut: readonly LeftOut[];
}

function compose(anchor: Draft, slot: Slot): Draft {
  return {
    ...anchor,
    groups: anchor.groups.map((group, index) => ({ primary: group.primary, alternatives: slot.alternatives[index] ?? [] })),
    titles: slot.titles,
  };
}

function limitsText(platform: Platform): string {
  return platform.limits
    .filter((limit) => limit.strength !== 'soft')
    .map((limit) => limit.explain)
    .join('; ');
}

/** The anchor alone, trimmed from the least essential end until it fits; null when not even the names fit. */
function fittingAnchor(platform: Platform, draft: Draft, leftOut: LeftOut[]): Draft | null {
  const fits = (candidate: Draft) => fitsLimits(platform, platform.render(candidate));
  const why = `left out so the search fits: ${limitsText(platform)}`;
  let anchor: Draft = { ...draft, groups: draft.groups.map((group) => ({ ...group, alternatives: [] })), titles: [] };
  while (!fits(anchor)) {
    const lastExclusion = anchor.exclude.at(-1);
    const lastGroup = anchor.groups.at(-1);
    if (lastExclusion) {
      leftOut.push({ text: lastExclusion.text, role: 'exclude', reason: why });
      anchor = { ...anchor, exclude: anchor.exclude.slice(0, -1) };
    } else if (anchor.keyword) {
      leftOut.push({ text: anchor.keyword.text, role: 'keyword', reason: why });
      anchor = { ...anchor, keyword: null };
    } else if (anchor.location) {
      leftOut.push({ text: anchor.location.text, role: 'location', reason: why });
      anchor = { ...anchor, location: null };
    } else if (anchor.groups.length > 1 && lastGroup) {
      leftOut.push({ text: lastGroup.primary.text, role: 'term', reason: why });
      anchor = { ...anchor, groups: anchor.groups.slice(0, -1) };
    } else {
      return null;
    }
  }
  return anchor;
}

export function splitDraft(platform: Platform, draft: Draft): Split {
  const fits = (candidate: Draft) => fitsLimits(platform, platform.render(candidate));
  if (fits(draft)) return { parts: [draft], leftOut: [] };

  const leftOut: LeftOut[] = [];
  const tooLong = `no room for it beside the rest of the search: ${limitsText(platform)}`;
  const anchor = fittingAnchor(platform, draft, leftOut);
  if (anchor === null) {
    const reason = `the term alone is over the limit: ${limitsText(platform)}`;
    for (const group of draft.groups) {
      leftOut.push({ text: group.primary.text, role: 'term', reason });
      for (const item of group.alternatives) leftOut.push({ text: item.text, role: 'alternative', reason });
    }
    for (const item of draft.titles) leftOut.push({ text: item.text, role: 'title', reason });
    return { parts: [], leftOut };
  }
  // Alternatives of groups the anchor had to drop go with them.
  for (const group of draft.groups.slice(anchor.groups.length)) {
    for (const item of group.alternatives) leftOut.push({ text: item.text, role: 'alternative', reason: `its term "${group.primary.text}" was left out` });
  }

  const fresh = (): Slot => ({ alternatives: anchor.groups.map(() => []), titles: [] });
  const fitsSlot = (slot: Slot) => fits(compose(anchor, slot));
  const withTitle = (title: DraftItem | null, extra: Queued | null): Slot => {
    const slot = fresh();
    if (title) slot.titles.push(title);
    if (extra) slot.alternatives[extra.group]?.push(extra.item);
    return slot;
  };

  // Titles that don't fit even beside the anchor alone can never be placed.
  const titles = draft.titles.filter((title) => {
    if (fitsSlot(withTitle(title, null))) return true;
    leftOut.push({ text: title.text, role: 'title', reason: tooLong });
    return false;
  });
  const hasTitles = titles.length > 0;
  const kept = draft.groups.slice(0, anchor.groups.length);
  const queue: Queued[] = kept.flatMap((group, index) => group.alternatives.map((item) => ({ group: index, item })));
  const slots: Slot[] = [];

  // Phase 1: alternatives, each part seeded with one title so it keeps the title requirement.
  while (queue.length > 0) {
    if (hasTitles && titles.length === 0) break;
    const head = queue[0] as Queued;
    const seedIndex = hasTitles ? titles.findIndex((title) => fitsSlot(withTitle(title, head))) : -1;
    if ((hasTitles && seedIndex === -1) || (!hasTitles && !fitsSlot(withTitle(null, head)))) {
      leftOut.push({ text: head.item.text, role: 'alternative', reason: tooLong });
      queue.shift();
      continue;
    }
    const slot = fresh();
    if (hasTitles) slot.titles.push(...titles.splice(seedIndex, 1));
    // First fit: a later, shorter alternative may still fit where the next one doesn't.
    for (let index = 0; index < queue.length; ) {
      const { group, item } = queue[index] as Queued;
      const alternatives = slot.alternatives[group] as DraftItem[];
      alternatives.push(item);
      if (fitsSlot(slot)) {
        queue.splice(index, 1);
      } else {
        alternatives.pop();
        index += 1;
      }
    }
    slots.push(slot);
  }
  for (const { item } of queue) {
    leftOut.push({
      text: item.text,
      role: 'alternative',
      reason: `every part needs one of the titles and all are used (${limitsText(platform)}): pick more titles or fewer alternatives`,
    });
  }

  // Phase 2: the remaining titles, first into parts with room left, then into new parts.
  for (const title of titles) {
    const home = slots.find((slot) => fitsSlot({ ...slot, titles: [...slot.titles, title] }));
    if (home) home.titles.push(title);
    else slots.push(withTitle(title, null));
  }

  // Nothing else could be placed: the anchor alone is still a valid search, and `leftOut` says what is missing.
  if (slots.length === 0) slots.push(fresh());
  return { parts: slots.map((slot) => compose(anchor, slot)), leftOut };
}
