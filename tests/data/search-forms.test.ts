/**
 * Glossary rules for the words searches are built from (aliases and titles go straight into
 * boolean strings):
 * - no junk alias: another form of the same term with a generic word added ("Scrum Master Role" is
 *   "Scrum Master" + "Role"; nobody writes it, and in a search it only costs words);
 * - no title that names the recruiter instead of the candidate ("Travel Nurse Recruiter" finds the
 *   people who hire travel nurses), except in HR and talent acquisition, whose candidates are recruiters.
 * Longer aliases that contain a shorter one stay: they matter for highlighting, and the search
 * builder leaves them out of a string where the shorter one already finds them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryFile, Term } from '../../data/glossary.schema';
import { buildSearch } from '../../lib/boolean/build';
import { namesUncoveredPair, searchFinds } from '../../lib/boolean/evaluate';
import { requestForTerms } from '../../lib/boolean/from-terms';
import { PLATFORMS } from '../../lib/boolean/platforms';
import { onlyMine } from './only';

const dir = join(import.meta.dirname, '../../data/glossary');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ slug: name.replace(/\.json$/, ''), path: `data/glossary/${name}`, file: JSON.parse(readFileSync(join(dir, name), 'utf8')) as GlossaryFile }));
const terms = files.flatMap(({ slug, path, file }) => file.terms.map((term) => ({ slug, path, term })));

/** Words that name no skill: added to a form, they make no new form. ("Position" is not one: a welder's "6G Position" and a federal "Public Trust Position" are what people write.) */
const FILLER = new Set(['role', 'roles', 'job', 'jobs', 'skill', 'skills', 'experience', 'expertise', 'knowledge', 'background', 'title', 'titles', 'duties', 'responsibilities']);

/** Words that name the recruiter: a title with one names who hires, not who is hired. */
const RECRUITER = /\b(recruiters?|recruiting|recruitment|talent acquisition|sourcers?|headhunters?)\b/i;

/** Industries whose candidates are themselves recruiters. */
const RECRUITING_INDUSTRIES = new Set(['hr-talent-acquisition']);

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);

/** The form this alias repeats with a filler word before or after it, if any. */
function junkBase(alias: string, term: Term): string | null {
  const mine = words(alias);
  if (mine.length < 2) return null;
  const first = mine[0] as string;
  const last = mine.at(-1) as string;
  const others = [term.name, ...term.aliases, ...term.acronyms].filter((form) => form !== alias);
  const base = FILLER.has(last) ? mine.slice(0, -1) : FILLER.has(first) ? mine.slice(1) : null;
  if (base === null) return null;
  return others.find((form) => words(form).join(' ') === base.join(' ')) ?? null;
}

function searchFormOffenders(): string[] {
  const offenders: string[] = [];
  for (const { slug, path, term } of terms) {
    for (const alias of term.aliases) {
      const base = junkBase(alias, term);
      if (base !== null) offenders.push(`${path} › ${term.id} › aliases › "${alias}": "${base}" with a word that names no skill`);
    }
    if (RECRUITING_INDUSTRIES.has(slug)) continue;
    for (const [field, title] of [['typicalTitle', term.typicalTitle] as const, ...term.relatedTitles.map((title) => ['relatedTitles', title] as const)]) {
      if (RECRUITER.test(title)) offenders.push(`${path} › ${term.id} › ${field} › "${title}": names the recruiter, not the candidate`);
    }
  }
  return offenders;
}

describe('words that go into searches', () => {
  it('has no junk alias and no title that names the recruiter instead of the candidate', () => {
    expect(onlyMine(searchFormOffenders())).toEqual([]);
  });

  it('the rules catch what they are for, and leave real forms alone', () => {
    const scrum = { name: 'Scrum Master', aliases: ['Scrum Master Role', 'Agile Scrum Master', 'Job Shadowing'], acronyms: ['CSM'] } as unknown as Term;
    expect(junkBase('Scrum Master Role', scrum)).toBe('Scrum Master');
    expect(junkBase('Agile Scrum Master', scrum)).toBeNull();
    expect(junkBase('Job Shadowing', scrum)).toBeNull();
    expect(RECRUITER.test('Travel Nurse Recruiter')).toBe(true);
    expect(RECRUITER.test('Strategic Sourcing Manager')).toBe(false);
    expect(RECRUITER.test('Staffing Coordinator')).toBe(false);
  });
});

/**
 * What `npm run bench` (searches) measures over every platform and mode, held here for Strict on
 * every platform: each of a term's forms meets each of its titles in some part of its search, read
 * back with the reference evaluator, or the builder names the pair (a title inside the form). A
 * form the builder cannot place, such as an alias carrying "(DP)", or a title that only repeats
 * a form ("Realtor" for REALTOR), shows up here as a pair no part finds.
 */
function unreachablePairs(): string[] {
  const missed: string[] = [];
  for (const { slug, path, term } of terms) {
    const request = requestForTerms([{ ...term, industrySlug: slug }], { mode: 'strict' });
    for (const platform of PLATFORMS) {
      const result = buildSearch(platform, request);
      const finds = searchFinds(platform, result.parts);
      for (const form of [term.name, ...term.aliases, ...term.acronyms]) {
        for (const title of [term.typicalTitle, ...term.relatedTitles]) {
          if (finds([form, title])) continue;
          if (namesUncoveredPair(result.uncovered, form, title)) continue;
          missed.push(`${path} › ${term.id}: "${form}" × "${title}" is found by no part of the ${platform.id} search`);
        }
      }
    }
  }
  return missed;
}

describe('searches built from the glossary', () => {
  it('find every form with every title in Strict on every platform, or name the pair', () => {
    expect(onlyMine(unreachablePairs()).slice(0, 20)).toEqual([]);
  }, 120_000);
});
