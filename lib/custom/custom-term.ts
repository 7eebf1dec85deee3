/**
 * A recruiter's own term: the fields of a shipped term, of which only `name`, `industry` and
 * `summary` are required. The limits are the shipped ones where they protect the layout (maximum
 * lengths and list sizes, which the card and matcher are built for) and relaxed where they only
 * protect editorial quality (minimum lengths and counts), which we do not impose on users.
 *
 * Ids and overrides:
 * - A custom id is always `custom-<kebab-case name>` (`custom-talent-pool`, then `-2`, `-3` when
 *   taken), so it can never equal a shipped id: no shipped id starts with `custom-` (a test guards it).
 * - A custom term replaces a shipped one only when it says so: `overrides` holds that shipped id.
 *   Planning an import sets it when an incoming term has a shipped term's name. Whoever merges
 *   custom terms into the glossary puts the overriding term in the shipped term's place, under
 *   the shipped id, so links and matches that name that id still resolve.
 */
import * as v from 'valibot';
import { ACRONYM_PATTERN, TERM_ID_PATTERN, type Term } from '../../data/glossary.schema';
import { fieldProblems } from './issues';
import { findHiddenCharacter, hiddenCharacterMessage, normalizeText } from './hidden-characters';
import { findMarkup } from './markup';

export const CUSTOM_ID_PREFIX = 'custom-';
export const CUSTOM_ID_PATTERN = /^custom-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 100;

/**
 * Text a person reads: normalised (NFC; in forms, one kind of space), trimmed, within limits, free
 * of characters nobody can see, and plain (it is shown as text, never as HTML). `form` is for what
 * the matcher looks for on pages or what names a term (names, aliases, titles, industries): there
 * every invisible or control character is refused; longer text may keep line breaks and tabs.
 */
const plainText = (max: number, min = 1, kind: 'form' | 'text' = 'text') =>
  // One message per text: the first problem found, not every rule that also fails because of it.
  v.config(v.pipe(
    v.string('must be text'),
    v.transform((s) => normalizeText(s, kind)),
    v.check((s) => s.trim() === s, 'must not start or end with spaces'),
    v.minLength(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check(
      (s) => findHiddenCharacter(s, kind) === undefined,
      (issue) => hiddenCharacterMessage(findHiddenCharacter(String(issue.input), kind)!),
    ),
    v.check(
      (s) => findMarkup(s) === undefined,
      (issue) => `contains HTML markup (${JSON.stringify(findMarkup(String(issue.input)))}); write plain text instead`,
    ),
  ), { abortPipeEarly: true });

const formText = (max: number, min = 1) => plainText(max, min, 'form');

const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `must have at most ${max} items`));

const distinct = (items: string[]) => new Set(items).size === items.length;
const distinctCaseless = (items: string[]) => distinct(items.map((s) => s.toLowerCase()));

const termIdSchema = (pattern: RegExp, message: string) =>
  v.pipe(v.string('must be text'), v.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`), v.regex(pattern, message));

const levels = <T extends v.GenericSchema>(item: T, max: number) =>
  v.strictObject({ junior: v.optional(list(item, max)), mid: v.optional(list(item, max)), senior: v.optional(list(item, max)) });

const QuestionSchema = v.strictObject({ question: plainText(300), expectedAnswer: plainText(700) });

/** Everything but id and industry, which differ between a stored term and an entry in a team file. */
export const customTermContentFields = {
  name: formText(80, 2),
  summary: plainText(160),
  overrides: v.optional(
    v.pipe(
      termIdSchema(TERM_ID_PATTERN, 'must be the id of a shipped term'),
      v.check((id) => !id.startsWith(CUSTOM_ID_PREFIX), 'must be the id of a shipped term, not of a custom one'),
    ),
  ),
  aliases: v.optional(v.pipe(list(formText(80, 2), 20), v.check(distinctCaseless, 'must not repeat an alias'))),
  acronyms: v.optional(
    v.pipe(
      list(v.config(v.pipe(formText(12, 2), v.regex(ACRONYM_PATTERN, 'must be 2-12 characters with a capital letter')), { abortPipeEarly: true }), 6),
      v.check(distinct, 'must not repeat an acronym'),
    ),
  ),
  explanation: v.optional(plainText(1600)),
  resumeExamples: v.optional(list(plainText(240), 8)),
  typicalTitle: v.optional(formText(80)),
  relatedTitles: v.optional(v.pipe(list(formText(80), 15), v.check(distinctCaseless, 'must not repeat a title'))),
  questions: v.optional(levels(QuestionSchema, 8)),
  indicators: v.optional(levels(plainText(200), 8)),
  redFlags: v.optional(list(plainText(240), 10)),
  related: v.optional(
    v.pipe(list(termIdSchema(TERM_ID_PATTERN, 'must be a term id'), 12), v.check(distinct, 'must not repeat a link')),
  ),
  nameMatchCase: v.optional(v.boolean('must be true or false')),
  allowedCommonWords: v.optional(list(formText(80, 2), 10)),
  // Senses, as in shipped files: a team term that shares a form with another term says in which
  // context it is the one meant, and which everyday phrases or readings are not it at all.
  cues: v.optional(v.pipe(list(formText(60, 2), 40), v.check(distinctCaseless, 'must not repeat a cue'))),
  cueTerms: v.optional(v.pipe(list(termIdSchema(TERM_ID_PATTERN, 'must be a term id'), 20), v.check(distinct, 'must not repeat a term id'))),
  defaultFor: v.optional(v.pipe(list(formText(80, 2), 10), v.check(distinctCaseless, 'must not repeat a form'))),
  readings: v.optional(
    list(
      v.strictObject({
        form: formText(80, 2),
        meaning: plainText(120, 5),
        cues: v.pipe(list(formText(60, 2), 40), v.check(distinctCaseless, 'must not repeat a cue')),
        afterName: v.optional(v.boolean('must be true or false')),
      }),
      6,
    ),
  ),
  never: v.optional(v.pipe(list(formText(80, 3), 20), v.check(distinctCaseless, 'must not repeat a phrase'))),
};

const customTermIdSchema = termIdSchema(CUSTOM_ID_PATTERN, 'must be "custom-" followed by kebab-case (a-z, 0-9, single hyphens)');
export const industryNameSchema = formText(60, 2);

export const CustomTermSchema = v.strictObject({ id: customTermIdSchema, industry: industryNameSchema, ...customTermContentFields });

export type CustomTerm = v.InferOutput<typeof CustomTermSchema>;
export type CustomTermField = keyof CustomTerm;

/** Every field in the order files and forms list them (the shipped order, with the custom fields near the top). */
export const CUSTOM_TERM_FIELDS = [
  'id',
  'name',
  'industry',
  'overrides',
  'aliases',
  'acronyms',
  'summary',
  'explanation',
  'resumeExamples',
  'typicalTitle',
  'relatedTitles',
  'questions',
  'indicators',
  'redFlags',
  'related',
  'nameMatchCase',
  'allowedCommonWords',
  'cues',
  'cueTerms',
  'defaultFor',
  'readings',
  'never',
] as const satisfies readonly CustomTermField[];

// Compile-time check that the list above names every field: adding a field to the schema without listing it fails here.
type Unlisted = Exclude<CustomTermField, (typeof CUSTOM_TERM_FIELDS)[number]>;
const everyFieldListed: Unlisted extends never ? true : Unlisted = true;
void everyFieldListed;

/** How names are compared for "same term": case and Unicode composition do not make two terms different. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** FNV-1a, for an id that stays the same for the same name on every team member's machine. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function slug(name: string): string {
  const ascii = name
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  // Names in other scripts have no a-z letters to keep: hash the name so the id is still stable.
  return ascii !== '' ? ascii : `term-${shortHash(nameKey(name))}`;
}

/** A new custom id for `name`: kebab-case, prefixed, and not one of `taken`. */
export function customTermId(name: string, taken: Iterable<string> = []): string {
  const used = new Set(taken);
  const base = CUSTOM_ID_PREFIX + slug(name);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A term with every shipped field present, for views written for shipped terms. Empty means "not given": hide it. */
export interface CompleteCustomTerm extends Term {
  readonly industry: string;
  readonly overrides?: string | undefined;
}

export function completeCustomTerm(term: CustomTerm): CompleteCustomTerm {
  const perLevel = <T>(given: { junior?: T[] | undefined; mid?: T[] | undefined; senior?: T[] | undefined } | undefined) => ({
    junior: given?.junior ?? [],
    mid: given?.mid ?? [],
    senior: given?.senior ?? [],
  });
  return {
    ...term,
    aliases: term.aliases ?? [],
    acronyms: term.acronyms ?? [],
    explanation: term.explanation ?? '',
    resumeExamples: term.resumeExamples ?? [],
    typicalTitle: term.typicalTitle ?? '',
    relatedTitles: term.relatedTitles ?? [],
    questions: perLevel(term.questions),
    indicators: perLevel(term.indicators),
    redFlags: term.redFlags ?? [],
    related: term.related ?? [],
  };
}

/** What a form holds while the user types: any field, any value, not yet tidied. */
export type CustomTermDraft = { readonly [K in CustomTermField]?: unknown };

/** One message per field, for showing next to that field. */
export type CustomTermErrors = Partial<Record<CustomTermField, string>>;

export interface DraftContext {
  /** The user's other custom terms, to catch a second term with the same name. */
  readonly existing?: readonly CustomTerm[];
}

const REQUIRED = ['name', 'industry', 'summary'] as const satisfies readonly CustomTermField[];
const isField = (key: string): key is CustomTermField => (CUSTOM_TERM_FIELDS as readonly string[]).includes(key);

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/** Form values as a term would store them: text trimmed, empty optional fields, items and rows left out. */
function tidy(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(tidy).filter((item) => !isBlank(item));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const tidied = tidy(item);
      if (!isBlank(tidied)) out[key] = tidied;
    }
    return out;
  }
  return value;
}

/** "mid, item 1, question" for a path below a field: the field itself is where the message is shown. */
function describeWithin(path: readonly (string | number)[]): string {
  return path.map((key) => (typeof key === 'number' ? `item ${key + 1}` : key)).join(', ');
}

function checkDraft(draft: CustomTermDraft, context: DraftContext): { term?: CustomTerm; errors: CustomTermErrors } {
  const existing = context.existing ?? [];
  const candidate: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (!isField(key)) continue;
    const tidied = tidy(value);
    if (!isBlank(tidied)) candidate[key] = tidied;
  }
  const errors: CustomTermErrors = {};
  for (const key of REQUIRED) if (isBlank(candidate[key])) errors[key] = 'is required';
  // Editing keeps the term's id (so links and overrides stay put); a new term gets one from its name.
  const id =
    typeof candidate.id === 'string' && CUSTOM_ID_PATTERN.test(candidate.id)
      ? candidate.id
      : customTermId(typeof candidate.name === 'string' ? candidate.name : '', existing.map((term) => term.id));
  const result = v.safeParse(CustomTermSchema, { ...candidate, id }, { abortEarly: false });
  if (!result.success) {
    for (const problem of fieldProblems(result.issues)) {
      const [field, ...within] = problem.path;
      if (typeof field !== 'string' || !isField(field) || errors[field] !== undefined) continue;
      errors[field] = within.length > 0 ? `${describeWithin(within)}: ${problem.message}` : problem.message;
    }
  }
  if (typeof candidate.name === 'string' && errors.name === undefined) {
    const key = nameKey(candidate.name);
    const twin = existing.find((term) => term.id !== id && nameKey(term.name) === key);
    if (twin) errors.name = `you already have a custom term called "${twin.name}"`;
  }
  return result.success && Object.keys(errors).length === 0 ? { term: result.output, errors } : { errors };
}

/** Inline validation for the add/edit form: field → plain-text message; empty when the draft can be saved. */
export function validateCustomTermDraft(draft: CustomTermDraft, context: DraftContext = {}): CustomTermErrors {
  return checkDraft(draft, context).errors;
}

/** The term to store for a valid draft (tidied, with an id), or the same errors the form shows. */
export function customTermFromDraft(
  draft: CustomTermDraft,
  context: DraftContext = {},
): { readonly ok: true; readonly term: CustomTerm } | { readonly ok: false; readonly errors: CustomTermErrors } {
  const { term, errors } = checkDraft(draft, context);
  return term ? { ok: true, term } : { ok: false, errors };
}
