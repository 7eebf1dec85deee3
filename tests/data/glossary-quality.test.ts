/**
 * Glossary rules beyond the schema: matching safety (no everyday word as a bare alias or
 * acronym), coverage (enough terms in enough industries), no copy-paste filler across entries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryFile, Term } from '../../data/glossary.schema';
import { ONLY, onlyMine } from './only';
import { sharedSkeletons } from './specificity';

const dir = join(import.meta.dirname, '../../data/glossary');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ path: `data/glossary/${name}`, file: JSON.parse(readFileSync(join(dir, name), 'utf8')) as GlossaryFile }));
const terms = files.flatMap(({ path, file }) => file.terms.map((term) => ({ path, term })));
/** Ids of the file being edited (GLOSSARY_ONLY), so cross-entry checks report only its items. */
const mine = new Set(terms.filter(({ path }) => ONLY !== undefined && path.endsWith(`/${ONLY}.json`)).map(({ term }) => term.id));

const commonWords = new Set(
  readFileSync(join(import.meta.dirname, 'common-words.txt'), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean),
);

describe('glossary coverage', () => {
  it.skipIf(ONLY !== undefined)('has at least 2,000 terms across at least 40 industries of 30 or more terms each', () => {
    const small = files.filter(({ file }) => file.terms.length < 30).map(({ path, file }) => `${path}: ${file.terms.length} terms`);
    expect(small).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(terms.length).toBeGreaterThanOrEqual(2000);
  });
});

// Whole-glossary checks over thousands of items: generous timeouts for a busy 2-core machine.
describe('every entry its own', { timeout: 120_000 }, () => {
  it('has no red flag, indicator or question that repeats a skeleton of more than 3 other entries with the term swapped', () => {
    const shared = sharedSkeletons(terms.map(({ term }) => term)).map(({ item, peers }) => `${item.id} › ${item.field}: "${item.text}" (like ${peers.length} others: ${peers.slice(0, 4).join(', ')}…)`);
    expect(onlyMine(shared, mine)).toEqual([]);
  });
});

describe('matching safety', () => {
  it('uses no everyday word as a bare name, alias or acronym unless the entry allows it on purpose', () => {
    const problems: string[] = [];
    for (const { path, term } of terms) {
      const allowed = new Set((term.allowedCommonWords ?? []).map((word) => word.toLowerCase()));
      const forms = [...(term.nameMatchCase ? [] : [['name', term.name] as const]), ...term.aliases.map((a) => ['alias', a] as const), ...term.acronyms.map((a) => ['acronym', a] as const)];
      for (const [kind, form] of forms) {
        const word = form.toLowerCase();
        if (commonWords.has(word) && !allowed.has(word)) problems.push(`${path} › term "${term.id}" › ${kind} "${form}" is an everyday word`);
      }
      for (const word of allowed) {
        if (![term.name, ...term.aliases, ...term.acronyms].some((form) => form.toLowerCase() === word)) {
          problems.push(`${path} › term "${term.id}" › allowedCommonWords "${word}" is not one of the term's forms`);
        }
      }
    }
    expect(onlyMine(problems, mine)).toEqual([]);
  });

  it('keeps acronyms at two characters or more and never all digits', () => {
    const bad = terms.flatMap(({ path, term }) => term.acronyms.filter((a) => a.length < 2 || /^\d+$/.test(a)).map((a) => `${path} › ${term.id} › "${a}"`));
    expect(onlyMine(bad, mine)).toEqual([]);
  });
});

/** Every sentence of a term's prose, for the copy-paste check. */
function sentences(term: Term): string[] {
  const texts = [
    term.explanation,
    ...term.redFlags,
    ...Object.values(term.questions).flatMap((list) => list.flatMap((qa) => [qa.question, qa.expectedAnswer])),
    ...Object.values(term.indicators).flat(),
  ];
  return texts.flatMap((text) => text.split(/(?<=[.!?])\s+/));
}

const normalize = (sentence: string) => sentence.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

describe('no copy-paste filler', { timeout: 120_000 }, () => {
  it('has no sentence of 8+ words repeated (or nearly) in another entry', () => {
    const shingleOwners = new Map<string, Set<number>>();
    const records: { id: string; text: string; shingles: Set<string> }[] = [];
    for (const { term } of terms) {
      for (const sentence of sentences(term)) {
        const words = normalize(sentence);
        if (words.length < 8) continue;
        const shingles = new Set(words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(' ')));
        const index = records.push({ id: term.id, text: sentence, shingles }) - 1;
        for (const shingle of shingles) {
          let owners = shingleOwners.get(shingle);
          if (!owners) shingleOwners.set(shingle, (owners = new Set()));
          owners.add(index);
        }
      }
    }
    const duplicates: string[] = [];
    records.forEach((record, index) => {
      const shared = new Map<number, number>();
      for (const shingle of record.shingles) for (const other of shingleOwners.get(shingle) ?? []) if (other > index) shared.set(other, (shared.get(other) ?? 0) + 1);
      for (const [other, count] of shared) {
        const peer = records[other]!;
        if (peer.id === record.id) continue;
        const similarity = count / (record.shingles.size + peer.shingles.size - count);
        if (similarity >= 0.6) duplicates.push(`"${record.text}" (${record.id}) ≈ "${peer.text}" (${peer.id})`);
      }
    });
    expect(onlyMine(duplicates, mine)).toEqual([]);
  });

  it('keeps summaries and explanations within readable bounds', () => {
    const bad = terms.flatMap(({ path, term }) => [
      ...(term.summary.length < 40 ? [`${path} › ${term.id} › summary is under 40 characters`] : []),
      ...(term.explanation.length < 300 || term.explanation.length > 1400 ? [`${path} › ${term.id} › explanation has ${term.explanation.length} characters (300–1400)`] : []),
    ]);
    expect(onlyMine(bad, mine)).toEqual([]);
  });

  it('gives every term distinct indicators per level', () => {
    const same = terms.filter(({ term }) => new Set([...term.indicators.junior, ...term.indicators.mid, ...term.indicators.senior]).size < term.indicators.junior.length + term.indicators.mid.length + term.indicators.senior.length);
    expect(onlyMine(same.map(({ term }) => `${term.id} › indicators repeat`), mine)).toEqual([]);
  });
});
