/**
 * The shipped glossary as the page sees it, for data tests: every file read from data/glossary/,
 * compiled into one matcher with its sense table, and a function that runs a text through match
 * and sense choice as one page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryFile, Term } from '../../data/glossary.schema';
import { compileMatcher } from '../../lib/matcher/compile';
import { createMatcher } from '../../lib/matcher/match';
import { chooseOnPage, type ChosenMatch } from '../../lib/senses/choose';
import { buildSenseTable } from '../../lib/senses/table';

export interface CoverageFile {
  industry: string;
  snippets: { kind: 'profile' | 'job-post'; text: string; expect: string[] }[];
}

const readJsonDir = <T>(dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ slug: name.replace(/\.json$/, ''), data: JSON.parse(readFileSync(join(dir, name), 'utf8')) as T }));

export const readCoverage = () => readJsonDir<CoverageFile>(join(import.meta.dirname, 'coverage'));

export function shippedPipeline() {
  const files = readJsonDir<GlossaryFile>(join(import.meta.dirname, '../../data/glossary'));
  const terms: (Term & { industrySlug: string })[] = files.flatMap(({ slug, data }) => data.terms.map((term) => ({ ...term, industrySlug: slug })));
  const matcher = createMatcher(compileMatcher(terms));
  const table = buildSenseTable(terms);
  /** Every block of the page through match and choice. */
  const choose = (blocks: readonly string[]): ChosenMatch[][] => chooseOnPage(blocks.map((text) => ({ text, matches: matcher.match(text) })), table);
  /** Distinct term ids shown for a text read as one block on its own page, sorted. */
  const termsIn = (text: string) =>
    [...new Set(choose([text])[0]!.flatMap((match) => (match.term === null ? [] : [matcher.ids[match.term]!])))].sort();
  return { files, terms, matcher, table, choose, termsIn };
}
