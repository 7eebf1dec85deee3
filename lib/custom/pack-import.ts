/**
 * What importing a team pack would do, and doing it, as pure functions (like merge.ts for the
 * user's own terms): a pack is installed, or updated in place by a newer version after the user
 * saw what changes; the same or an older version is refused with a message, and so is a pack the
 * organisation already provides by policy.
 */
import { nameKey, type CustomTerm } from './custom-term';
import type { TeamFile } from './import';
import { planImport, type ImportPlan, type ShippedTermRef } from './merge';
import { compareVersions, type TeamPack } from './team-pack';

export type PackImportPlan =
  | { readonly kind: 'refused'; readonly message: string }
  | {
      readonly kind: 'install' | 'update';
      readonly pack: TeamPack;
      /** The installed version this one replaces (for an update). */
      readonly previous?: TeamPack;
      /** Terms new, changed and gone against the installed version (`notInFile`: removed by the update). */
      readonly changes: ImportPlan;
      /** Pack terms that have the name of one of the user's own terms: the user's are kept and shown. */
      readonly hiddenByOwn: readonly CustomTerm[];
    };

export interface PackContext {
  readonly installed: readonly TeamPack[];
  readonly shipped: readonly ShippedTermRef[];
  readonly own: readonly CustomTerm[];
  /** The organisation's pack from policy, if any. */
  readonly managed?: { readonly id: string; readonly name: string; readonly version: string };
}

export function planPackImport(file: TeamFile, context: PackContext): PackImportPlan {
  const info = file.pack;
  if (!info) return { kind: 'refused', message: 'This file is not a team pack (it has no "id", "name" and "version").' };
  if (context.managed?.id === info.id) {
    return { kind: 'refused', message: `Your organisation already provides “${context.managed.name}” (version ${context.managed.version}) to everyone; this file is not needed and was not imported.` };
  }
  const previous = context.installed.find((pack) => pack.id === info.id);
  if (previous) {
    const order = compareVersions(info.version, previous.version);
    if (order < 0) return { kind: 'refused', message: `This is version ${info.version} of “${info.name}”, older than the version ${previous.version} you have. Older versions are not imported; nothing changed.` };
    if (order === 0) return { kind: 'refused', message: `You already have version ${info.version} of “${info.name}”; nothing changed. A changed pack needs a higher version.` };
  }
  const changes = planImport(previous?.terms ?? [], file.terms, context.shipped);
  const pack: TeamPack = { ...info, industry: file.industry, terms: changes.incoming };
  const ownNames = new Set(context.own.map((term) => nameKey(term.name)));
  const hiddenByOwn = pack.terms.filter((term) => ownNames.has(nameKey(term.name)));
  return { kind: previous ? 'update' : 'install', pack, ...(previous ? { previous } : {}), changes, hiddenByOwn };
}

/** The packs after the user confirms: an update takes the old version's place, a new pack goes last. */
export function applyPackImport(installed: readonly TeamPack[], pack: TeamPack): TeamPack[] {
  return installed.some((other) => other.id === pack.id) ? installed.map((other) => (other.id === pack.id ? pack : other)) : [...installed, pack];
}

export function removePack(installed: readonly TeamPack[], id: string): TeamPack[] {
  return installed.filter((pack) => pack.id !== id);
}
