/**
 * A slow, obviously-correct matcher to check the real one against: at every word start it
 * tries every form on its own, one character at a time, and keeps the best by the written rules
 * (furthest end, then longer form, then case-sensitive form, then glossary order).
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

export function referenceMatch(terms: readonly MatchableTerm[], text: string): TermMatch[] {
  const forms = matcherForms(terms);
  const found: TermMatch[] = [];
  let start = 0;
  while (start < text.length) {
    const code = text.charCodeAt(start);
    let best: { end: number; form: MatcherForm; order: number } | undefined;
    if (!isSpaceLike(code) && !isIgnorable(code) && !wordCharBefore(text, start)) {
      forms.forEach((form, order) => {
        const end = formReach(text, start, form);
        if (end < 0) return;
        const better =
          !best ||
          end > best.end ||
          (end === best.end &&
            (form.key.length > best.form.key.length ||
              (form.key.length === best.form.key.length && (form.flags & Flag.CaseSensitive) > (best.form.flags & Flag.CaseSensitive))));
        if (better) best = { end, form, order };
      });
    }
    if (best) {
      found.push({ start, end: best.end, term: best.form.term });
      start = best.end;
    } else {
      start++;
    }
  }
  return found;
}
