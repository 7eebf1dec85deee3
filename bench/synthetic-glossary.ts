/**
 * Synthetic glossaries of any size, generated deterministically from the real entries: each copy
 * keeps an entry's depth and text, gets a distinct name, id and forms, and lands in one of 40
 * industries. Written as data/glossary-style files, so the real build step compiles them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryFile, Term } from '../data/glossary.schema';
import { glossaryTerms } from './glossary-on-disk';

export const SYNTHETIC_INDUSTRIES = 40;

/** Distinct, readable qualifiers: copy n of a term is "<name> <word> <n>". */
const QUALIFIERS = ['Applied', 'Advanced', 'Enterprise', 'Regional', 'Field', 'Clinical', 'Digital', 'Global', 'Lab', 'Retail'];

/** "<form> <qualifier>" within the 80-character limit: the form is shortened, never the qualifier (that keeps copies distinct). */
const qualified = (form: string, qualifier: string) => `${form.slice(0, 80 - qualifier.length - 1).trimEnd()} ${qualifier}`;

/** Own forms of a copy: the name and aliases qualified; acronyms and sense fields dropped (they would collide). */
function copyOf(term: Term, copy: number, ids: ReadonlySet<string>): Term {
  const qualifier = `${QUALIFIERS[copy % QUALIFIERS.length]} ${copy}`;
  const { cues: _c, cueTerms: _t, defaultFor: _d, readings: _r, never: _n, allowedCommonWords: _a, ...rest } = term;
  return {
    ...rest,
    id: `${term.id}-x${copy}`,
    name: qualified(term.name, qualifier),
    // A copy matches case-insensitively, so an alias that is the name in other capitals ("Realtor" beside "REALTOR") would repeat it.
    aliases: term.aliases.filter((alias) => alias.toLowerCase() !== term.name.toLowerCase()).slice(0, 3).map((alias) => qualified(alias, qualifier)),
    acronyms: [],
    nameMatchCase: false,
    related: term.related.filter((id) => ids.has(id)).slice(0, 4),
  };
}

/** `size` terms: the real ones first, then numbered copies of them. */
export function syntheticTerms(size: number): Term[] {
  const base = glossaryTerms().map(({ industry: _i, industrySlug: _s, ...term }) => term as Term);
  const ids = new Set(base.map((term) => term.id));
  const terms: Term[] = base.slice(0, size);
  for (let i = terms.length; i < size; i++) terms.push(copyOf(base[i % base.length]!, Math.floor(i / base.length), ids));
  return terms;
}

/** Writes `size` terms as glossary files spread over 40 industries into `dir` (emptied first). */
export function writeSyntheticGlossary(dir: string, size: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: GlossaryFile[] = Array.from({ length: SYNTHETIC_INDUSTRIES }, (_, i) => ({ industry: `Industry ${String(i + 1).padStart(2, '0')}`, terms: [] }));
  syntheticTerms(size).forEach((term, i) => (files[i % SYNTHETIC_INDUSTRIES]!.terms as Term[]).push(term));
  files.forEach((file, i) => writeFileSync(join(dir, `industry-${String(i + 1).padStart(2, '0')}.json`), JSON.stringify(file)));
}
