import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CustomTermSchema, customTermId, nameKey, type CustomTerm } from '../../../lib/custom/custom-term';
import { parseTeamFile } from '../../../lib/custom/import';
import { applyImport, exportTeamFile, planImport } from '../../../lib/custom/merge';
import { HIGHLIGHT_COLORS, type Settings } from '../../../lib/settings';

/**
 * Characters that break naive exporters: quotes, backslashes, JSON and CSV punctuation, letters
 * from other scripts, emoji (two UTF-16 units), and symbols. No "<", so no generated text is
 * markup; the Latin letters cannot spell an event handler or "javascript".
 */
const CHARACTERS = Array.from('abcXYZ019 "\'\\/&%#+-_.,;:!?()[]{}@$€£¥°±×÷→✓ЖжЯяΩωλ中文字日本語한국어عربيةעבריתहिन्दी😀🎉\u00e9e\u0301');

const text = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(...CHARACTERS), { minLength: min, maxLength: Math.floor(max / 2) })
    // As the store holds text: composed (NFC), single spaces (forms are normalised on the way in).
    .map((chars) => chars.join('').normalize('NFC').replace(/ {2,}/g, ' ').trim())
    .filter((s) => s.length >= min && s.length <= max);

const uniqueTexts = (min: number, max: number, count: number) => fc.uniqueArray(text(min, max), { maxLength: count, selector: (s) => s.toLowerCase() });
const qa = fc.record({ question: text(1, 300), expectedAnswer: text(1, 700) }, { noNullPrototype: true });
const levels = <T>(item: fc.Arbitrary<T>) =>
  fc.record({ junior: fc.array(item, { maxLength: 3 }), mid: fc.array(item, { maxLength: 3 }), senior: fc.array(item, { maxLength: 3 }) }, { requiredKeys: [], noNullPrototype: true });

const content = fc.record(
  {
    name: text(2, 80),
    industry: fc.oneof(fc.constantFrom('Talent Acquisition', 'Финансы', '医療・介護', 'R&D "Labs"'), text(2, 60)),
    summary: text(1, 160),
    overrides: fc.constantFrom('kubernetes', 'six-sigma'),
    aliases: uniqueTexts(2, 80, 4),
    acronyms: fc.uniqueArray(fc.constantFrom('SQL', 'C#', 'K8s', 'R&D', 'CI/CD', 'HR'), { maxLength: 3 }),
    explanation: text(1, 1600),
    resumeExamples: fc.array(text(1, 240), { maxLength: 3 }),
    typicalTitle: text(1, 80),
    relatedTitles: uniqueTexts(1, 80, 3),
    questions: levels(qa),
    indicators: levels(text(1, 200)),
    redFlags: fc.array(text(1, 240), { maxLength: 3 }),
    related: fc.uniqueArray(fc.constantFrom('kubernetes', 'custom-talent-pool', 'six-sigma'), { maxLength: 3 }),
    nameMatchCase: fc.boolean(),
    allowedCommonWords: fc.array(text(2, 80), { minLength: 1, maxLength: 2 }),
  },
  // Plain objects, like every parsed term (fast-check's default records have no prototype).
  { requiredKeys: ['name', 'industry', 'summary'], noNullPrototype: true },
);

/**
 * Valid custom terms with distinct names and ids, as the store holds them. At least one: a file
 * with no terms and no settings is refused as "nothing to import" (import.test.ts covers it).
 */
const customTerms = fc.uniqueArray(content, { minLength: 1, maxLength: 8, selector: (term) => nameKey(term.name) }).map((terms) => {
  const taken: string[] = [];
  return terms.map((term): CustomTerm => {
    const id = customTermId(term.name, taken);
    taken.push(id);
    return { id, ...term };
  });
});

const settings: fc.Arbitrary<Settings> = fc.record({
  highlighting: fc.boolean(),
  style: fc.constantFrom('underline', 'tint', 'both'),
  occurrences: fc.constantFrom('every', 'first'),
  pausedSites: fc.array(fc.domain(), { maxLength: 3 }),
  userSites: fc.array(fc.domain().map((host) => `https://${host}`), { maxLength: 2 }),
  hoverCard: fc.boolean(),
  hoverDelayMs: fc.integer({ min: 0, max: 3000 }),
  highlightColor: fc.constantFrom(...HIGHLIGHT_COLORS),
  industries: fc.oneof(fc.constant('all' as const), fc.array(fc.constantFrom('sales', 'cloud-devops', 'healthcare-clinical'), { maxLength: 3 })),
  defaultPlatform: fc.constantFrom('linkedin', 'github', 'google-xray'),
  defaultCountry: fc.stringMatching(/^[a-z]{0,3}$/),
  defaultExclude: fc.array(text(1, 30), { maxLength: 3 }),
  mutedTerms: fc.array(fc.constantFrom('kubernetes', 'six-sigma', 'custom-talent-pool'), { maxLength: 2 }),
  diagnostics: fc.boolean(),
}, { noNullPrototype: true });

const byId = (terms: readonly CustomTerm[]) => [...terms].sort((a, b) => (a.id < b.id ? -1 : 1));

// Property runs over generated files: generous time on a busy 2-core machine (no timing is asserted).
describe('export → parse → apply', { timeout: 60_000 }, () => {
  it('generates valid custom terms (so the properties below are not vacuous)', () => {
    fc.assert(fc.property(customTerms, (terms) => terms.every((term) => v.is(CustomTermSchema, term))));
  });

  it('is lossless onto an empty list, with or without settings', () => {
    fc.assert(
      fc.property(customTerms, fc.option(settings, { nil: undefined }), (terms, chosen) => {
        const parsed = parseTeamFile(exportTeamFile(terms, chosen));
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        expect(parsed.file.settings).toStrictEqual(chosen);
        for (const mode of ['merge', 'replace'] as const) {
          const applied = applyImport([], planImport([], parsed.file.terms, []), mode);
          expect(byId(applied)).toStrictEqual(byId(terms));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('changes nothing when the same terms are imported again', () => {
    fc.assert(
      fc.property(customTerms, (terms) => {
        const parsed = parseTeamFile(exportTeamFile(terms));
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        const plan = planImport(terms, parsed.file.terms, []);
        expect(plan.added).toEqual([]);
        expect(plan.changed).toEqual([]);
        expect(plan.conflicts).toEqual([]);
        expect(applyImport(terms, plan, 'merge')).toStrictEqual(terms);
      }),
      { numRuns: 200 },
    );
  });

  it('exports the same text again after a round trip', () => {
    fc.assert(
      fc.property(customTerms, (terms) => {
        const text = exportTeamFile(terms);
        const parsed = parseTeamFile(text);
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        expect(exportTeamFile(parsed.file.terms)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
