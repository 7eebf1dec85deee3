/**
 * A slow, obviously-correct matcher to check the real one against: at every word start it
 * tries every form on its own, one character at a time, and keeps the best by the written rules
 * (furthest end, then longer form, then case-sensitive form, then the default sense, then glossary
 * order); every other term matching the same words is a sense. A match whose words sit inside one
 * of its terms' never-phrases (the phrase read around the form) is dropped.
 * It shares only the character-folding primitives with the real matcher.
 */
import { Flag } from '../../lib/matcher/compiled';
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
  const rank = (form: MatcherForm) => [form.flags & Flag.CaseSensitive ? 0 : 1, form.isDefault ? 0 : 1, form.term];
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/**
 * Whether [start, end) sits in one of the term's never-phrases: for some form of the term at a
 * whole-word place in the phrase, the text before `start` reads the phrase's words before the form
 * (from a word start) and the text after `end` its words after the form (to a word end).
 */
function insideNeverPhrase(term: MatchableTerm, text: string, start: number, end: number): boolean {
  const keys = [term.name, ...term.aliases, ...term.acronyms].map((form) => foldText(form, false)).filter((key) => key !== '');
  for (const phrase of term.never ?? []) {
    const folded = foldText(phrase, false);
    for (const key of keys) {
      for (let at = 0; at + key.length <= folded.length; at++) {
        if (folded.slice(at, at + key.length) !== key) continue;
        if ((at > 0 && wordCharAt(folded, at - 1)) || wordCharAt(folded, at + key.length)) continue;
        const before = folded.slice(0, at);
        const after = folded.slice(at + key.length);
        let beforeOk = before === '';
        for (let p = 0; !beforeOk && p < start; p++) beforeOk = !wordCharBefore(text, p) && keyEnd(text, p, before) === start;
        const afterEnd = after === '' ? end : keyEnd(text, end, after);
        if (beforeOk && afterEnd >= 0 && !wordCharAt(text, afterEnd)) return true;
      }
    }
  }
  return false;
}

export function referenceMatch(terms: readonly MatchableTerm[], text: string, enabled?: (term: number) => boolean): TermMatch[] {
  const forms = matcherForms(terms).filter((form) => !enabled || enabled(form.term));
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
    const senses: number[] = [];
    for (const hit of hits) {
      if (hit.end === best.end && hit.form.key.length === best.form.key.length && !senses.includes(hit.form.term)) senses.push(hit.form.term);
    }
    if (!senses.some((term) => insideNeverPhrase(terms[term]!, text, start, best.end))) {
      found.push(senses.length > 1 ? { start, end: best.end, term: best.form.term, senses } : { start, end: best.end, term: best.form.term });
    }
    start = best.end;
  }
  return found;
}
