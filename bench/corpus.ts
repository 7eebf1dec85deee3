/** Realistic recruiter-page text for benchmarks: the glossary's own prose, resume lines and titles, shuffled. */
import { shippedGlossary } from '../lib/glossary/shipped';

export function realisticText(minBytes: number): string {
  const terms = shippedGlossary().terms;
  const lines = terms.flatMap((term) => [term.explanation, ...term.resumeExamples, `${term.typicalTitle} | ${term.relatedTitles.join(' · ')}`, ...term.redFlags]);
  // A fixed-seed shuffle: the same corpus on every run.
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

/** The same text as page paragraphs, for the browser benchmarks. */
export function realisticParagraphs(minBytes: number): string[] {
  return realisticText(minBytes).split('\n');
}
