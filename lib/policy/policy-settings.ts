/**
 * The settings part of the organisation's policy, checked: each policy (see managed-schema.ts)
 * is `{ "value": …, "locked": true|false }`, and one that fails a check is ignored as a whole,
 * with the reason kept for the options page. Small and free of the glossary's validation, since
 * every content script reads it with the settings.
 */
import { HIGHLIGHT_COLORS, type Settings } from '../settings-model';
import { POLICY_NAMES, POLICY_PLATFORM_IDS, type PolicyName } from './policy-names';

export type ManagedMode = 'default' | 'locked';

/** Policies that set one setting of the same name. */
export const SETTING_POLICIES = [
  'mutedTerms',
  'defaultPlatform',
  'defaultCountry',
  'defaultExclude',
  'highlighting',
  'style',
  'highlightColor',
  'occurrences',
  'hoverCard',
  'hoverDelayMs',
  'industries',
] as const satisfies readonly (PolicyName & keyof Settings)[];
export type SettingPolicy = (typeof SETTING_POLICIES)[number];

export interface SitePolicy {
  readonly host: string;
  /** True: Jargon Lens runs there; false: switched off. */
  readonly on: boolean;
  readonly mode: ManagedMode;
}

export interface SettingsPolicy {
  readonly values: Partial<Pick<Settings, SettingPolicy>>;
  readonly modes: Partial<Record<SettingPolicy, ManagedMode>>;
  readonly sites: readonly SitePolicy[];
  /** `policy › style › value: must be …`, one per policy that was ignored. */
  readonly problems: readonly string[];
}

export const NO_POLICY: SettingsPolicy = { values: {}, modes: {}, sites: [], problems: [] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A check returns the value to apply, or the reason it cannot be applied. */
type Check = (value: unknown) => { ok: true; value: unknown } | { ok: false; message: string };
const ok = (value: unknown) => ({ ok: true as const, value });
const no = (message: string) => ({ ok: false as const, message });

const oneOf = (choices: readonly string[]): Check => (value) =>
  typeof value === 'string' && choices.includes(value) ? ok(value) : no(`must be one of ${choices.map((choice) => `"${choice}"`).join(', ')}`);
const boolean: Check = (value) => (typeof value === 'boolean' ? ok(value) : no('must be true or false'));

/**
 * What a word in a policy list may not hold: angle brackets (markup has no place in a word) and
 * control, format or invisible characters. A short check on purpose: every content script reads
 * these policies, and the team glossary's full text checks (lib/custom/markup.ts) are not needed
 * for single words.
 */
const UNPLAIN = /[<>\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/u;

function unplainMessage(item: string): string | undefined {
  const found = UNPLAIN.exec(item);
  if (!found) return undefined;
  if (found[0] === '<' || found[0] === '>') return 'contains "<" or ">"; write plain words';
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `contains an invisible or control character (U+${code}) at character ${found.index + 1}; remove it`;
}

/** Plain text a user would type into the setting: no markup, no invisible characters, within a length. */
function plainWords(max: number, itemMax = 100): Check {
  return (value) => {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return no('must be a list of text');
    if (value.length > max) return no(`must have at most ${max} items`);
    for (const [index, item] of (value as string[]).entries()) {
      const trimmed = item.trim();
      if (trimmed === '' || trimmed.length > itemMax) return no(`item ${index + 1} must be 1-${itemMax} characters`);
      const problem = unplainMessage(item);
      if (problem) return no(`item ${index + 1} ${problem}`);
    }
    return ok((value as string[]).map((item) => item.trim()));
  };
}

const slugs: Check = (value) => {
  const words = plainWords(100, 80)(value);
  if (!words.ok) return words;
  const list = words.value as string[];
  if (list.includes('all')) return ok('all');
  const bad = list.find((slug) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug));
  return bad === undefined ? ok(list) : no(`"${bad}" is not an industry slug (kebab-case, like "software-engineering")`);
};

const CHECKS: Readonly<Record<SettingPolicy, Check>> = {
  mutedTerms: (value) => {
    const words = plainWords(2000, 100)(value);
    if (!words.ok) return words;
    const bad = (words.value as string[]).find((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
    return bad === undefined ? words : no(`"${bad}" is not a term id (kebab-case, like "six-sigma")`);
  },
  defaultPlatform: oneOf(POLICY_PLATFORM_IDS),
  defaultCountry: (value) => (typeof value === 'string' && /^[a-z]{0,3}$/.test(value) ? ok(value) : no('must be 0-3 lowercase letters, like "uk" ("" for all)')),
  defaultExclude: plainWords(50),
  highlighting: boolean,
  style: oneOf(['underline', 'tint', 'both']),
  highlightColor: oneOf(HIGHLIGHT_COLORS),
  occurrences: oneOf(['every', 'first']),
  hoverCard: boolean,
  hoverDelayMs: (value) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 3000 ? ok(value) : no('must be a whole number from 0 to 3000')),
  industries: slugs,
};

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

const sitesCheck: Check = (value) => {
  if (!isRecord(value)) return no('must be an object of host names, each true (on) or false (off), like {"indeed.com": false}');
  for (const [host, on] of Object.entries(value)) {
    if (!HOST.test(host)) return no(`"${host.slice(0, 60)}" is not a host name (lowercase, like "indeed.com")`);
    if (typeof on !== 'boolean') return no(`"${host}" must be true or false`);
  }
  return ok(value);
};

/** `{ value, locked }`, checked for its shape; the value is checked by the caller. */
function unwrap(name: string, entry: unknown): { ok: true; value: unknown; mode: ManagedMode } | { ok: false; message: string } {
  if (!isRecord(entry)) return { ok: false, message: `policy › ${name}: must be an object like { "value": …, "locked": true }` };
  const unknown = Object.keys(entry).find((key) => key !== 'value' && key !== 'locked');
  if (unknown !== undefined) return { ok: false, message: `policy › ${name} › ${unknown}: is not a known field (a policy has "value" and "locked")` };
  if (!('value' in entry)) return { ok: false, message: `policy › ${name} › value: is missing` };
  if (entry.locked !== undefined && typeof entry.locked !== 'boolean') return { ok: false, message: `policy › ${name} › locked: must be true or false` };
  return { ok: true, value: entry.value, mode: entry.locked === true ? 'locked' : 'default' };
}

/**
 * Checks the settings policies in `raw` (the managed area's contents); the team glossary is
 * checked apart (lib/policy/policy-glossary.ts). Unknown policy names are reported too: on Firefox
 * nothing filters them, and a misspelt policy that silently does nothing is what admins dread.
 */
export function readSettingsPolicy(raw: Readonly<Record<string, unknown>>): SettingsPolicy {
  const values: Record<string, unknown> = {};
  const modes: Partial<Record<SettingPolicy, ManagedMode>> = {};
  const sites: SitePolicy[] = [];
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(raw)) {
    if (!(POLICY_NAMES as readonly string[]).includes(name)) {
      problems.push(`policy › ${name}: is not a known policy (check its spelling)`);
      continue;
    }
    if (name === 'teamGlossary') continue;
    const unwrapped = unwrap(name, entry);
    if (!unwrapped.ok) {
      problems.push(unwrapped.message);
      continue;
    }
    const check = name === 'sites' ? sitesCheck : CHECKS[name as SettingPolicy];
    const checked = check(unwrapped.value);
    if (!checked.ok) {
      problems.push(`policy › ${name} › value: ${checked.message}`);
      continue;
    }
    if (name === 'sites') {
      for (const [host, on] of Object.entries(checked.value as Record<string, boolean>)) sites.push({ host, on, mode: unwrapped.mode });
    } else {
      values[name] = checked.value;
      modes[name as SettingPolicy] = unwrapped.mode;
    }
  }
  return { values: values as SettingsPolicy['values'], modes, sites, problems };
}
