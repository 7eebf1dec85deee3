/**
 * Will it fit? Before an import says "Imported", it works out everything the import makes the
 * extension store (the terms themselves, and the overlay matcher the background compiles from
 * them for pages) and compares that with the room the browser gives the extension, so a full
 * storage is reported up front and nothing changes, instead of a half-done import whose terms
 * are never highlighted (issue 14, item 8).
 *
 * Chrome gives `storage.local` 10 MB (QUOTA_BYTES) and counts each item as its key plus its JSON.
 * Firefox has no fixed quota for `storage.local` and no `getBytesInUse` there: with nothing to
 * compare against, the check passes and a failed write is still reported by the save itself.
 */
import { browser } from 'wxt/browser';
import { compileOverlay } from '../glossary/overlay';
import { loadTermIndex } from '../glossary/package-files';
import { loadGlossaryPolicy } from '../policy/policy-glossary';
import { areaKey, STORAGE_KEYS } from '../storage/keys';
import type { CustomTerm } from './custom-term';
import { formatSize } from './import';
import { resolveOverlay } from './overlay-terms';
import { loadTeamPacks } from './pack-store';
import { loadCustomTerms } from './store';
import type { TeamPack } from './team-pack';

/** One `storage.local` item an action will write: its key as the area names it, and its new value. */
export interface PlannedWrite {
  readonly key: string;
  readonly value: unknown;
}

export type FitResult =
  | { readonly fits: true }
  | { readonly fits: false; readonly needed: number; readonly quota: number; readonly message: string };

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** How Chrome counts an item against the quota: its key plus its value as JSON. */
export function itemBytes(write: PlannedWrite): number {
  return utf8Bytes(write.key) + utf8Bytes(JSON.stringify(write.value) ?? '');
}

interface QuotaArea {
  readonly QUOTA_BYTES?: number;
  getBytesInUse?: (keys?: string | string[] | null) => Promise<number>;
}

/**
 * Whether storage would hold everything after `writes` replace what is stored under their keys.
 * `what` names the action for the message ("Nothing imported").
 */
export async function checkWritesFit(writes: readonly PlannedWrite[], what: string): Promise<FitResult> {
  const area = browser.storage.local as unknown as QuotaArea;
  const quota = area.QUOTA_BYTES;
  if (typeof quota !== 'number' || typeof area.getBytesInUse !== 'function') return { fits: true };
  const [inUse, replaced] = await Promise.all([area.getBytesInUse(null), area.getBytesInUse(writes.map((write) => write.key))]);
  const needed = inUse - replaced + writes.reduce((sum, write) => sum + itemBytes(write), 0);
  if (needed <= quota) return { fits: true };
  return {
    fits: false,
    needed,
    quota,
    message:
      `${what}: it would need ${formatSize(needed)} of the browser's storage for Jargon Lens, which has ${formatSize(quota)} ` +
      `(${formatSize(inUse)} in use now). Nothing changed. Remove a team pack or some of your terms you no longer need, or import a smaller file.`,
  };
}

/**
 * What the background stores for pages once the overlay is `own` + `packs`: the overlay of own
 * and team terms compiled against the shipped glossary (lib/glossary/overlay.ts), exactly as it
 * will be written. The shipped page glossary is stored already and does not change.
 */
export async function derivedWrites(own: readonly CustomTerm[], packs: readonly TeamPack[], managed: Parameters<typeof resolveOverlay>[0]['managed']): Promise<PlannedWrite[]> {
  const overlay = resolveOverlay({ own, packs, ...(managed ? { managed } : {}) });
  const index = await loadTermIndex();
  const compiled = compileOverlay(overlay, { dataVersion: index.dataVersion, ids: index.terms.map(([id]) => id), industries: index.industries });
  return [{ key: areaKey(STORAGE_KEYS.glossaryOverlay), value: compiled }];
}

/** Will the user's terms and packs, replaced by these, fit with everything they make the extension store? */
export async function checkImportFits(next: { readonly own?: readonly CustomTerm[]; readonly packs?: readonly TeamPack[] }, what: string): Promise<FitResult> {
  const [own, packs, policy] = await Promise.all([next.own ?? loadCustomTerms(), next.packs ?? loadTeamPacks(), loadGlossaryPolicy()]);
  const writes: PlannedWrite[] = [
    ...(next.own ? [{ key: areaKey(STORAGE_KEYS.customTerms), value: next.own }] : []),
    ...(next.packs ? [{ key: areaKey(STORAGE_KEYS.teamPacks), value: next.packs }] : []),
    ...(await derivedWrites(own, packs, policy.glossary)),
  ];
  return checkWritesFit(writes, what);
}

