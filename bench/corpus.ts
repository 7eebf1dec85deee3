/**
 * Text for benchmarks, two kinds:
 * - realistic: what a recruiter's page reads like, plain work English (O*NET task statements,
 *   CC BY 4.0, see README Credits) mixed with resume lines and titles from the glossary;
 * - dense: the glossary's own prose, where nearly every sentence names terms (a worst case).
 * Both shuffled with a fixed seed: the same corpus on every run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { glossaryTerms } from './glossary-on-disk';

const ONET_TASKS = resolve(import.meta.dirname, '../../shared/data/onet/Task Statements.txt');

function shuffled(lines: readonly string[], minBytes: number): string {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const line = lines[Math.floor(random() * lines.length)]!;
    parts.push(line);
    bytes += line.length + 1;
  }
  return parts.join('\n');
}

/** O*NET task statements: one per line (the file's third column). */
export function onetTasks(): string[] {
  return readFileSync(ONET_TASKS, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[2] ?? '')
    .filter((task) => task.length > 20);
}

/** Page-like text: three task statements for every resume line or title line. */
export function realisticText(minBytes: number): string {
  const terms = glossaryTerms();
  const resume = terms.flatMap((term) => [...term.resumeExamples, `${term.typicalTitle} | ${term.relatedTitles.join(' · ')}`]);
  const tasks = onetTasks();
  return shuffled([...tasks, ...tasks, ...tasks, ...resume].slice(0, tasks.length * 3 + resume.length), minBytes);
}

/** The glossary's own prose: nearly every sentence names a term. */
export function denseText(minBytes: number): string {
  const terms = glossaryTerms();
  return shuffled(
    terms.flatMap((term) => [term.explanation, ...term.resumeExamples, `${term.typicalTitle} | ${term.relatedTitles.join(' · ')}`, ...term.redFlags]),
    minBytes,
  );
}

/** The same text as page paragraphs, for the browser benchmarks. */
export function realisticParagraphs(minBytes: number): string[] {
  return realisticText(minBytes).split('\n');
}
