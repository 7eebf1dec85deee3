/**
 * Would this search find this person? A built string read back (as the platform reads it) and
 * matched against a profile given as its phrases ("DMAIC", "Quality Engineer", "Chicago"). Used by
 * the tests and the benchmark to check, independently of the builder's own bookkeeping, that every
 * chosen form meets every chosen title in some part.
 *
 * A phrase matches when its words appear in order in one of the profile's phrases (case ignored;
 * symbols ignored where the platform ignores them). Qualifiers (`site:`, `-inurl:tab`, `language:`,
 * `location:`, `type:user`) are filters on where and whom, not words in the profile: they neither
 * find nor exclude. Boxes other than the keywords: a job-title box must match too; a location box is
 * a filter like a qualifier.
 */
import { parseBoolean, type Atom } from './expr';
import { containsWords, phraseWords } from './phrase-match';
import type { Expr, Platform, SearchField, Uncovered } from './types';

/** true / false, or null when only qualifiers were involved (no constraint on the profile). */
type Verdict = boolean | null;

function verdict(expr: Expr<Atom>, matches: (atom: Atom) => Verdict): Verdict {
  switch (expr.kind) {
    case 'term':
      return matches(expr.value);
    case 'not': {
      const inner = verdict(expr.item, matches);
      return inner === null ? null : !inner;
    }
    case 'and': {
      const values = expr.items.map((item) => verdict(item, matches)).filter((value) => value !== null);
      return values.length === 0 ? null : values.every(Boolean);
    }
    case 'or': {
      const values = expr.items.map((item) => verdict(item, matches));
      if (values.includes(true)) return true;
      return values.includes(false) ? false : null;
    }
  }
}

export type ProfileTest = (phrases: readonly string[]) => boolean;

/** A test for one part of a search: its main string and its job-title box. */
export function partTest(platform: Platform, part: { readonly text: string; readonly fields: readonly SearchField[] }): ProfileTest {
  const options = { orBindsTighter: platform.syntax.orBindsTighter, minusExcludes: !platform.syntax.noPlusMinus };
  const exprs = [
    parseBoolean(part.text, options),
    ...part.fields.filter((field) => field.kind === 'title').map((field) => parseBoolean(field.text, options)),
  ].filter((expr): expr is Expr<Atom> => expr !== null);
  const ignores = platform.ignoresSymbols;
  return (phrases) => {
    const profile = phrases.map((phrase) => phraseWords(phrase, ignores));
    const matches = (atom: Atom): Verdict => {
      if (atom.qualifier) return null;
      const words = phraseWords(atom.text, ignores);
      if (words.length === 0) return null;
      return profile.some((phrase) => containsWords(phrase, words));
    };
    return exprs.every((expr) => verdict(expr, matches) !== false);
  };
}

/** Whether any of the parts finds a person whose profile has these phrases. */
export function searchFinds(platform: Platform, parts: readonly { readonly text: string; readonly fields: readonly SearchField[] }[]): ProfileTest {
  const tests = parts.map((part) => partTest(platform, part));
  return (phrases) => tests.some((test) => test(phrases));
}

/**
 * Whether the builder names this single-term pair as one it leaves out (`uncovered`: a title inside
 * the form, in Strict), so a pair no part finds is stated rather than lost.
 */
export function namesUncoveredPair(uncovered: readonly Uncovered[], form: string, title: string): boolean {
  return uncovered.some((rect) => rect.groups[0]?.includes(form) && rect.titles?.includes(title));
}
