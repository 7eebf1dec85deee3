/**
 * Lossless splitting. A clause asks for one form of every group AND one of the titles; a platform
 * that reads only so much of a string (Google's 32 words, Bing's 10 terms, Indeed's 5 titles,
 * GitHub's 256 characters and 5 operators) gets it in parts. Each dimension (every group's forms, the
 * titles) is cut into chunks and every chunk of one meets every chunk of the others in a part, so
 * every form meets every title in at least one part. Chunk sizes are chosen to need the fewest parts
 * ("factoring" the titles against the forms), with the string's counts as the cost.
 *
 * Costs are additive per item on these platforms (a word or term per word, one per OR); each part
 * is still rendered and measured at the end, and the budget tightened if one was over.
 * GitHub has no brackets, so only one dimension may hold an OR list; the others go one item per part.
 */
import { countOf, fitsLimits } from './count';
import type { Clause, CounterKind, Draft, DraftItem, Platform } from './types';

type Vector = number[];

interface Model {
  readonly counters: readonly CounterKind[];
  readonly max: Vector;
  readonly base: Vector;
  cost(dim: number, item: DraftItem): Vector;
  sep(dim: number): Vector;
}

export interface Dims {
  /** Each group's forms, then the titles (when the clause asks for one). */
  readonly lists: readonly (readonly DraftItem[])[];
  readonly groupCount: number;
}

export function dimsOf(clause: Clause): Dims {
  return { lists: [...clause.groups, ...(clause.titles.length > 0 ? [clause.titles] : [])], groupCount: clause.groups.length };
}

function clauseOf(dims: Dims, chosen: readonly (readonly DraftItem[])[]): Clause {
  return { groups: chosen.slice(0, dims.groupCount), titles: chosen[dims.groupCount] ?? [] };
}

const splitting = (platform: Platform) => platform.limits.filter((limit) => limit.strength !== 'soft');

/** Whether the platform ever splits (a limit it cuts or handles poorly). */
export function splits(platform: Platform): boolean {
  return splitting(platform).length > 0;
}

function measure(platform: Platform, counters: readonly CounterKind[], draft: Draft): Vector {
  const text = platform.render(draft);
  return counters.map((counter) => countOf(counter, text));
}

/** Item costs measured once per anchor, shared while weighing what to drop. */
export interface CostCache {
  readonly costs: Map<DraftItem, Vector>;
  readonly seps: Map<number, Vector>;
  /** The anchor's own counts, by the shape of the clause (groups and whether titles are asked for). */
  readonly bases: Map<string, Vector>;
}

export const costCache = (): CostCache => ({ costs: new Map(), seps: new Map(), bases: new Map() });

function model(platform: Platform, anchor: Draft, dims: Dims, cache: CostCache = costCache()): Model {
  const counters = splitting(platform).map((limit) => limit.counter);
  const empty = dims.lists.map(() => [] as DraftItem[]);
  const at = (dim: number, items: readonly DraftItem[]) => clauseOf(dims, empty.map((list, index) => (index === dim ? items : list)));
  const shape = `${dims.groupCount}/${dims.lists.length}`;
  const base = cache.bases.get(shape) ?? measure(platform, counters, { ...anchor, clauses: [clauseOf(dims, empty)] });
  cache.bases.set(shape, base);
  const { costs, seps } = cache;
  const cost = (dim: number, item: DraftItem): Vector => {
    let known = costs.get(item);
    if (known === undefined) {
      known = measure(platform, counters, { ...anchor, clauses: [at(dim, [item])] }).map((value, index) => value - (base[index] ?? 0));
      costs.set(item, known);
    }
    return known;
  };
  const sep = (dim: number): Vector => {
    let known = seps.get(dim);
    if (known === undefined) {
      const [a, b] = dims.lists[dim] ?? [];
      // With one item there is no separator to measure (and none is needed).
      if (a === undefined || b === undefined) return counters.map(() => 0);
      const both = measure(platform, counters, { ...anchor, clauses: [at(dim, [a, b])] });
      known = both.map((value, index) => Math.max(0, value - (base[index] ?? 0) - (cost(dim, a)[index] ?? 0) - (cost(dim, b)[index] ?? 0)));
      seps.set(dim, known);
    }
    return known;
  };
  return { counters, max: splitting(platform).map((limit) => limit.max), base, cost, sep };
}

const add = (a: Vector, b: Vector) => a.map((value, index) => value + (b[index] ?? 0));
const fits = (value: Vector, cap: Vector) => value.every((entry, index) => entry <= (cap[index] ?? 0));

/** Greedy first fit in the user's order, so the first chunk holds the first (most used) items. */
function pack(items: readonly DraftItem[], cost: (item: DraftItem) => Vector, sep: Vector, cap: Vector): DraftItem[][] | null {
  const chunks: { items: DraftItem[]; cost: Vector }[] = [];
  for (const item of items) {
    const own = cost(item);
    if (!fits(own, cap)) return null;
    const home = chunks.find((chunk) => fits(add(add(chunk.cost, sep), own), cap));
    if (home) {
      home.items.push(item);
      home.cost = add(add(home.cost, sep), own);
    } else chunks.push({ items: [item], cost: own });
  }
  return chunks.map((chunk) => chunk.items);
}

/**
 * For every budget 0..max, how many chunks first-fit packing needs (Infinity when an item is over the
 * budget). Scalar and allocation-free: the planner asks this for every budget of every dimension.
 */
function chunkCounts(costs: readonly number[], sep: number, max: number): number[] {
  const counts: number[] = [];
  const loads = new Array<number>(costs.length);
  for (let budget = 0; budget <= max; budget += 1) {
    let chunks = 0;
    let fitsAll = true;
    for (const cost of costs) {
      if (cost > budget) {
        fitsAll = false;
        break;
      }
      let home = -1;
      for (let chunk = 0; chunk < chunks; chunk += 1) {
        if ((loads[chunk] ?? 0) + sep + cost <= budget) {
          home = chunk;
          break;
        }
      }
      if (home === -1) loads[chunks++] = cost;
      else loads[home] = (loads[home] ?? 0) + sep + cost;
    }
    counts.push(fitsAll ? chunks : Number.POSITIVE_INFINITY);
  }
  return counts;
}

export interface Plan {
  /** For each dimension, its chunks; the parts are every combination of one chunk per dimension. */
  readonly chunks: readonly (readonly (readonly DraftItem[])[])[];
  /** Items that fit in no part at all, with their dimension. */
  readonly tooLong: readonly { readonly dim: number; readonly item: DraftItem }[];
}

export const partCount = (plan: Plan) => plan.chunks.reduce((total, chunks) => total * chunks.length, plan.chunks.length > 0 ? 1 : 0);

/** Removes items that can't fit beside the anchor and the smallest item of every other dimension. */
function withoutTooLong(m: Model, lists: readonly (readonly DraftItem[])[], room: Vector): { lists: DraftItem[][]; tooLong: { dim: number; item: DraftItem }[] } {
  const current = lists.map((list) => [...list]);
  const tooLong: { dim: number; item: DraftItem }[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    const mins = current.map((list, dim) => m.counters.map((_, index) => Math.min(...list.map((item) => m.cost(dim, item)[index] ?? 0))));
    current.forEach((list, dim) => {
      const others = mins.reduce((total, min, other) => (other === dim || current[other]?.length === 0 ? total : add(total, min)), m.counters.map(() => 0));
      for (const item of [...list]) {
        if (fits(add(others, m.cost(dim, item)), room)) continue;
        list.splice(list.indexOf(item), 1);
        tooLong.push({ dim, item });
        changed = true;
      }
    });
  }
  return { lists: current, tooLong };
}

/** The fewest parts for one clause within `room` (the limits minus the anchor and any slack). */
function planWithin(platform: Platform, m: Model, dims: Dims, room: Vector): Plan {
  const { lists, tooLong } = withoutTooLong(m, dims.lists, room);
  if (lists.some((list) => list.length === 0)) return { chunks: [], tooLong: [...tooLong, ...lists.flatMap((list, dim) => list.map((item) => ({ dim, item })))] };
  const costOf = (dim: number) => (item: DraftItem) => m.cost(dim, item);

  if (!platform.syntax.parentheses) {
    // One OR list per string: try each dimension as the wide one, the rest one item per part.
    let best: Plan | null = null;
    lists.forEach((list, wide) => {
      const narrow = lists.reduce(
        (total, other, dim) => (dim === wide ? total : add(total, m.counters.map((_, index) => Math.max(...other.map((item) => m.cost(dim, item)[index] ?? 0))))),
        m.counters.map(() => 0),
      );
      const cap = room.map((value, index) => value - (narrow[index] ?? 0));
      const packed = pack(list, costOf(wide), m.sep(wide), cap);
      if (packed === null) return;
      const plan: Plan = { chunks: lists.map((other, dim) => (dim === wide ? packed : other.map((item) => [item]))), tooLong };
      if (best === null || partCount(plan) < partCount(best)) best = plan;
    });
    return best ?? { chunks: lists.map((list) => list.map((item) => [item])), tooLong };
  }

  // One counter limits every splitting platform with brackets: share its room between the dimensions.
  const total = room[0] ?? 0;
  const counts = lists.map((list, dim) => chunkCounts(list.map((item) => m.cost(dim, item)[0] ?? 0), m.sep(dim)[0] ?? 0, total));
  // best[d][b]: fewest parts for dimensions 0..d within b; choice[d][b]: the budget given to d.
  const best: number[][] = [];
  const choice: number[][] = [];
  counts.forEach((count, dim) => {
    best[dim] = [];
    choice[dim] = [];
    for (let budget = 0; budget <= total; budget += 1) {
      let value = Number.POSITIVE_INFINITY;
      let pick = 0;
      for (let mine = 0; mine <= budget; mine += 1) {
        const before = dim === 0 ? 1 : (best[dim - 1]?.[budget - mine] ?? Number.POSITIVE_INFINITY);
        const candidate = (count[mine] ?? Number.POSITIVE_INFINITY) * before;
        if (candidate < value) {
          value = candidate;
          pick = mine;
        }
      }
      best[dim]![budget] = value;
      choice[dim]![budget] = pick;
    }
  });
  if (!Number.isFinite(best[lists.length - 1]?.[total] ?? Number.POSITIVE_INFINITY)) {
    return { chunks: [], tooLong: [...tooLong, ...lists.flatMap((list, dim) => list.map((item) => ({ dim, item })))] };
  }
  const budgets: number[] = [];
  let left = total;
  for (let dim = lists.length - 1; dim >= 0; dim -= 1) {
    const mine = choice[dim]?.[left] ?? 0;
    budgets[dim] = mine;
    left -= mine;
  }
  return { chunks: lists.map((list, dim) => pack(list, costOf(dim), m.sep(dim), [budgets[dim] ?? 0]) ?? []), tooLong };
}

function parts(dims: Dims, plan: Plan): Clause[] {
  const combos = plan.chunks.reduce<(readonly DraftItem[])[][]>((acc, chunks) => acc.flatMap((prefix) => chunks.map((chunk) => [...prefix, chunk])), [[]]);
  return plan.chunks.length === 0 ? [] : combos.map((chosen) => clauseOf(dims, chosen));
}

export interface Covered {
  readonly clauses: readonly Clause[];
  readonly tooLong: readonly { readonly dim: number; readonly item: DraftItem }[];
}

/** The fewest parts for `clause` beside `anchor`, each rendered and checked against the limits. */
export function coverClause(platform: Platform, anchor: Draft, clause: Clause): Covered {
  const dims = dimsOf(clause);
  const m = model(platform, anchor, dims);
  const room = m.max.map((max, index) => max - (m.base[index] ?? 0));
  for (let slack = 0; slack <= Math.max(...room, 0); slack += 1) {
    const plan = planWithin(platform, m, dims, room.map((value) => value - slack));
    const clauses = parts(dims, plan);
    if (clauses.every((part) => fitsLimits(platform, platform.render({ ...anchor, clauses: [part] })))) return { clauses, tooLong: plan.tooLong };
  }
  return { clauses: [], tooLong: dims.lists.flatMap((list, dim) => list.map((item) => ({ dim, item }))) };
}

/** How many parts `clause` needs (no rendering of the parts: for weighing what to drop). */
export function countClause(platform: Platform, anchor: Draft, clause: Clause, cache?: CostCache): number {
  const dims = dimsOf(clause);
  const m = model(platform, anchor, dims, cache);
  return partCount(planWithin(platform, m, dims, m.max.map((max, index) => max - (m.base[index] ?? 0))));
}
