/**
 * The terms laid over the shipped glossary: the user's own, every imported team pack's and the
 * organisation's (from policy), each validated, with where it comes from. This is the one place
 * the rest of the extension gets them from (the glossary pipeline merges them over the shipped
 * terms; the UI shows "Yours" or "Team: <pack>").
 *
 * Two overlay terms never share an id, a name (ignoring case) or the shipped term they replace.
 * When they would, the first in this order wins and the other is left out:
 *   1. the organisation's glossary, when its policy is locked;
 *   2. the user's own terms (a user can always redefine a term for themselves, unless locked);
 *   3. the organisation's glossary, when its policy is a default;
 *   4. imported team packs, in the order they were first imported.
 * An imported pack with the same id as the organisation's is left out whole (policy supersedes it).
 */
import { loadGlossaryPolicy, type ManagedGlossary } from '../policy/policy-glossary';
import { stopAll } from '../stop-all';
import { managedPolicyArea } from '../storage/items';
import { nameKey, type CustomTerm } from './custom-term';
import { loadTeamPacks, watchTeamPacks } from './pack-store';
import { loadCustomTerms, watchCustomTerms } from './store';
import type { TeamPack } from './team-pack';

export interface OverlayPack {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  /** Delivered by the organisation's policy (not removable by the user). */
  readonly managed: boolean;
}

export type OverlayTerm = CustomTerm & ({ readonly source: 'custom'; readonly pack?: undefined } | { readonly source: 'team'; readonly pack: OverlayPack });

export interface OverlaySources {
  readonly own: readonly CustomTerm[];
  readonly packs: readonly TeamPack[];
  readonly managed?: ManagedGlossary;
}

const packOf = (pack: TeamPack, managed: boolean): OverlayPack => ({ id: pack.id, name: pack.name, version: pack.version, managed });

export function resolveOverlay({ own, packs, managed }: OverlaySources): OverlayTerm[] {
  const team = (pack: TeamPack, isManaged: boolean): OverlayTerm[] => {
    const info = packOf(pack, isManaged);
    return pack.terms.map((term) => ({ ...term, source: 'team' as const, pack: info }));
  };
  const mine: OverlayTerm[] = own.map((term) => ({ ...term, source: 'custom' as const }));
  const imported = packs.filter((pack) => pack.id !== managed?.pack.id).flatMap((pack) => team(pack, false));
  const organisation = managed ? team(managed.pack, true) : [];
  const ordered = managed?.mode === 'locked' ? [...organisation, ...mine, ...imported] : [...mine, ...organisation, ...imported];

  const taken = new Set<string>();
  const kept: OverlayTerm[] = [];
  for (const term of ordered) {
    const keys = [`id:${term.id}`, `name:${nameKey(term.name)}`, ...(term.overrides ? [`overrides:${term.overrides}`] : [])];
    if (keys.some((key) => taken.has(key))) continue;
    for (const key of keys) taken.add(key);
    kept.push(term);
  }
  return kept;
}

export async function loadOverlayTerms(): Promise<OverlayTerm[]> {
  const [own, packs, policy] = await Promise.all([loadCustomTerms(), loadTeamPacks(), loadGlossaryPolicy()]);
  return resolveOverlay({ own, packs, ...(policy.glossary ? { managed: policy.glossary } : {}) });
}

/** Calls back with the overlay whenever the user's terms, the imported packs or the organisation's policy change. */
export function watchOverlayTerms(callback: (terms: OverlayTerm[]) => void): () => void {
  let latest = 0;
  const reload = () => {
    const ticket = ++latest;
    loadOverlayTerms().then((terms) => ticket === latest && callback(terms), () => undefined);
  };
  const unwatch = [watchCustomTerms(reload), watchTeamPacks(reload), managedPolicyArea.watch(reload)];
  return () => stopAll(unwatch);
}
