/**
 * Before a search is cut into parts: what each form and title really adds on this platform.
 *
 * - Absorbed: a form (or title) that a shorter chosen one already finds by phrase containment is not
 *   searched on its own ("Six Sigma" finds "Six Sigma Green Belt"). Its combinations are still found.
 * - Degenerate: a title inside a form ("Registered Nurse" in "Registered Nurse", "Accountant" in
 *   "Certified Public Accountant") is no filter for that form: anyone writing the form has the title.
 *   So in Strict such a form is searched with the other titles only. Forms are grouped into classes
 *   by the titles they can't take; each class is one clause (or its own parts).
 * - Cancelled: an exclusion that matches a form, a title or the user's own keyword rules those out.
 * Every combination this leaves unfound is returned as an `Uncovered` rectangle with the reason.
 */
import { termsOf } from './expr';
import { absorb, containsWords, phraseWords } from './phrase-match';
import { listOf } from './rewrite';
import type { Absorbed, Clause, Draft, DraftExpr, DraftItem, Note, Platform, Uncovered } from './types';

export interface Prepared {
  /** Each class: some forms of every group, and the titles they can take (empty: none required). */
  readonly classes: readonly Clause[];
  /** Whether the request asks for a title at all. */
  readonly titled: boolean;
  readonly absorbed: readonly Absorbed[];
  /** Each searched item with the items it absorbed, for reporting what a left-out item takes with it. */
  readonly family: ReadonlyMap<DraftItem, readonly DraftItem[]>;
  readonly uncovered: readonly Uncovered[];
  readonly notes: readonly Note[];
}

/** Terms an expression asks for (not those under a NOT). */
function positiveTerms(expr: DraftExpr): DraftItem[] {
  if (expr.kind === 'term') return [expr.value];
  if (expr.kind === 'not') return [];
  return expr.items.flatMap((item) => positiveTerms(item));
}

/** The phrases an exclusion rules out when it is a word, a phrase, or an OR of them; null otherwise. */
function excludedPhrases(expr: DraftExpr): DraftItem[] | null {
  if (expr.kind === 'term') return [expr.value];
  if (expr.kind === 'or' && expr.items.every((item) => item.kind === 'term')) return termsOf(expr);
  return null;
}

const quoted = (items: readonly DraftItem[]) => listOf(items.map((item) => item.text), 4);

/** Every combination of one choice per position. */
function product<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

export function prepare(platform: Platform, draft: Draft): Prepared {
  const ignores = platform.ignoresSymbols;
  const clause = draft.clauses[0] ?? { groups: [], titles: [] };
  const absorbed: Absorbed[] = [];
  const family = new Map<DraftItem, DraftItem[]>();
  const notes: Note[] = [];
  const uncovered: Uncovered[] = [];
  const none = clause.groups.map(() => null);
  const only = (group: number, items: readonly DraftItem[]) => clause.groups.map((_, index) => (index === group ? items.map((item) => item.text) : null));
  const withFamily = (item: DraftItem) => [item, ...(family.get(item) ?? [])];

  const groups = clause.groups.map((forms) => {
    const result = absorb(forms, (item) => item.text, ignores);
    for (const item of result.kept) family.set(item, []);
    for (const { item, by } of result.absorbed) {
      family.get(by)?.push(item);
      absorbed.push({ text: item.text, role: 'form', by: by.text });
    }
    return result.kept;
  });
  const titles = clause.titles;
  const titled = titles.length > 0;

  // Degenerate pairs: the titles inside each searched form. Only for one term: with several, the
  // other terms must still match, so a title inside one term's form narrows less but loosens little.
  const words = new Map<DraftItem, readonly string[]>();
  const wordsOf = (item: DraftItem) => {
    let known = words.get(item);
    if (known === undefined) words.set(item, (known = phraseWords(item.text, ignores)));
    return known;
  };
  const single = groups.length === 1 && titled;
  const forbidden = new Map<DraftItem, DraftItem[]>();
  const forms = groups[0] ?? [];
  if (single) {
    for (const form of forms) {
      const inside = titles.filter((title) => containsWords(wordsOf(form), wordsOf(title)));
      forbidden.set(form, inside);
      if (inside.length > 0) {
        uncovered.push({ groups: only(0, withFamily(form)), titles: inside.map((title) => title.text), reason: `"${form.text}" already contains ${quoted(inside)}, so that title adds nothing to it` });
      }
    }
  }

  // Classes: the forms with no title inside take every title; the others share one class (so one
  // more search at most) and take only the titles none of them contains.
  let partitions: (readonly DraftItem[])[][] = groups.map((list) => [list]);
  if (single) {
    const clean = forms.filter((form) => (forbidden.get(form) ?? []).length === 0);
    const degenerate = forms.filter((form) => (forbidden.get(form) ?? []).length > 0);
    partitions = [[clean, degenerate].filter((list) => list.length > 0)];
    if (degenerate.length > 0) {
      const union = new Set(degenerate.flatMap((form) => forbidden.get(form) ?? []));
      const rest = titles.filter((title) => !union.has(title));
      const extra = new Set<DraftItem>();
      for (const form of degenerate) {
        const missed = [...union].filter((title) => !(forbidden.get(form) ?? []).includes(title));
        if (missed.length === 0) continue;
        missed.forEach((title) => extra.add(title));
        uncovered.push({ groups: only(0, withFamily(form)), titles: missed.map((title) => title.text), reason: `searched with the other forms that contain a title, so not paired with ${quoted(missed)}` });
      }
      notes.push({
        level: 'info',
        message:
          rest.length > 0
            ? `${quoted(degenerate)} already ${degenerate.length === 1 ? 'contains' : 'contain'} a chosen title (as a filter, that title would let every mention through), so Strict searches ${degenerate.length === 1 ? 'it' : 'them'} with the other titles${extra.size > 0 ? `, in one search: not paired with ${quoted([...extra])}` : ''}.`
            : `${quoted(degenerate)} already ${degenerate.length === 1 ? 'contains' : 'contain'} every other chosen title, so Strict can't ask ${degenerate.length === 1 ? 'it' : 'them'} for a different one: Broad searches ${degenerate.length === 1 ? 'it' : 'them'}.`,
      });
    }
  }
  // A title absorbed in one class may be searched in another (where its shorter title is ruled out).
  const searchedTitles = new Set<DraftItem>();
  const absorbedTitles = new Map<DraftItem, DraftItem>();
  const classes: Clause[] = [];
  for (const choice of product(partitions)) {
    const ruledOut = new Set(choice.flatMap((forms) => forms.flatMap((form) => forbidden.get(form) ?? [])));
    const allowed = titles.filter((title) => !ruledOut.has(title));
    if (titled && allowed.length === 0) continue;
    const kept = absorb(allowed, (item) => item.text, ignores);
    for (const item of kept.kept) {
      searchedTitles.add(item);
      if (!family.has(item)) family.set(item, []);
    }
    for (const { item, by } of kept.absorbed) {
      if (!family.get(by)?.includes(item)) family.get(by)?.push(item);
      if (!absorbedTitles.has(item)) absorbedTitles.set(item, by);
    }
    classes.push({ groups: choice, titles: kept.kept });
  }
  for (const [item, by] of absorbedTitles) if (!searchedTitles.has(item)) absorbed.push({ text: item.text, role: 'title', by: by.text });

  // Exclusions that rule out what the search asks for.
  const allForms = clause.groups.map((forms) => forms);
  for (const expr of draft.exclude) {
    // A plain exclusion rules its phrases out; a compound one (`a AND b`) may: both are reported.
    const simple = excludedPhrases(expr);
    for (const phrase of simple ?? positiveTerms(expr)) {
      const hits = (items: readonly DraftItem[]) => items.filter((item) => containsWords(wordsOf(item), wordsOf(phrase)));
      allForms.forEach((forms, group) => {
        const hit = hits(forms);
        if (hit.length === 0) return;
        uncovered.push({ groups: only(group, hit), titles: null, reason: `your exclusion "${phrase.text}" ${simple ? 'rules' : 'may rule'} it out` });
        notes.push({ level: 'warning', message: `Excluding "${phrase.text}" ${simple ? 'rules' : 'may rule'} out ${quoted(hit)}, which you are searching for: remove the exclusion or that form.` });
      });
      const titleHits = hits(titles);
      if (titleHits.length > 0) {
        uncovered.push({ groups: none, titles: titleHits.map((title) => title.text), reason: `your exclusion "${phrase.text}" ${simple ? 'rules' : 'may rule'} it out` });
        notes.push({
          level: 'warning',
          message: `Excluding "${phrase.text}" cancels the title ${quoted(titleHits)}: nobody with that title can be found. Remove the exclusion or the title.`,
        });
      }
      const own = [...(draft.keyword ? positiveTerms(draft.keyword) : []), ...(draft.location ? [draft.location] : [])];
      const ownHits = hits(own);
      if (ownHits.length > 0) {
        uncovered.push({ groups: none, titles: null, reason: `your exclusion "${phrase.text}" rules out your own ${quoted(ownHits)}` });
        notes.push({ level: 'warning', message: `Excluding "${phrase.text}" rules out your own ${quoted(ownHits)}: the search can find nobody.` });
      }
    }
  }

  return { classes, titled, absorbed, family, uncovered, notes };
}
