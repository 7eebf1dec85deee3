/**
 * The labelled snippet set for senses: short profile and posting lines where a form means one of
 * several things ("AWS D1.1 certified welder", "GCP and the protocol"), each with the sense a
 * recruiter should see, or `null` where nothing should be highlighted ("Barclays PLC").
 *
 * Scored through the real pipeline (every shipped file compiled, matched and chosen as on a page),
 * by the data test and by `npm run bench`, which reports the figure the README quotes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '../../lib/matcher/fold';
import type { shippedPipeline } from './shipped-pipeline';

export interface SenseSnippet {
  /** The form as it appears in the text (matched ignoring case). */
  readonly form: string;
  readonly text: string;
  /** The term id the card should show for every occurrence of the form, or null: not highlighted. */
  readonly expect: string | null;
  /** Other blocks of the same page, when the page is what decides. */
  readonly page?: readonly string[];
  /** Why this is the right answer, for whoever reads a failure. */
  readonly why?: string;
}

export interface SenseSnippetFile {
  readonly about: string;
  readonly snippets: readonly SenseSnippet[];
}

export const readSenseSnippets = () =>
  readdirSync(join(import.meta.dirname, 'senses'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: name, data: JSON.parse(readFileSync(join(import.meta.dirname, 'senses', name), 'utf8')) as SenseSnippetFile }));

type Pipeline = ReturnType<typeof shippedPipeline>;

export interface SnippetResult {
  readonly snippet: SenseSnippet;
  readonly file: string;
  /** What the page showed for each occurrence of the form: a term id, or null for no highlight. */
  readonly shown: readonly (string | null)[];
  readonly right: boolean;
  /** Why the snippet itself is unusable (the form is not in the text), if it is. */
  readonly invalid?: string;
}

/** Is the form shared by several senses, or does it carry a "not a term here" reading? */
export function isAmbiguous(pipeline: Pipeline, form: string): boolean {
  const [match] = pipeline.matcher.match(form);
  if (!match || match.start !== 0 || match.end !== form.length) return false;
  const senses = match.senses ?? [match.term];
  const key = foldText(form, false);
  return senses.length > 1 || senses.some((term) => (pipeline.table.readings[term] ?? []).some((reading) => reading.key === key));
}

function occurrences(text: string, form: string): number[] {
  const foldedText = text.toLowerCase();
  const foldedForm = form.toLowerCase();
  const found: number[] = [];
  for (let at = foldedText.indexOf(foldedForm); at >= 0; at = foldedText.indexOf(foldedForm, at + 1)) {
    const before = at === 0 ? '' : text.charAt(at - 1);
    const after = text.charAt(at + form.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push(at);
  }
  return found;
}

/** Runs one snippet as a page: its text is the first block, `page` the others. */
export function scoreSnippet(pipeline: Pipeline, file: string, snippet: SenseSnippet): SnippetResult {
  const starts = occurrences(snippet.text, snippet.form);
  if (starts.length === 0) return { snippet, file, shown: [], right: false, invalid: `"${snippet.form}" is not a whole word in the text` };
  const [chosen] = pipeline.choose([snippet.text, ...(snippet.page ?? [])]);
  const shown = starts.map((start) => {
    // The occurrence is shown as a term when a highlighted match covers it.
    const match = chosen!.find((m) => m.start <= start && m.end >= start + snippet.form.length && m.term !== null);
    return match ? pipeline.matcher.ids[match.term!]! : null;
  });
  return { snippet, file, shown, right: shown.every((id) => id === snippet.expect) };
}

export function scoreAll(pipeline: Pipeline) {
  const results = readSenseSnippets().flatMap(({ file, data }) => data.snippets.map((snippet) => scoreSnippet(pipeline, file, snippet)));
  const forms = new Set(results.map(({ snippet }) => snippet.form.toLowerCase()));
  const ambiguousForms = [...forms].filter((form) => isAmbiguous(pipeline, results.find((r) => r.snippet.form.toLowerCase() === form)!.snippet.form));
  const right = results.filter((r) => r.right).length;
  return { results, forms: forms.size, ambiguousForms: ambiguousForms.length, right, share: results.length ? right / results.length : 0 };
}

/** One line per wrong answer: file, form, expected, shown, text. */
export const describeWrong = (results: readonly SnippetResult[]) =>
  results
    .filter((r) => !r.right)
    .map((r) => `${r.file} · ${r.snippet.form}: expected ${r.snippet.expect ?? 'no highlight'}, ${r.invalid ?? `shown ${r.shown.map((id) => id ?? 'no highlight').join(', ')}`} — "${r.snippet.text}"`);
