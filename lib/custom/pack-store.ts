/**
 * Where imported team packs live: one storage item, read through `repairTeamPacks`, written through
 * `saveTeamPacks`, which turns a full storage into a result the UI shows.
 */
import { teamPacksItem } from '../storage/items';
import { isQuotaError, type SaveResult } from './store';
import { repairTeamPacks, type TeamPack } from './team-pack';

export { teamPacksItem };

export async function loadTeamPacks(): Promise<TeamPack[]> {
  return repairTeamPacks(await teamPacksItem.getValue());
}

export function watchTeamPacks(callback: (packs: TeamPack[]) => void): () => void {
  return teamPacksItem.watch((value) => callback(repairTeamPacks(value)));
}

export async function saveTeamPacks(packs: readonly TeamPack[]): Promise<SaveResult> {
  try {
    await teamPacksItem.setValue([...packs]);
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) {
      return { ok: false, reason: 'quota', message: "The team packs were not saved: the browser has no more storage space for Jargon Lens. Remove a pack you no longer need, then try again." };
    }
    return { ok: false, reason: 'other', message: `The team packs were not saved: ${error instanceof Error ? error.message : String(error)}` };
  }
}
