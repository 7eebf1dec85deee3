/**
 * What an import would do, and doing it: pure functions over lists of custom terms, so the preview
 * the user confirms is exactly what gets stored, and cancelling simply drops the plan.
 *
 * Matching an incoming term to a stored one: by id first (the same term, maybe edited), else by
 * name ignoring case (the same term created separately on two machines). A match with equal
 * content is unchanged; with other content it is changed (same id) or a conflict (same name,
 * different id). An incoming term with a shipped term's name overrides that shipped term: the plan
 * sets its `overrides` to the shipped id and lists it as a conflict, so the user sees it.
 */
import type { Settings } from '../settings';
import { LATEST_SETTINGS_VERSION } from '../settings-migrations';
import { CUSTOM_TERM_FIELDS, nameKey, type CustomTerm, type CustomTermField } from './custom-term';
import type { PackInfo } from './team-pack';

export interface ShippedTermRef {
  readonly id: string;
  readonly name: string;
}

export interface TermChange {
  readonly existing: CustomTerm;
  readonly incoming: CustomTerm;
  /** Fields whose values differ, in form order (never `id`). */
  readonly fields: readonly CustomTermField[];
}

export type ImportConflict =
  /** The incoming term will replace this shipped term on pages and in search. */
  | { readonly kind: 'shipped'; readonly incoming: CustomTerm; readonly shipped: ShippedTermRef }
  /** A stored term of the same name (but another id) holds other content; importing replaces it. */
  | ({ readonly kind: 'existing' } & TermChange);

export interface ImportPlan {
  /** Every incoming term in file order, with `overrides` set where it shares a shipped term's name. */
  readonly incoming: readonly CustomTerm[];
  readonly added: readonly CustomTerm[];
  readonly changed: readonly TermChange[];
  readonly unchanged: readonly CustomTerm[];
  readonly conflicts: readonly ImportConflict[];
  /** Stored terms the file does not have: kept by a merge, deleted by a replace. */
  readonly notInFile: readonly CustomTerm[];
  /** Plain-text notes for the preview, e.g. an override of a term that is no longer shipped. */
  readonly warnings: readonly string[];
}

export type ImportMode = 'merge' | 'replace';

/** Values compared as their JSON: the terms are JSON data, and absent and undefined fields count as the same. */
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function differingFields(a: CustomTerm, b: CustomTerm): CustomTermField[] {
  return CUSTOM_TERM_FIELDS.filter((field) => field !== 'id' && !sameValue(a[field], b[field]));
}

function withOverride(term: CustomTerm, shippedByName: ReadonlyMap<string, ShippedTermRef>): CustomTerm {
  if (term.overrides !== undefined) return term;
  const shipped = shippedByName.get(nameKey(term.name));
  return shipped ? { ...term, overrides: shipped.id } : term;
}

export function planImport(existing: readonly CustomTerm[], incoming: readonly CustomTerm[], shipped: readonly ShippedTermRef[]): ImportPlan {
  const shippedByName = new Map(shipped.map((term) => [nameKey(term.name), term]));
  const shippedById = new Map(shipped.map((term) => [term.id, term]));
  const existingById = new Map(existing.map((term) => [term.id, term]));
  const existingByName = new Map(existing.map((term) => [nameKey(term.name), term]));

  const resolved = incoming.map((term) => withOverride(term, shippedByName));
  const added: CustomTerm[] = [];
  const changed: TermChange[] = [];
  const unchanged: CustomTerm[] = [];
  const conflicts: ImportConflict[] = [];
  const warnings: string[] = [];
  const matched = new Set<string>();

  for (const term of resolved) {
    const byId = existingById.get(term.id);
    const byName = existingByName.get(nameKey(term.name));
    if (byId) {
      matched.add(byId.id);
      const fields = differingFields(byId, term);
      if (fields.length === 0) unchanged.push(term);
      else changed.push({ existing: byId, incoming: term, fields });
    } else if (!byName) {
      added.push(term);
    }
    // Another stored term already has this name: importing makes the incoming one take its place.
    if (byName && byName.id !== term.id) {
      matched.add(byName.id);
      const fields = differingFields(byName, term);
      if (fields.length === 0 && !byId) unchanged.push(byName);
      else conflicts.push({ kind: 'existing', existing: byName, incoming: term, fields });
    }
    if (term.overrides !== undefined) {
      const target = shippedById.get(term.overrides);
      if (target) conflicts.push({ kind: 'shipped', incoming: term, shipped: target });
      else warnings.push(`"${term.name}" replaces the shipped term "${term.overrides}", which this version does not have; it is imported as a term of its own.`);
    }
  }
  return { incoming: resolved, added, changed, unchanged, conflicts, notInFile: existing.filter((term) => !matched.has(term.id)), warnings };
}

/**
 * The custom terms after the user confirms: `replace` keeps exactly the file's terms; `merge` keeps
 * the stored ones, updates those the file has (in place, so the user's order stays) and appends the
 * new ones. Pure: neither list is changed.
 */
export function applyImport(existing: readonly CustomTerm[], plan: ImportPlan, mode: ImportMode): CustomTerm[] {
  if (mode === 'replace') return [...plan.incoming];
  // Ids, not object identity: a plan may have been cloned on its way from the preview.
  const replacements = [...plan.changed, ...plan.conflicts.filter((conflict) => conflict.kind === 'existing')];
  const claimedBy = new Map<string, CustomTerm>();
  for (const { existing: stored, incoming } of replacements) if (!claimedBy.has(stored.id)) claimedBy.set(stored.id, incoming);
  const taking = new Set([...plan.added, ...replacements.map((change) => change.incoming)].map((term) => term.id));
  const placed = new Set<string>();
  const merged: CustomTerm[] = [];
  for (const term of existing) {
    const replacement = claimedBy.get(term.id);
    if (!replacement) merged.push(term);
    else if (!placed.has(replacement.id)) {
      placed.add(replacement.id);
      merged.push(replacement);
    }
  }
  // New terms, and any that replaced a stored term another incoming term had already taken the place of.
  return [...merged, ...plan.incoming.filter((term) => taking.has(term.id) && !placed.has(term.id))];
}

const byNameThenId = (a: CustomTerm, b: CustomTerm) => {
  const [x, y] = [nameKey(a.name), nameKey(b.name)];
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** The industry most terms share (ties: the first in sort order), so most terms need not repeat it. */
function fileIndustry(terms: readonly CustomTerm[]): string {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term.industry, (counts.get(term.industry) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0] ?? DEFAULT_TEAM_INDUSTRY;
}

export const DEFAULT_TEAM_INDUSTRY = 'Team glossary';

/** Fields in form order, nested objects in a fixed order, absent fields left out. */
function canonicalTerm(term: CustomTerm, industry: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of CUSTOM_TERM_FIELDS) {
    const value = term[field];
    if (value === undefined || (field === 'industry' && value === industry)) continue;
    out[field] = field === 'questions' || field === 'indicators' ? canonicalLevels(value) : value;
  }
  return out;
}

function canonicalLevels(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const levels = value as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const level of ['junior', 'mid', 'senior']) {
    const items = levels[level];
    if (items === undefined) continue;
    out[level] = Array.isArray(items)
      ? items.map((item: unknown) => (typeof item === 'object' && item !== null && 'question' in item && 'expectedAnswer' in item ? { question: item.question, expectedAnswer: item.expectedAnswer } : item))
      : items;
  }
  return out;
}

/**
 * A team file of these terms (and the settings, when given) in the shipped glossary shape:
 * pretty JSON, terms sorted by name, fields in a fixed order, so exporting the same terms always
 * gives the same text and a file under version control changes only where terms do. With `pack`,
 * the file is a versioned team pack (its id, name and version first). Muted terms (the ids the
 * user chose not to highlight) travel with it, with or without the other settings.
 */
export function exportTeamFile(terms: readonly CustomTerm[], settings?: Settings, pack?: PackInfo, mutedTerms: readonly string[] = []): string {
  const industry = fileIndustry(terms);
  const file: Record<string, unknown> = {
    ...(pack ? { id: pack.id, name: pack.name, version: pack.version } : {}),
    industry,
    terms: [...terms].sort(byNameThenId).map((term) => canonicalTerm(term, industry)),
    ...(mutedTerms.length > 0 ? { mutedTerms: [...new Set(mutedTerms)].sort() } : {}),
  };
  if (settings) {
    file.settingsVersion = LATEST_SETTINGS_VERSION;
    file.settings = Object.fromEntries(Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}
