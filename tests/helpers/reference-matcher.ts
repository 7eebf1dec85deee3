/**
 * A slow, obviously-correct matcher to check the real one against: at every word start it
 * tries every form on its own, one character at a time, and keeps the best by the written rules
 * (furthest end, then longer form, then case-sensitive form, then the default sense, then glossary
 * order; never-phrases match but produce nothing); every other term matching the same words is a sense.
 * It shares only the character-folding primitives with the real matcher.
 */
import { Flag, NEVER } from '../../lib/matcher/compiled';
import { matcherForms, type MatchableTerm, type MatcherForm } from '../../lib/matcher/compile';
import { foldPunctuation, foldText, isIgnorable, isSpaceLike, lowerUnit, wordCharAt, wordCharBefore } from '../../lib/matcher/fold';
import type { TermMatch } from '../../lib/matcher/match';

/** Where `form.key` ends if it matches the text at `start`, else -1. */
function keyEnd(text: string, start: number, key: string): number {
  let i = start;
  for (let k = 0; k < key.length; k++) {
    while (i < text.length && isIgnorable(text.charCodeAt(i))) i++;
    if (key[k] === ' ') {
      if (i >= text.length || !isSpaceLike(text.charCodeAt(i))) return -1;
      while (i < text.length && (isSpaceLike(text.charCodeAt(i)) || isIgnorable(text.charCodeAt(i)))) i++;
      continue;
    }
    if (i >= text.length || lowerUnit(foldPunctuation(text.charCodeAt(i))) !== key.charCodeAt(k)) return -1;
    i++;
  }
  return i;
}

function formReach(text: string, start: number, form: MatcherForm): number {
  const end = keyEnd(text, start, form.key);
  if (end < 0) return -1;
  if (form.flags & Flag.CaseSensitive && foldText(text.slice(start, end), true) !== form.exact) return -1;
  const ends = [end];
  if (form.flags & Flag.PluralS && text[end] === 's') ends.push(end + 1);
  if (form.flags & Flag.PluralEs && text.slice(end, end + 2) === 'es') ends.push(end + 2);
  const valid = ends.filter((e) => !wordCharAt(text, e));
  return valid.length > 0 ? Math.max(...valid) : -1;
}

/** The written order of forms with the same words: real terms before never-phrases, exact case first, the default sense first, then glossary order. */
function writtenOrder(a: MatcherForm, b: MatcherForm): number {
  const rank = (form: MatcherForm) => [form.term === NEVER ? 1 : 0, form.flags & Flag.CaseSensitive ? 0 : 1, form.isDefault ? 0 : 1, form.term];
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

export function referenceMatch(terms: readonly MatchableTerm[], text: string, enabled?: (term: number) => boolean): TermMatch[] {
  const forms = matcherForms(terms).filter((form) => form.term === NEVER || !enabled || enabled(form.term));
  const found: TermMatch[] = [];
  let start = 0;
  while (start < text.length) {
    const code = text.charCodeAt(start);
    // Every form that matches here, with where it ends (plural included) and how long its key is.
    const hits: { end: number; form: MatcherForm }[] = [];
    if (!isSpaceLike(code) && !isIgnorable(code) && !wordCharBefore(text, start)) {
      for (const form of forms) {
        const end = formReach(text, start, form);
        if (end >= 0) hits.push({ end, form });
      }
    }
    if (hits.length === 0) {
      start++;
      continue;
    }
    // Furthest end, then the longer form, then the written order of forms at one node.
    hits.sort((a, b) => b.end - a.end || b.form.key.length - a.form.key.length || writtenOrder(a.form, b.form));
    const best = hits[0]!;
    if (best.form.term !== NEVER) {
      const senses: number[] = [];
      for (const hit of hits) {
        if (hit.end === best.end && hit.form.key.length === best.form.key.length && hit.form.term !== NEVER && !senses.includes(hit.form.term)) senses.push(hit.form.term);
      }
      found.push(senses.length > 1 ? { start, end: best.end, term: best.form.term, senses } : { start, end: best.end, term: best.form.term });
    }
    start = best.end;
  }
  return found;
}
