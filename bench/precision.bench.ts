/**
 * Precision on ordinary text: how often the real pipeline (the shipped glossary compiled, matched,
 * and each shared form's sense chosen per paragraph and page) highlights something in plain work
 * English, where few glossary terms should appear, and in public-domain prose, where almost none
 * should. Prints highlights per 100,000 words and a fixed random sample of them with context, for
 * review: a wrong one found here is fixed in the glossary (never-phrase, reading, form) and kept
 * from coming back by tests/data/precision.test.ts.
 *
 * Corpora: O*NET task statements (CC BY 4.0, see README Credits) and State of the Union addresses
 * 1945-2002 (US government works, public domain; bench/corpus/state-of-the-union/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { it } from 'vitest';
import { describeWrong, scoreAll } from '../tests/data/sense-snippets';
import { shippedPipeline } from '../tests/data/shipped-pipeline';
import { onetTasks } from './corpus';
import { report, round } from './report';

const SPEECHES = resolve(import.meta.dirname, 'corpus/state-of-the-union');
const SAMPLE = 40;

function speeches(): string[] {
  if (!existsSync(SPEECHES)) return [];
  return readdirSync(SPEECHES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(SPEECHES, name), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

interface Hit {
  readonly id: string;
  readonly words: string;
  readonly context: string;
}

it('precision on ordinary text', () => {
  const pipeline = shippedPipeline();
  const rows = [];
  const samples: Record<string, Hit[]> = {};
  for (const [name, paragraphs] of [
    ['O*NET task statements', onetTasks()],
    ['State of the Union addresses (public domain)', speeches()],
  ] as const) {
    if (paragraphs.length === 0) continue;
    // Each corpus read as pages of 50 paragraphs: the page context is what a real page gives.
    const hits: Hit[] = [];
    for (let page = 0; page < paragraphs.length; page += 50) {
      const blocks = paragraphs.slice(page, page + 50);
      pipeline.choose(blocks).forEach((matches, b) => {
        const text = blocks[b]!;
        for (const match of matches) {
          if (match.term === null) continue;
          hits.push({
            id: pipeline.matcher.ids[match.term]!,
            words: text.slice(match.start, match.end),
            context: `${text.slice(Math.max(0, match.start - 50), match.start)}[${text.slice(match.start, match.end)}]${text.slice(match.end, match.end + 50)}`,
          });
        }
      });
    }
    const words = paragraphs.reduce((sum, paragraph) => sum + paragraph.split(/\s+/).length, 0);
    const byTerm = new Map<string, number>();
    for (const hit of hits) byTerm.set(hit.id, (byTerm.get(hit.id) ?? 0) + 1);
    rows.push({
      corpus: name,
      words,
      highlights: hits.length,
      'per 100,000 words': round((hits.length / words) * 100_000, 1),
      'most frequent': [...byTerm].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([id, count]) => `${id} ×${count}`).join(', '),
    });
    // A fixed-seed sample, the same on every run, so a review can be repeated.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const picked = new Set<number>();
    while (picked.size < Math.min(SAMPLE, hits.length)) picked.add(Math.floor(random() * hits.length));
    samples[name] = [...picked].sort((a, b) => a - b).map((index) => hits[index]!);
  }
  report('precision', rows, { samples });
  for (const [name, hits] of Object.entries(samples)) {
    console.log(`\n${name}: sample of ${hits.length} highlights`);
    for (const hit of hits) console.log(`  ${hit.id.padEnd(36)} ${hit.context}`);
  }
});

it('senses chosen right on the labelled snippets', () => {
  const score = scoreAll(shippedPipeline());
  report('senses', [
    {
      snippets: score.results.length,
      'shared forms': score.ambiguousForms,
      right: score.right,
      'right %': round(score.share * 100, 1),
      target: '≥ 95 %',
      met: score.share >= 0.95 ? 'yes' : 'no',
    },
  ]);
  for (const line of describeWrong(score.results)) console.log(`  wrong: ${line}`);
});
