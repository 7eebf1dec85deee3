/**
 * What choosing a sense needs beyond the matcher: each term's industry, cues and "not a term here"
 * readings, by the matcher's term numbers. Built with the matcher (at build time for the shipped
 * glossary, at run time for the user's and team's terms) and stored beside it.
 */
import { foldText } from '../matcher/fold';

export const SENSE_TABLE_FORMAT = 1;

/**
 * Cues are matched ignoring case, except acronyms ("ART", "RTE", "HMI": two or more letters, all
 * capitals), which match only as written: "ART" is an Agile Release Train, "art" is not. A cue kept
 * in its case is stored with this prefix.
 */
export const EXACT_CUE = '=';

export function compileCue(cue: string): string {
  const letters = cue.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? EXACT_CUE + foldText(cue, true) : foldText(cue, false);
}

export interface CompiledReading {
  /** The form, folded to lower case (compared with the matched words, folded). */
  readonly key: string;
  readonly meaning: string;
  /** Folded cue phrases. */
  readonly cues: readonly string[];
  readonly afterName: boolean;
}

export interface SenseTable {
  readonly format: typeof SENSE_TABLE_FORMAT;
  /** Industry slugs, by industry number. */
  readonly industries: readonly string[];
  /** Industry number of each term, by term number. */
  readonly termIndustry: readonly number[];
  /** Folded cue phrases, for the terms that have any. */
  readonly cues: Readonly<Record<number, readonly string[]>>;
  /** Term numbers whose presence in a block points to this term. */
  readonly cueTerms: Readonly<Record<number, readonly number[]>>;
  readonly readings: Readonly<Record<number, readonly CompiledReading[]>>;
}

/** What the table needs of a term. */
export interface SensedTerm {
  readonly id: string;
  readonly industrySlug: string;
  readonly cues?: readonly string[] | undefined;
  readonly cueTerms?: readonly string[] | undefined;
  readonly readings?: readonly { readonly form: string; readonly meaning: string; readonly cues: readonly string[]; readonly afterName?: boolean | undefined }[] | undefined;
}

export interface SenseTableContext {
  /** Where this table's terms start in the joined numbering (the shipped table's size, for the user's terms). */
  readonly offset?: number;
  /** Resolves cue-term ids that live in an earlier table: joined term number by id. */
  readonly known?: ReadonlyMap<string, number>;
}

/** `terms` in matcher order. Cue terms are stored as joined term numbers, ready for `joinSenseTables`. */
export function buildSenseTable(terms: readonly SensedTerm[], { offset = 0, known = new Map() }: SenseTableContext = {}): SenseTable {
  const number = new Map(terms.map((term, i) => [term.id, i + offset]));
  const industries: string[] = [];
  const industryNumber = new Map(industries.map((slug, i) => [slug, i]));
  const termIndustry: number[] = [];
  const cues: Record<number, string[]> = {};
  const cueTerms: Record<number, number[]> = {};
  const readings: Record<number, CompiledReading[]> = {};
  terms.forEach((term, i) => {
    let industry = industryNumber.get(term.industrySlug);
    if (industry === undefined) {
      industry = industries.push(term.industrySlug) - 1;
      industryNumber.set(term.industrySlug, industry);
    }
    termIndustry.push(industry);
    if (term.cues?.length) cues[i] = term.cues.map(compileCue);
    const cueNumbers = (term.cueTerms ?? []).flatMap((id) => {
      const n = number.get(id) ?? known.get(id);
      return n === undefined ? [] : [n];
    });
    if (cueNumbers.length) cueTerms[i] = cueNumbers;
    if (term.readings?.length) {
      readings[i] = term.readings.map((reading) => ({
        key: foldText(reading.form, false),
        meaning: reading.meaning,
        cues: reading.cues.map(compileCue),
        afterName: reading.afterName === true,
      }));
    }
  });
  return { format: SENSE_TABLE_FORMAT, industries, termIndustry, cues, cueTerms, readings };
}

/**
 * Several tables as one, numbered like the matcher's trees: term numbers of each table run on from
 * the previous one, and industries with the same slug become one.
 */
export function joinSenseTables(tables: readonly SenseTable[]): SenseTable {
  const industries: string[] = [];
  const industryNumber = new Map<string, number>();
  const termIndustry: number[] = [];
  const cues: Record<number, readonly string[]> = {};
  const cueTerms: Record<number, readonly number[]> = {};
  const readings: Record<number, readonly CompiledReading[]> = {};
  let offset = 0;
  for (const table of tables) {
    const remap = table.industries.map((slug) => {
      let n = industryNumber.get(slug);
      if (n === undefined) {
        n = industries.push(slug) - 1;
        industryNumber.set(slug, n);
      }
      return n;
    });
    for (const industry of table.termIndustry) termIndustry.push(remap[industry] ?? 0);
    for (const [term, list] of Object.entries(table.cues)) cues[Number(term) + offset] = list;
    // Cue terms already hold global numbers when they point into an earlier table (see `known`).
    for (const [term, list] of Object.entries(table.cueTerms)) cueTerms[Number(term) + offset] = list;
    for (const [term, list] of Object.entries(table.readings)) readings[Number(term) + offset] = list;
    offset += table.termIndustry.length;
  }
  return { format: SENSE_TABLE_FORMAT, industries, termIndustry, cues, cueTerms, readings };
}
