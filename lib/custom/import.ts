/**
 * Reads a team file (the text of a picked .json file) into custom terms, or says exactly what is
 * wrong with it. Nothing here touches storage: a refused file cannot change anything, and the
 * caller only stores what a confirmed import plan produces.
 *
 * The file has the shape of the shipped glossary files, `{ "industry": "...", "terms": [...] }`,
 * optionally with `"settings"` and their `"settingsVersion"` (an export). Terms need only `name`
 * and `summary`; a term without `industry` belongs to the file's. Ids are optional: a missing one
 * is made from the name, and one without the `custom-` prefix gets it (links inside the file
 * follow), so a hand-written or shipped-format file imports as custom terms.
 *
 * Every message names the file, then the entry (`term "id"`, or `term #3` when it has no id) and
 * the field, in plain words, and is plain text: it may quote the file, so it is never rendered as HTML.
 */
import * as v from 'valibot';
import { TERM_ID_PATTERN } from '../../data/glossary.schema';
import { repairSettings, type Settings } from '../settings-model';
import { LATEST_SETTINGS_VERSION, migrateSettingsValue } from '../settings-migrations';
import { CUSTOM_ID_PREFIX, customTermContentFields, customTermId, industryNameSchema, nameKey, type CustomTerm } from './custom-term';
import { fieldProblems, formatPath, type PathKey } from './issues';
import { parseJson } from './json-syntax';
import { findMarkup } from './markup';
import { packIdSchema, packVersionSchema, type PackInfo } from './team-pack';

export const MAX_TEAM_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_TEAM_FILE_TERMS = 2000;
/** More messages than this help nobody: the rest are counted. */
export const MAX_REPORTED_ERRORS = 50;
const MAX_FILE_ID_LENGTH = 80;

export interface ParseTeamFileOptions {
  /** Starts every message, e.g. the picked file's name. */
  readonly fileName?: string;
  readonly maxBytes?: number;
  readonly maxTerms?: number;
}

export interface TeamFile {
  readonly industry: string;
  readonly terms: readonly CustomTerm[];
  /** Present only when the file carries settings: migrated to this version and checked. */
  readonly settings?: Settings;
  /** Present when the file is a versioned team pack (it gives an id, a name and a version). */
  readonly pack?: PackInfo;
  /** Term ids the exporting user chose not to highlight. */
  readonly mutedTerms?: readonly string[];
}

export type ParseTeamFileResult = { readonly ok: true; readonly file: TeamFile } | { readonly ok: false; readonly errors: readonly string[] };

const PACK_FIELDS = ['id', 'name', 'version'] as const;

const TeamFileSchema = v.strictObject({
  id: v.optional(packIdSchema),
  name: v.optional(industryNameSchema),
  version: v.optional(packVersionSchema),
  industry: industryNameSchema,
  // Terms are checked one by one below, so each message can name its entry and a huge list is refused first.
  terms: v.array(v.unknown(), 'must be a list'),
  settingsVersion: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'))),
  settings: v.optional(v.unknown()),
  mutedTerms: v.optional(
    v.pipe(
      v.array(v.pipe(v.string('must be text'), v.maxLength(MAX_FILE_ID_LENGTH, `must be at most ${MAX_FILE_ID_LENGTH} characters`), v.regex(TERM_ID_PATTERN, 'must be a term id (kebab-case)')), 'must be a list of term ids'),
      v.maxLength(5000, 'must have at most 5000 term ids'),
    ),
  ),
});

const TeamTermSchema = v.strictObject({
  id: v.optional(
    v.pipe(
      v.string('must be text'),
      v.maxLength(MAX_FILE_ID_LENGTH, `must be at most ${MAX_FILE_ID_LENGTH} characters`),
      v.regex(TERM_ID_PATTERN, 'must be kebab-case (a-z, 0-9, single hyphens)'),
    ),
  ),
  industry: v.optional(industryNameSchema),
  ...customTermContentFields,
});

type TeamTerm = v.InferOutput<typeof TeamTermSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** How a person finds the entry: its id when it has one, else its position (and name). */
function entryLabel(entry: unknown, index: number): string {
  const id = isRecord(entry) && typeof entry.id === 'string' && entry.id !== '' ? entry.id : undefined;
  if (id !== undefined) return `term "${shorten(id)}"`;
  const name = isRecord(entry) && typeof entry.name === 'string' && entry.name.trim() !== '' ? entry.name : undefined;
  return name !== undefined ? `term #${index + 1} ("${shorten(name)}")` : `term #${index + 1}`;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character; count 2 bytes for each half.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** Sizes as people read them, rounded up so a file just over the limit never reads as equal to it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** `prefix: message` lines, collected in the order a person reads the file. */
class Messages {
  readonly lines: string[] = [];
  constructor(private readonly file: string) {}
  add(where: readonly string[], message: string): void {
    this.lines.push(`${[this.file, ...where.filter((part) => part !== '')].join(' › ')}: ${message}`);
  }
}

function capped(lines: readonly string[]): string[] {
  if (lines.length <= MAX_REPORTED_ERRORS) return [...lines];
  const rest = lines.length - MAX_REPORTED_ERRORS;
  return [...lines.slice(0, MAX_REPORTED_ERRORS), `…and ${rest} more problem${rest === 1 ? '' : 's'}`];
}

export function parseTeamFile(text: string, options: ParseTeamFileOptions = {}): ParseTeamFileResult {
  const messages = new Messages(options.fileName ?? 'team file');
  const maxBytes = options.maxBytes ?? MAX_TEAM_FILE_BYTES;
  const maxTerms = options.maxTerms ?? MAX_TEAM_FILE_TERMS;
  const fail = () => ({ ok: false as const, errors: capped(messages.lines) });

  const bytes = utf8Length(text);
  if (bytes > maxBytes) {
    messages.add([], `is ${formatSize(bytes)}; a team file can be at most ${formatSize(maxBytes)}`);
    return fail();
  }
  // Editors on Windows may start the file with a byte order mark, which JSON.parse refuses.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    messages.add([], 'is empty');
    return fail();
  }
  const parsed = parseJson(body);
  if (!parsed.ok) {
    messages.add([], `is not valid JSON (line ${parsed.error.line}, column ${parsed.error.column}): ${parsed.error.message}`);
    return fail();
  }
  return checkTeamData(parsed.value, messages, maxTerms);
}

/**
 * The same checks for data that is already parsed, e.g. the organisation's glossary from
 * enterprise policy: the same limits (its JSON may be at most `maxBytes`), the same messages.
 */
export function parseTeamData(data: unknown, options: ParseTeamFileOptions = {}): ParseTeamFileResult {
  const messages = new Messages(options.fileName ?? 'team glossary');
  const maxBytes = options.maxBytes ?? MAX_TEAM_FILE_BYTES;
  let bytes: number;
  try {
    bytes = utf8Length(JSON.stringify(data) ?? '');
  } catch {
    messages.add([], 'is not plain data (it cannot be written as JSON)');
    return { ok: false, errors: messages.lines };
  }
  if (bytes > maxBytes) {
    messages.add([], `is ${formatSize(bytes)} as JSON; a team glossary can be at most ${formatSize(maxBytes)}`);
    return { ok: false, errors: messages.lines };
  }
  return checkTeamData(data, messages, options.maxTerms ?? MAX_TEAM_FILE_TERMS);
}

function checkTeamData(data: unknown, messages: Messages, maxTerms: number): ParseTeamFileResult {
  const fail = () => ({ ok: false as const, errors: capped(messages.lines) });
  if (!isRecord(data)) {
    messages.add([], 'must be an object like { "industry": "...", "terms": [...] }');
    return fail();
  }

  const shape = v.safeParse(TeamFileSchema, data, { abortEarly: false });
  if (!shape.success) for (const problem of fieldProblems(shape.issues)) messages.add([formatPath(problem.path)], problem.message);
  // A pack is named by all three: with only some, updating it later could not work.
  const given = PACK_FIELDS.filter((field) => data[field] !== undefined);
  if (given.length > 0) {
    for (const field of PACK_FIELDS) {
      if (data[field] === undefined) messages.add([field], `is missing: a team pack needs "id", "name" and "version" (this file gives ${given.map((name) => `"${name}"`).join(' and ')})`);
    }
  }

  const entries = Array.isArray(data.terms) ? data.terms : undefined;
  const terms: TeamTerm[] = [];
  if (entries && entries.length > maxTerms) {
    messages.add(['terms'], `has ${entries.length} terms; a team file can have at most ${maxTerms}`);
  } else if (entries && entries.length === 0 && data.settings === undefined && data.mutedTerms === undefined) {
    messages.add(['terms'], 'has no terms (and no settings): there is nothing to import');
  } else if (entries) {
    checkTerms(entries, messages, terms);
  }

  const settings = data.settings === undefined ? undefined : checkSettings(data.settings, data.settingsVersion, messages);
  if (messages.lines.length > 0 || !shape.success) return fail();

  const { id, name, version, industry, mutedTerms } = shape.output;
  const file: TeamFile = { industry, terms: toCustomTerms(terms, industry), ...(mutedTerms?.length ? { mutedTerms: [...new Set(mutedTerms)] } : {}) };
  const pack = id !== undefined && name !== undefined && version !== undefined ? { id, name, version } : undefined;
  return { ok: true, file: { ...file, ...(settings ? { settings } : {}), ...(pack ? { pack } : {}) } };
}

/** Validates each entry, then what no single entry shows: ids or names used twice. */
function checkTerms(entries: readonly unknown[], messages: Messages, valid: TeamTerm[]): void {
  const idOwner = new Map<string, { index: number; id: string }>();
  const nameOwner = new Map<string, number>();
  entries.forEach((entry, index) => {
    const label = entryLabel(entry, index);
    if (!isRecord(entry)) {
      messages.add([label], `must be an object with at least "name" and "summary", not ${Array.isArray(entry) ? 'a list' : entry === null ? 'null' : typeof entry === 'string' ? 'text' : typeof entry}`);
      return;
    }
    const result = v.safeParse(TeamTermSchema, entry, { abortEarly: false });
    if (result.success) valid.push(result.output);
    else for (const problem of fieldProblems(result.issues)) messages.add([label, formatPath(problem.path)], problem.message);

    const position = `term #${index + 1}`;
    if (typeof entry.id === 'string' && TERM_ID_PATTERN.test(entry.id)) {
      const stored = storedId(entry.id);
      const owner = idOwner.get(stored);
      if (!owner) idOwner.set(stored, { index, id: entry.id });
      else if (owner.id === entry.id) messages.add([position, 'id'], `"${shorten(entry.id)}" is already the id of term #${owner.index + 1}`);
      else {
        // "foo" and "custom-foo" are one id once stored: say which spelling each entry used.
        const [mine, theirs] = [entry.id, owner.id].map((id) => (id === stored ? `"${shorten(id)}"` : `"${shorten(id)}" (stored as "${shorten(stored)}")`));
        messages.add([position, 'id'], `${mine} is the same id as term #${owner.index + 1}'s ${theirs}`);
      }
    }
    if (typeof entry.name === 'string' && entry.name.trim() !== '') {
      const key = nameKey(entry.name.trim());
      const owner = nameOwner.get(key);
      if (owner === undefined) nameOwner.set(key, index);
      else messages.add([position, 'name'], `"${shorten(entry.name)}" is already the name of term #${owner + 1} (names are compared ignoring case)`);
    }
  });
}

const storedId = (id: string) => (id.startsWith(CUSTOM_ID_PREFIX) ? id : CUSTOM_ID_PREFIX + id);

/** Settings from the file, migrated from their version; a field this version would repair is refused instead. */
function checkSettings(raw: unknown, rawVersion: unknown, messages: Messages): Settings | undefined {
  if (!isRecord(raw)) {
    messages.add(['settings'], 'must be an object like { "highlighting": true, ... }');
    return undefined;
  }
  const version = typeof rawVersion === 'number' && Number.isInteger(rawVersion) && rawVersion >= 1 ? rawVersion : 1;
  if (version > LATEST_SETTINGS_VERSION) {
    messages.add(
      ['settingsVersion'],
      `is ${version}, from a newer Jargon Lens than this one (which reads up to ${LATEST_SETTINGS_VERSION}); update the extension, or import a file without settings`,
    );
    return undefined;
  }
  let problems = 0;
  for (const [key, value] of Object.entries(raw)) {
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    const markup = texts.map(findMarkup).find((found) => found !== undefined);
    if (markup !== undefined) {
      messages.add([formatPath(['settings', key])], `contains HTML markup (${JSON.stringify(markup)}); write plain text instead`);
      problems++;
    }
  }
  const migrated = migrateSettingsValue(raw, version);
  const settings = repairSettings(migrated);
  const repaired = new Map(Object.entries(settings));
  for (const [key, value] of Object.entries(migrated)) {
    const where: PathKey[] = ['settings', key];
    if (repaired.has(key)) {
      if (JSON.stringify(value) !== JSON.stringify(repaired.get(key))) {
        messages.add([formatPath(where)], 'has a value this setting cannot take');
        problems++;
      }
    } else if (key in raw) {
      // Fields a migration step adds but this build's Settings does not know yet are not the file's fault.
      messages.add([formatPath(where)], 'is not a known setting (check its spelling)');
      problems++;
    }
  }
  return problems === 0 ? settings : undefined;
}

/** Valid entries as stored custom terms: prefixed or generated ids, links inside the file following them. */
function toCustomTerms(entries: readonly TeamTerm[], fileIndustry: string): CustomTerm[] {
  const renamed = new Map<string, string>();
  for (const entry of entries) if (entry.id !== undefined) renamed.set(entry.id, storedId(entry.id));
  // Ids the file gives are reserved first, so a generated one never takes an id a later entry names.
  const taken = new Set(renamed.values());
  return entries.map(({ id, industry, related, ...content }) => {
    const storedAs = id !== undefined ? storedId(id) : customTermId(content.name, taken);
    taken.add(storedAs);
    const term: CustomTerm = { id: storedAs, industry: industry ?? fileIndustry, ...content };
    return related === undefined ? term : { ...term, related: related.map((link) => renamed.get(link) ?? link) };
  });
}
