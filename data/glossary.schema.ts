/**
 * The one schema every glossary file is validated against: the shipped files in data/glossary/,
 * and (later) team files a user imports. Field names are a contract other tools read: keep them.
 */
import * as v from 'valibot';

/** Text a person reads: not blank and without stray leading or trailing whitespace. */
const text = (max: number, min = 1) =>
  v.pipe(
    v.string('must be text'),
    v.check((s) => s.trim() === s, 'must not start or end with spaces'),
    v.minLength(min, `must be at least ${min} characters`),
    v.maxLength(max, `must be at most ${max} characters`),
  );

const list = <T extends v.GenericSchema>(item: T, min: number, max = 40) =>
  v.pipe(
    v.array(item, 'must be a list'),
    v.minLength(min, `must have at least ${min} item${min === 1 ? '' : 's'}`),
    v.maxLength(max, `must have at most ${max} items`),
  );

const uniqueCaseless = (items: string[]) =>
  new Set(items.map((s) => s.toLowerCase())).size === items.length;

export const TERM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Acronyms are matched case-sensitively as whole words, so they must contain a capital letter. */
export const ACRONYM_PATTERN = /^(?=.*[A-Z])[A-Za-z0-9&.+#/-]{2,12}$/;

export const LEVELS = ['junior', 'mid', 'senior'] as const;
export type Level = (typeof LEVELS)[number];

const QuestionSchema = v.strictObject({
  question: text(300, 10),
  expectedAnswer: text(700, 20),
});

/** One "not a term here" reading of a form. */
const ReadingSchema = v.strictObject({
  /** The form (one of the term's name, aliases or acronyms) this reading is about. */
  form: text(80, 2),
  /** What the form means in this reading, shown to reviewers and in diagnostics. */
  meaning: text(120, 5),
  /** Words or phrases in the same block that make this reading the likely one. */
  cues: v.pipe(list(text(60, 2), 0, 40), v.check(uniqueCaseless, 'must not repeat a cue')),
  /** The form right after a capitalised word reads as part of a name ("Barclays PLC", "Holdings PLC"). */
  afterName: v.optional(v.boolean('must be true or false')),
});

const perLevel = <T extends v.GenericSchema>(item: T, min: number) =>
  v.strictObject({ junior: list(item, min, 8), mid: list(item, min, 8), senior: list(item, min, 8) });

export const TermSchema = v.strictObject({
  id: v.pipe(v.string('must be text'), v.regex(TERM_ID_PATTERN, 'must be kebab-case (a-z, 0-9, single hyphens)')),
  name: text(80, 2),
  aliases: v.pipe(list(text(80, 2), 0, 20), v.check(uniqueCaseless, 'must not repeat an alias')),
  acronyms: v.pipe(
    list(v.pipe(v.string('must be text'), v.regex(ACRONYM_PATTERN, 'must be 2-12 characters with a capital letter')), 0, 6),
    v.check((items) => new Set(items).size === items.length, 'must not repeat an acronym'),
  ),
  summary: text(160, 30),
  explanation: text(1600, 200),
  resumeExamples: list(text(240, 15), 3, 8),
  typicalTitle: text(80, 3),
  relatedTitles: v.pipe(list(text(80, 3), 5, 15), v.check(uniqueCaseless, 'must not repeat a title')),
  questions: perLevel(QuestionSchema, 2),
  indicators: perLevel(text(200, 5), 2),
  redFlags: list(text(240, 10), 3, 10),
  related: v.pipe(
    list(v.pipe(v.string('must be text'), v.regex(TERM_ID_PATTERN, 'must be a term id')), 0, 12),
    v.check((items) => new Set(items).size === items.length, 'must not repeat a link'),
  ),
  /**
   * The name is also an everyday word (React, Swift): highlight it on pages only in its exact
   * capitalisation. Aliases stay case-insensitive, so keep them unambiguous.
   */
  nameMatchCase: v.optional(v.boolean('must be true or false')),
  /**
   * Aliases or acronyms that look like common words but are deliberately matched
   * (a reviewer decided the risk of false highlights is acceptable). Rarely needed.
   */
  allowedCommonWords: v.optional(list(text(80, 2), 1, 10)),
  /**
   * Senses. A name, alias or acronym may belong to several terms ("GCP": Google Cloud Platform and
   * Good Clinical Practice). On a page, the sense whose cues appear in the same block of text wins;
   * then the industry of the other terms found around it; then the default (`defaultFor`).
   * Cues are words or phrases matched case-insensitively as whole words ("protocol", "clinical trial").
   */
  cues: v.optional(v.pipe(list(text(60, 2), 1, 40), v.check(uniqueCaseless, 'must not repeat a cue'))),
  /** Ids of other terms whose presence in the same block makes this the likely sense. */
  cueTerms: v.optional(
    v.pipe(
      list(v.pipe(v.string('must be text'), v.regex(TERM_ID_PATTERN, 'must be a term id')), 1, 20),
      v.check((items) => new Set(items).size === items.length, 'must not repeat a term id'),
    ),
  ),
  /** Forms of this term it shares with other terms and for which it is the sense shown when nothing on the page decides. */
  defaultFor: v.optional(v.pipe(list(text(80, 2), 1, 10), v.check(uniqueCaseless, 'must not repeat a form'))),
  /**
   * "Not a term here": everyday or other-field readings of one of this term's forms that leave it
   * unhighlighted when their cues win ("Barclays PLC" is a company suffix, not a controller).
   */
  readings: v.optional(list(ReadingSchema, 1, 6)),
  /** Phrases that contain one of the term's forms but are not the term ("our common core values"). */
  never: v.optional(v.pipe(list(text(80, 3), 1, 20), v.check(uniqueCaseless, 'must not repeat a phrase'))),
});

export const GlossaryFileSchema = v.strictObject({
  industry: text(60, 2),
  terms: list(TermSchema, 1, 2000),
});

/**
 * data/sectors.json: the industries in a few groups, in the order the popup and the options page
 * list them (44 industries in one flat list are hard to scan). Each industry slug is in one sector.
 */
export const SectorsFileSchema = v.strictObject({
  sectors: list(
    v.strictObject({
      name: text(40, 2),
      industries: v.pipe(list(v.pipe(v.string(), v.regex(TERM_ID_PATTERN, 'must be an industry slug (kebab-case)')), 1, 30), v.check(uniqueCaseless, 'must not repeat an industry')),
    }),
    1,
    12,
  ),
});

export type Term = v.InferOutput<typeof TermSchema>;
export type SectorsFile = v.InferOutput<typeof SectorsFileSchema>;
export type QuestionAndAnswer = v.InferOutput<typeof QuestionSchema>;
export type GlossaryFile = v.InferOutput<typeof GlossaryFileSchema>;
export type Reading = v.InferOutput<typeof ReadingSchema>;
