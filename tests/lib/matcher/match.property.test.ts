import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchableTerm } from '../../../lib/matcher/compile';
import { createMatcher } from '../../../lib/matcher/match';
import { referenceMatch } from '../../helpers/reference-matcher';

// Small alphabets so that random forms share prefixes and random text actually contains them.
const formChar = fc.constantFrom('a', 'b', 'c', 'A', 'B', 's', 'e', 'é', '日', '+', '#', '.', "'", '’', ' ', '-', '1');
const form = fc
  .array(formChar, { minLength: 1, maxLength: 7 })
  .map((chars) => chars.join('').trim())
  .filter((s) => s.replace(/[\s-]/g, '') !== '');
const acronym = fc.array(fc.constantFrom('A', 'B', 'C', 'S', '+', '1'), { minLength: 2, maxLength: 4 }).map((c) => c.join('')).filter((s) => /[A-Z]/.test(s));

const terms = fc
  .array(
    fc.record({
      name: form,
      aliases: fc.array(form, { maxLength: 2 }),
      acronyms: fc.array(acronym, { maxLength: 2 }),
      nameMatchCase: fc.boolean(),
      // Which of its forms the term is the default sense for, and a never-phrase around one of them.
      defaultPick: fc.array(fc.nat(4), { maxLength: 2 }),
      neverAround: fc.option(fc.tuple(fc.nat(4), form, form), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((list): MatchableTerm[] =>
    list.map(({ defaultPick, neverAround, ...t }, i) => {
      const own = [t.name, ...t.aliases, ...t.acronyms];
      const never = neverAround ? [`${neverAround[1]} ${own[neverAround[0] % own.length]} ${neverAround[2]}`] : [];
      return { id: `t${i}`, ...t, defaultFor: defaultPick.map((k) => own[k % own.length]!), never };
    }),
  );
const masks = (size: number) => fc.array(fc.boolean(), { minLength: size, maxLength: size });

/** Text made of pieces of the terms' own forms, case-flipped and glued with noise. */
function textFor(glossary: MatchableTerm[]) {
  const pieces = glossary.flatMap((t) => [t.name, ...t.aliases, ...t.acronyms, ...(t.never ?? [])]);
  const piece = fc.oneof(
    fc.constantFrom(...pieces),
    fc.constantFrom(...pieces).map((p) => p.toUpperCase()),
    fc.constantFrom(...pieces).map((p) => p.toLowerCase()),
    fc.constantFrom(' ', '  ', '\n', '\u00a0', '-', '\u2011', '\u00ad', '\u200b', 's', 'es', 'x', '.', ',', '日', 'é', "'", '’'),
  );
  return fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(''));
}

// Thousands of generated glossaries each: generous timeouts, since the machine may be busy.
describe('matcher agrees with the reference matcher', { timeout: 60_000 }, () => {
  it('on random glossaries and texts built from them', () => {
    fc.assert(
      fc.property(
        terms.chain((glossary) => fc.tuple(fc.constant(glossary), textFor(glossary))),
        ([glossary, text]) => {
          const matcher = createMatcher(compileMatcher(glossary));
          expect(matcher.match(text)).toEqual(referenceMatch(glossary, text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('with some terms switched off (muted, or an industry left out)', () => {
    fc.assert(
      fc.property(
        terms.chain((glossary) => fc.tuple(fc.constant(glossary), textFor(glossary), masks(glossary.length))),
        ([glossary, text, on]) => {
          const matcher = createMatcher(compileMatcher(glossary));
          matcher.setEnabled(Uint8Array.from(on, Number));
          expect(matcher.match(text)).toEqual(referenceMatch(glossary, text, (term) => on[term]!));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(terms, fc.string({ unit: 'grapheme', maxLength: 60 }), (glossary, text) => {
        const matcher = createMatcher(compileMatcher(glossary));
        expect(matcher.match(text)).toEqual(referenceMatch(glossary, text));
      }),
      { numRuns: 500 },
    );
  });

  it('never returns overlapping or out-of-order matches, and each starts and ends at a word boundary', () => {
    fc.assert(
      fc.property(
        terms.chain((glossary) => fc.tuple(fc.constant(glossary), textFor(glossary))),
        ([glossary, text]) => {
          const found = createMatcher(compileMatcher(glossary)).match(text);
          for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
          for (const m of found) {
            expect(m.end).toBeGreaterThan(m.start);
            expect(/[\p{L}\p{N}_]/u.test(text.slice(m.end, m.end + 1))).toBe(false);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
