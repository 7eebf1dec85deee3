/**
 * The organisation's glossary from policy (`teamGlossary`): a team pack, checked exactly as an
 * imported team file is (same limits, same messages, here starting "policy › teamGlossary"). One
 * that fails is ignored as a whole, and the reason is shown in the options page.
 */
import { parseTeamData } from '../custom/import';
import type { TeamPack } from '../custom/team-pack';
import { managedPolicyArea } from '../storage/items';
import type { ManagedMode } from './policy-settings';

export interface ManagedGlossary {
  readonly pack: TeamPack;
  readonly mode: ManagedMode;
}

export interface GlossaryPolicy {
  readonly glossary?: ManagedGlossary;
  readonly problems: readonly string[];
}

const WHERE = 'policy › teamGlossary';

export function readGlossaryPolicy(raw: Readonly<Record<string, unknown>>): GlossaryPolicy {
  const entry = raw.teamGlossary;
  if (entry === undefined) return { problems: [] };
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return { problems: [`${WHERE}: must be an object like { "value": { … }, "locked": true }`] };
  const { value, locked, ...rest } = entry as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) return { problems: [`${WHERE} › ${unknown}: is not a known field (a policy has "value" and "locked")`] };
  if (locked !== undefined && typeof locked !== 'boolean') return { problems: [`${WHERE} › locked: must be true or false`] };
  const parsed = parseTeamData(value, { fileName: WHERE });
  if (!parsed.ok) return { problems: parsed.errors };
  const { file } = parsed;
  if (!file.pack) return { problems: [`${WHERE}: needs "id", "name" and "version", like a team pack, so users see which version their organisation gave them`] };
  if (file.settings) return { problems: [`${WHERE} › settings: is not read from policy; set each setting as its own policy instead`] };
  return { glossary: { pack: { ...file.pack, industry: file.industry, terms: file.terms }, mode: locked === true ? 'locked' : 'default' }, problems: [] };
}

export async function loadGlossaryPolicy(): Promise<GlossaryPolicy> {
  return readGlossaryPolicy(await managedPolicyArea.get());
}
