/**
 * `buildSearch`: a request rendered for one platform. Where the platform reads only part of a
 * string, the search is split into numbered parts such that every chosen form meets every chosen
 * title in at least one part; whatever no part finds is listed (`uncovered`) with the reason, and
 * past the cap the result says what to drop (`capAdvice`). Counters and plain-language notes say what
 * matters on that platform.
 */
import { prepare, type Prepared } from './classes';
import { fitsLimits, measure } from './count';
import { costCache, countClause, coverClause, dimsOf, splits, type CostCache } from './cover';
import { termsOf } from './expr';
import { listOf } from './rewrite';
import type {
  CapAdvice,
  Clause,
  Draft,
  DraftItem,
  LeftOut,
  Note,
  PartClause,
  Platform,
  SearchPart,
  SearchRequest,
  SearchResult,
  Uncovered,
} from './types';

/** The most parts a person will run one after the other; past it, the builder says what to drop. */
export const PART_CAP = 4;

export interface BuildOptions {
  /** The most parts before advising what to drop (default PART_CAP). */
  readonly cap?: number | undefined;
  /** Drop what the advice names, so the result keeps to the cap (and lists what that leaves unfound). */
  readonly applyCap?: boolean | undefined;
}

/** Share of a limit at which we say it is close. */
const NEAR = 0.9;

/** How far from the end of each list a step looks for something to drop (the least used are last). */
const DROP_WINDOW = 4;

const format = (value: number) => value.toLocaleString('en-US');

interface Planned {
  readonly parts: readonly Draft[];
  readonly leftOut: readonly LeftOut[];
  readonly uncovered: readonly Uncovered[];
  readonly prepared: Prepared;
}

type Drop = { readonly role: 'form' | 'title'; readonly text: string };

function limitsText(platform: Platform): string {
  return platform.limits
    .filter((limit) => limit.strength !== 'soft')
    .map((limit) => limit.explain)
    .join('; ');
}

/** The anchor (keyword, location, exclusions) trimmed from its least essential end until a smallest part fits. */
function fittingAnchor(platform: Platform, anchor: Draft, smallest: Clause, leftOut: LeftOut[]): Draft {
  const why = `left out so the search fits: ${limitsText(platform)}`;
  let current = anchor;
  while (!fitsLimits(platform, platform.render({ ...current, clauses: [smallest] }))) {
    const last = current.exclude.at(-1);
    if (last) {
      leftOut.push({ text: termsOf(last).map((item) => item.text).join(' '), role: 'exclude', reason: why });
      current = { ...current, exclude: current.exclude.slice(0, -1) };
    } else if (current.keyword) {
      leftOut.push({ text: termsOf(current.keyword).map((item) => item.text).join(' '), role: 'keyword', reason: why });
      current = { ...current, keyword: null };
    } else if (current.location) {
      leftOut.push({ text: current.location.text, role: 'location', reason: why });
      current = { ...current, location: null };
    } else break;
  }
  return current;
}

const shortest = (items: readonly DraftItem[]) => [...items].sort((a, b) => a.token.length - b.token.length).slice(0, 1);

function smallestClause(classes: readonly Clause[]): Clause {
  const first = classes[0] ?? { groups: [], titles: [] };
  return { groups: first.groups.map(shortest), titles: shortest(first.titles) };
}

function plan(platform: Platform, draft: Draft): Planned {
  const prepared = prepare(platform, draft);
  const leftOut: LeftOut[] = [];
  const uncovered: Uncovered[] = [...prepared.uncovered];
  const anchorDraft: Draft = { ...draft, clauses: [] };
  const family = (item: DraftItem) => [item, ...(prepared.family.get(item) ?? [])].map((entry) => entry.text);

  if (!splits(platform)) {
    const { classes } = prepared;
    const parts = classes.length === 0 ? [] : platform.mergesClauses ? [{ ...anchorDraft, clauses: classes }] : classes.map((clause) => ({ ...anchorDraft, clauses: [clause] }));
    return { parts, leftOut, uncovered, prepared };
  }

  const anchor = fittingAnchor(platform, anchorDraft, smallestClause(prepared.classes), leftOut);
  const parts: Draft[] = [];
  const tooLongReason = `too long to fit beside the rest of the search: ${limitsText(platform)}`;
  for (const clause of prepared.classes) {
    const covered = coverClause(platform, anchor, clause);
    const dims = dimsOf(clause);
    for (const { dim, item } of covered.tooLong) {
      const role = dim < dims.groupCount ? 'form' : 'title';
      if (!leftOut.some((entry) => entry.text === item.text && entry.role === role)) leftOut.push({ text: item.text, role, reason: tooLongReason });
      uncovered.push(
        role === 'form'
          ? { groups: clause.groups.map((_, group) => (group === dim ? family(item) : null)), titles: null, reason: tooLongReason }
          : { groups: clause.groups.map((forms) => forms.flatMap(family)), titles: family(item), reason: tooLongReason },
      );
    }
    parts.push(...covered.clauses.map((part) => ({ ...anchor, clauses: [part] })));
  }
  return { parts, leftOut, uncovered, prepared };
}

/** Parts `draft` needs on `platform` (counts only). */
function partsNeeded(platform: Platform, draft: Draft, cache: CostCache): number {
  const anchor = { ...draft, clauses: [] };
  return prepare(platform, draft).classes.reduce((total, clause) => total + countClause(platform, anchor, clause, cache), 0);
}

/**
 * The fewest forms and titles to drop to keep to `cap` parts: each step drops, among the last few
 * searched items of each list (the least used), the one whose removal saves the most parts. The
 * term's name and the typical title (first of their lists) are never proposed.
 */
function adviseDrops(platform: Platform, draft: Draft, searched: ReadonlySet<DraftItem>, needed: number, cap: number): CapAdvice {
  const cache = costCache();
  const clause = draft.clauses[0] ?? { groups: [], titles: [] };
  let groups = clause.groups.map((forms) => [...forms]);
  let titles = [...clause.titles];
  const drop: Drop[] = [];
  let current = needed;
  const withLists = (g: DraftItem[][], t: DraftItem[]): Draft => ({ ...draft, clauses: [{ groups: g, titles: t }] });
  const near = (list: readonly DraftItem[]) => list.filter((item, index) => index > 0 && searched.has(item)).slice(-DROP_WINDOW);
  while (current > cap) {
    let best: { parts: number; rank: number; apply: () => void; entry: Drop } | null = null;
    const consider = (parts: number, rank: number, apply: () => void, entry: Drop) => {
      if (best === null || parts < best.parts || (parts === best.parts && rank > best.rank)) best = { parts, rank, apply, entry };
    };
    groups.forEach((forms, group) => {
      for (const form of near(forms)) {
        const next = groups.map((list, other) => (other === group ? list.filter((item) => item !== form) : list));
        consider(partsNeeded(platform, withLists(next, titles), cache), forms.indexOf(form) / forms.length, () => (groups = next), { role: 'form', text: form.text });
      }
    });
    for (const title of near(titles)) {
      const next = titles.filter((item) => item !== title);
      consider(partsNeeded(platform, withLists(groups, next), cache), titles.indexOf(title) / titles.length, () => (titles = next), { role: 'title', text: title.text });
    }
    const chosen = best as { parts: number; apply: () => void; entry: Drop } | null;
    if (chosen === null) break;
    chosen.apply();
    drop.push(chosen.entry);
    current = chosen.parts;
  }
  return { parts: needed, cap, drop, after: current };
}

function withoutDropped(draft: Draft, advice: CapAdvice): Draft {
  const gone = (role: 'form' | 'title') => new Set(advice.drop.filter((entry) => entry.role === role).map((entry) => entry.text));
  const forms = gone('form');
  const titles = gone('title');
  return {
    ...draft,
    clauses: draft.clauses.map((clause) => ({
      groups: clause.groups.map((list) => list.filter((item) => !forms.has(item.text))),
      titles: clause.titles.filter((item) => !titles.has(item.text)),
    })),
  };
}

function partClause(clause: Clause): PartClause {
  return { groups: clause.groups.map((forms) => forms.map((item) => item.text)), titles: clause.titles.map((item) => item.text) };
}

function toPart(platform: Platform, draft: Draft, number: number, prepared: Prepared): SearchPart {
  const text = platform.render(draft);
  const size = (items: readonly DraftItem[]) => items.reduce((total, item) => total + 1 + (prepared.family.get(item)?.length ?? 0), 0);
  const combinations = draft.clauses.reduce(
    (total, clause) => total + clause.groups.reduce((product, forms) => product * size(forms), 1) * (clause.titles.length > 0 ? size(clause.titles) : 1),
    0,
  );
  return {
    number,
    text,
    fields: platform.fields?.(draft) ?? [],
    url: platform.url(text, draft),
    counters: measure(platform, text),
    clauses: draft.clauses.map(partClause),
    combinations,
  };
}

function limitNotes(platform: Platform, parts: readonly SearchPart[]): Note[] {
  const notes: Note[] = [];
  if (parts.length > 1 && splits(platform)) {
    notes.push({
      level: 'warning',
      message: `Split into ${parts.length} parts (${limitsText(platform)}). Run each: together they pair every chosen form with every chosen title.`,
    });
  } else if (parts.length > 1) {
    notes.push({ level: 'info', message: `${parts.length} searches: some forms contain a title, so they are searched with the other titles. Run each.` });
  }
  const counters = parts.flatMap((part) => part.counters);
  for (const limit of platform.limits) {
    const highest = Math.max(0, ...counters.filter((counter) => counter.kind === limit.counter).map((counter) => counter.value));
    if (limit.strength === 'soft' && highest > limit.max) {
      notes.push({ level: limit.level ?? 'warning', message: `This string has ${format(highest)} ${limit.counter}. ${limit.explain}: if the results look wrong, try fewer forms or titles.` });
    } else if (limit.strength !== 'soft' && parts.length === 1 && highest >= limit.max * NEAR) {
      notes.push({ level: 'info', message: `Close to the limit: ${format(highest)} of ${format(limit.max)} ${limit.counter}. ${limit.explain}.` });
    }
  }
  return notes;
}

function absorbedNotes(prepared: Prepared): Note[] {
  const byKeeper = new Map<string, string[]>();
  for (const entry of prepared.absorbed) byKeeper.set(entry.by, [...(byKeeper.get(entry.by) ?? []), entry.text]);
  return [...byKeeper].map(([by, texts]) => ({
    level: 'info',
    message: `Not searched separately: ${listOf(texts, 4)} (${texts.length === 1 ? 'it contains' : 'they contain'} "${by}", which finds ${texts.length === 1 ? 'it' : 'them'}).`,
  }));
}

/** One note per reason, naming exactly what was left out, so a UI without a list still tells the user. */
function leftOutNotes(leftOut: readonly LeftOut[]): Note[] {
  const byReason = new Map<string, string[]>();
  for (const entry of leftOut) byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), entry.text]);
  return [...byReason].map(([reason, texts]) => ({ level: 'warning', message: `Left out ${listOf(texts, 6)}: ${reason}.` }));
}

function capNote(advice: CapAdvice, applied: boolean): Note {
  const names = listOf(advice.drop.map((entry) => entry.text), 6);
  if (applied) return { level: 'warning', message: `Kept to ${advice.after} parts by leaving out ${names} (the least used): people with only those are not found.` };
  if (advice.drop.length === 0) return { level: 'warning', message: `This search needs ${advice.parts} parts, more than the ${advice.cap} most people run: choose fewer forms or titles.` };
  return {
    level: 'warning',
    message: `This search needs ${advice.parts} parts, more than the ${advice.cap} most people run. Dropping ${names} (the least used) brings it to ${advice.after}.`,
  };
}

/** What dropping the advised items leaves unfound, as rectangles like the others. */
function capUncovered(draft: Draft, prepared: Prepared, advice: CapAdvice, reason: string): Uncovered[] {
  const clause = draft.clauses[0] ?? { groups: [], titles: [] };
  const family = (text: string) => {
    const item = [...prepared.family.keys()].find((key) => key.text === text);
    return [text, ...(item ? (prepared.family.get(item) ?? []).map((entry) => entry.text) : [])];
  };
  return advice.drop.flatMap((entry): Uncovered[] => {
    if (entry.role === 'title') return [{ groups: clause.groups.map(() => null), titles: family(entry.text), reason }];
    // withoutDropped takes the form out of every group that has it ("Data" as one term's alias and
    // another's acronym), so each of those groups loses it and each is named.
    return clause.groups.flatMap((forms, group) =>
      forms.some((item) => item.text === entry.text) ? [{ groups: clause.groups.map((_, index) => (index === group ? family(entry.text) : null)), titles: null, reason }] : [],
    );
  });
}

export function buildSearch(platform: Platform, request: SearchRequest, options: BuildOptions = {}): SearchResult {
  const cap = options.cap ?? PART_CAP;
  const adapted = platform.adapt(request);
  const notes: Note[] = [...adapted.notes];
  if (!platform.offeredFor(request.industries)) {
    notes.push({ level: 'warning', message: `${platform.label} search is offered for other fields: it may find few people for these terms.` });
  }
  let { draft } = adapted;
  const leftOut: LeftOut[] = [...adapted.leftOut];
  const empty = draft.clauses.every((clause) => clause.groups.length === 0 && clause.titles.length === 0) && draft.keyword === null;
  if (empty) {
    return {
      platformId: platform.id,
      parts: [],
      leftOut,
      absorbed: [],
      uncovered: [],
      capAdvice: null,
      notes: [...notes, ...leftOutNotes(leftOut), { level: 'warning', message: 'Nothing searchable is left: add a term, a title or a keyword.' }],
    };
  }

  let planned = plan(platform, draft);
  let capAdvice: CapAdvice | null = null;
  let applied = false;
  if (splits(platform) && planned.parts.length > cap) {
    capAdvice = adviseDrops(platform, draft, new Set(planned.prepared.family.keys()), planned.parts.length, cap);
    if (options.applyCap && capAdvice.drop.length > 0) {
      applied = true;
      const reason = `left out to keep to ${cap} parts`;
      const dropped = capUncovered(draft, planned.prepared, capAdvice, reason);
      draft = withoutDropped(draft, capAdvice);
      const replanned = plan(platform, draft);
      leftOut.push(...capAdvice.drop.map((entry) => ({ text: entry.text, role: entry.role, reason })));
      planned = { ...replanned, uncovered: [...replanned.uncovered, ...dropped] };
    }
  }

  const parts = planned.parts.map((part, index) => toPart(platform, part, index + 1, planned.prepared));
  leftOut.push(...planned.leftOut);
  if (parts.length === 0) notes.push({ level: 'warning', message: "No string could be built within the platform's limits." });
  const dropped = new Set(applied ? (capAdvice?.drop ?? []).map((entry) => entry.text) : []);
  return {
    platformId: platform.id,
    parts,
    leftOut,
    absorbed: planned.prepared.absorbed,
    uncovered: planned.uncovered,
    capAdvice,
    notes: [
      ...notes,
      ...limitNotes(platform, parts),
      ...(capAdvice ? [capNote(capAdvice, applied)] : []),
      ...planned.prepared.notes,
      ...absorbedNotes(planned.prepared),
      // What the cap dropped is named in the cap's own note.
      ...leftOutNotes(leftOut.filter((entry) => !dropped.has(entry.text))),
    ],
  };
}
