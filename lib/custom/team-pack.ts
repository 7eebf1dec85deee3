/**
 * A versioned team pack: a team glossary with an id, a name and a version, so a whole team can
 * take the next version of its glossary in place, and nobody goes back to an older one by mistake.
 * A team file becomes a pack by carrying `"id"`, `"name"` and `"version"` next to `"industry"`;
 * the organisation's glossary delivered by policy is always one.
 */
import * as v from 'valibot';
import { CustomTermSchema, industryNameSchema, nameKey, type CustomTerm } from './custom-term';

export const PACK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_PACK_ID_LENGTH = 40;
/** 1, 1.2, 1.2.3 or 1.2.3.4: compared part by part as numbers, missing parts count as 0. */
export const VERSION_PATTERN = /^\d{1,9}(?:\.\d{1,9}){0,3}$/;

export interface PackInfo {
  readonly id: string;
  readonly name: string;
  readonly version: string;
}

export interface TeamPack extends PackInfo {
  readonly industry: string;
  readonly terms: readonly CustomTerm[];
}

export const packIdSchema = v.pipe(
  v.string('must be text'),
  v.maxLength(MAX_PACK_ID_LENGTH, `must be at most ${MAX_PACK_ID_LENGTH} characters`),
  v.regex(PACK_ID_PATTERN, 'must be kebab-case (a-z, 0-9, single hyphens)'),
);

/** Text like "1.4.0"; a bare number in a hand-written file (`"version": 2`) is read as its text. */
export const packVersionSchema = v.pipe(
  v.union([v.string(), v.number()], 'must be a version like "1.4.0"'),
  v.transform((value) => String(value)),
  v.regex(VERSION_PATTERN, 'must be a version like "1.4.0" (numbers separated by dots)'),
);

/** Orders two versions: negative when `a` is older than `b`, 0 when they are the same version. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const StoredPackSchema = v.object({
  id: packIdSchema,
  name: industryNameSchema,
  version: packVersionSchema,
  industry: industryNameSchema,
  terms: v.array(v.unknown()),
});

/**
 * The stored packs with every broken part dropped: a pack whose id, name or version is unreadable
 * goes (nothing could update or remove it sensibly), a broken term goes alone, repeats go.
 */
export function repairTeamPacks(raw: unknown): TeamPack[] {
  if (!Array.isArray(raw)) return [];
  const ids = new Set<string>();
  const packs: TeamPack[] = [];
  for (const item of raw) {
    const result = v.safeParse(StoredPackSchema, item);
    if (!result.success || ids.has(result.output.id)) continue;
    ids.add(result.output.id);
    const termIds = new Set<string>();
    const names = new Set<string>();
    const terms: CustomTerm[] = [];
    for (const candidate of result.output.terms) {
      const term = v.safeParse(CustomTermSchema, candidate);
      if (!term.success || termIds.has(term.output.id) || names.has(nameKey(term.output.name))) continue;
      termIds.add(term.output.id);
      names.add(nameKey(term.output.name));
      terms.push(term.output);
    }
    packs.push({ ...result.output, terms });
  }
  return packs;
}

/** A pack id made from its name ("Acme Sourcing 2025" → "acme-sourcing-2025"), for "export as a team pack". */
export function packIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_PACK_ID_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'team-pack' : slug;
}
