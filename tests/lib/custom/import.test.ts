import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CustomTerm } from '../../../lib/custom/custom-term';
import { MAX_REPORTED_ERRORS, parseTeamFile } from '../../../lib/custom/import';
import { applyImport, planImport, type ImportMode } from '../../../lib/custom/merge';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { customTerm, frozen } from './fixtures/terms';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const errorsOf = (text: string, options = {}) => {
  const result = parseTeamFile(text, { fileName: 'team.json', ...options });
  return result.ok ? [] : result.errors;
};
const file = (terms: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ industry: 'Talent Acquisition', terms, ...extra });
const ok = { name: 'Talent Pool', summary: 'People we keep in touch with for future roles.' };

/** What the import dialog does, minus the UI: nothing reaches the stored terms unless the file is valid. */
function importInto(existing: readonly CustomTerm[], text: string, mode: ImportMode): readonly CustomTerm[] {
  const parsed = parseTeamFile(text);
  if (!parsed.ok) return existing;
  return applyImport(existing, planImport(existing, parsed.file.terms, []), mode);
}

const MALFORMED: [string, string, string[]][] = [
  ['an empty file', '', ['team.json: is empty']],
  ['only whitespace', ' \n\t ', ['team.json: is empty']],
  ['not JSON at all', 'industry: Sales', ['team.json: is not valid JSON (line 1, column 1): expected a value (text in "double quotes", a number, true, false, null, { or [), found "i"']],
  ['a trailing comma', fixture('trailing-comma.json'), ['team.json: is not valid JSON (line 7, column 5): a comma before "}" is not allowed (remove the last comma)']],
  ['single quotes', fixture('single-quotes.json'), ['team.json: is not valid JSON (line 4, column 7): expected a field name in "double quotes" or "}", found "\'"']],
  ['a cut-off file', '{"industry": "Sales", "terms": [', ['team.json: is not valid JSON (line 1, column 33): the data ended too early: expected a value or "]"']],
  ['an unclosed text', '{"industry": "Sales', ['team.json: is not valid JSON (line 1, column 14): this text in quotes is never closed (a closing " is missing)']],
  ['two values', '{"industry": "Sales", "terms": []} {}', ['team.json: is not valid JSON (line 1, column 36): expected nothing more after the end of the data, found "{"']],
  ['a list instead of an object', '[]', ['team.json: must be an object like { "industry": "...", "terms": [...] }']],
  ['a bare string', '"terms"', ['team.json: must be an object like { "industry": "...", "terms": [...] }']],
  ['no terms field', '{"industry": "Sales"}', ['team.json › terms: is missing']],
  ['no industry', JSON.stringify({ terms: [ok] }), ['team.json › industry: is missing']],
  ['terms that are not a list', JSON.stringify({ industry: 'Sales', terms: { a: ok } }), ['team.json › terms: must be a list']],
  ['no terms and no settings', file([]), ['team.json › terms: has no terms (and no settings): there is nothing to import']],
  ['an unknown top-level field', file([ok], { revision: 3 }), ['team.json › revision: is not a known field (check its spelling)']],
  ['a term that is text', file([ok, 'Sourcing']), ['team.json › term #2: must be an object with at least "name" and "summary", not text']],
  ['a term without a name', file([{ summary: 'No name given here.' }]), ['team.json › term #1 › name: is missing']],
  ['a term without a summary', file([{ id: 'talent-pool', name: 'Talent Pool' }]), ['team.json › term "talent-pool" › summary: is missing']],
  [
    'wrong types',
    fixture('wrong-types.json'),
    [
      'team.json › term "sourcing" › name: must be text',
      'team.json › term "sourcing" › summary: must be text',
      'team.json › term "sourcing" › aliases: must be a list',
      'team.json › term "sourcing" › acronyms[0]: must be 2-12 characters with a capital letter',
      'team.json › term "sourcing" › questions.mid: must be a list',
      'team.json › term "sourcing" › nameMatchCase: must be true or false',
      'team.json › term "sourcing" › colour: is not a known field (check its spelling)',
    ],
  ],
  [
    'duplicate ids and names',
    fixture('duplicates.json'),
    [
      'team.json › term #2 › id: "talent-pool" is already the id of term #1',
      'team.json › term #3 › name: "TALENT POOL" is already the name of term #1 (names are compared ignoring case)',
      'team.json › term #5 › id: "sourcing" (stored as "custom-sourcing") is the same id as term #4\'s "custom-sourcing"',
    ],
  ],
  ['a bad id', file([{ ...ok, id: 'Talent_Pool' }]), ['team.json › term "Talent_Pool" › id: must be kebab-case (a-z, 0-9, single hyphens)']],
  ['an over-long summary', file([{ ...ok, summary: 'x'.repeat(161) }]), ['team.json › term #1 ("Talent Pool") › summary: must be at most 160 characters']],
  ['an absurdly long name', file([{ ...ok, name: 'Talent '.repeat(5000).trim() }]), ['team.json › term #1 ("Talent Talent Talent Talent Talent Talen…") › name: must be at most 80 characters']],
  ['padded text', file([{ ...ok, name: ' Talent Pool ' }]), ['team.json › term #1 (" Talent Pool ") › name: must not start or end with spaces']],
  ['too many aliases', file([{ ...ok, aliases: Array.from({ length: 21 }, (_, i) => `Alias ${i}`) }]), ['team.json › term #1 ("Talent Pool") › aliases: must have at most 20 items']],
  ['an override of a custom term', file([{ ...ok, overrides: 'custom-other' }]), ['team.json › term #1 ("Talent Pool") › overrides: must be the id of a shipped term, not of a custom one']],
  [
    'HTML markup',
    fixture('markup.json'),
    [
      'team.json › industry: contains HTML markup ("<b>Acquisition</b>"); write plain text instead',
      'team.json › term "talent-pool" › summary: contains HTML markup ("<img src=x onerror=alert…"); write plain text instead',
      'team.json › term "talent-pool" › aliases[1]: contains HTML markup ("onmouseover=\\"alert(1)"); write plain text instead',
      'team.json › term "talent-pool" › explanation: contains HTML markup ("<a href=\\"javascript:aler…"); write plain text instead',
      'team.json › term "talent-pool" › questions.mid[0].question: contains HTML markup ("<!-- hidden -->"); write plain text instead',
    ],
  ],
  ['settings that are not an object', file([ok], { settings: 'dark' }), ['team.json › settings: must be an object like { "highlighting": true, ... }']],
  [
    'settings with bad values',
    file([ok], { settingsVersion: 2, settings: { style: 'tint', hoverDelayMs: 'slow', highlightColour: 'teal' } }),
    ['team.json › settings.hoverDelayMs: has a value this setting cannot take', 'team.json › settings.highlightColour: is not a known setting (check its spelling)'],
  ],
  ['a settings version that is not a number', file([ok], { settingsVersion: 'two', settings: {} }), ['team.json › settingsVersion: must be a number']],
  [
    'settings from a newer version',
    file([ok], { settingsVersion: 99, settings: {} }),
    ['team.json › settingsVersion: is 99, from a newer Jargon Lens than this one (which reads up to 2); update the extension, or import a file without settings'],
  ],
  ['markup in settings', file([ok], { settings: { userSites: ['https://jobs.example.com/<script>'] } }), ['team.json › settings.userSites: contains HTML markup ("<script>"); write plain text instead']],
];

describe('parseTeamFile: malformed files', () => {
  it.each(MALFORMED)('refuses %s with messages naming entry and field', (_, text, expected) => {
    expect(errorsOf(text)).toEqual(expected);
  });

  it.each(MALFORMED)('leaves the stored terms unchanged for %s', (_, text) => {
    const existing = frozen([customTerm({ name: 'Silver Medalist' }), customTerm({ name: 'Talent Pool', summary: 'Our own words.' })]);
    const snapshot = structuredClone(existing);
    for (const mode of ['merge', 'replace'] as const) {
      const after = importInto(existing, text, mode);
      expect(after).toBe(existing);
      expect(after).toEqual(snapshot);
    }
  });

  it('refuses a file over the size limit before reading it', () => {
    const huge = file([{ ...ok, explanation: 'x'.repeat(1500) }]).padEnd(2 * 1024 * 1024 + 1, ' ');
    expect(errorsOf(huge)).toEqual(['team.json: is 2.1 MB; a team file can be at most 2 MB']);
    expect(errorsOf(file([ok]), { maxBytes: 50 })).toEqual(['team.json: is 125 bytes; a team file can be at most 50 bytes']);
    // The limit is in bytes as saved (UTF-8), not in characters.
    const cyrillic = file([{ name: 'Подбор', summary: 'Подбор персонала.' }]);
    expect(errorsOf(cyrillic, { maxBytes: cyrillic.length })).toEqual([`team.json: is ${new TextEncoder().encode(cyrillic).length} bytes; a team file can be at most ${cyrillic.length} bytes`]);
  });

  it('refuses absurdly many terms without checking each one', () => {
    const many = Array.from({ length: 2001 }, (_, i) => ({ name: `Term ${i}`, summary: 'S' }));
    expect(errorsOf(file(many))).toEqual(['team.json › terms: has 2001 terms; a team file can have at most 2000']);
  });

  it('lists at most a readable number of problems, and counts the rest', () => {
    const errors = errorsOf(file(Array.from({ length: 80 }, () => ({ summary: 'No name.' }))));
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors[0]).toBe('team.json › term #1 › name: is missing');
    expect(errors.at(-1)).toBe('…and 30 more problems');
  });

  it('names the line and column of a syntax error in a long file', () => {
    const text = JSON.stringify({ industry: 'Sales', terms: [ok, ok, ok] }, null, 2).replace(/"summary"(?![\s\S]*"summary")/, '"summary" "');
    expect(errorsOf(text)).toEqual(['team.json: is not valid JSON (line 14, column 17): expected ":" after the field name, found a double quote']);
  });

  it('does not overflow on deeply nested brackets', () => {
    expect(errorsOf('['.repeat(200_000))[0]).toBe('team.json: is not valid JSON (line 1, column 200001): the data ended too early: expected a value or "]"');
    const nested = `{"industry": "Sales", "terms": [{"name": "Talent Pool", "summary": "S", "aliases": [${'['.repeat(5000)}${']'.repeat(5000)}]}]}`;
    expect(errorsOf(nested)).toEqual([
      'team.json › term #1 ("Talent Pool") › aliases[0]: must be text',
    ]);
  });
});

describe('parseTeamFile: valid files', () => {
  it('reads a minimal file: ids made from names, the file industry on each term', () => {
    const result = parseTeamFile(file([ok, { name: 'Silver Medalist', summary: 'A strong finalist we did not hire.', industry: 'Recruiting Ops' }]));
    expect(result).toEqual({
      ok: true,
      file: {
        industry: 'Talent Acquisition',
        terms: [
          { id: 'custom-talent-pool', industry: 'Talent Acquisition', ...ok },
          { id: 'custom-silver-medalist', industry: 'Recruiting Ops', name: 'Silver Medalist', summary: 'A strong finalist we did not hire.' },
        ],
      },
    });
  });

  it('prefixes ids, keeps links inside the file pointing at the right term, and never reuses a given id', () => {
    const result = parseTeamFile(
      file([
        { name: 'Talent Pool', summary: 'S', related: ['pipeline', 'kubernetes'] },
        { id: 'pipeline', name: 'Pipeline', summary: 'S' },
        { id: 'custom-talent-pool', name: 'Pool', summary: 'S' },
      ]),
    );
    expect(result.ok && result.file.terms.map((term) => [term.id, term.related])).toEqual([
      ['custom-talent-pool-2', ['custom-pipeline', 'kubernetes']],
      ['custom-pipeline', undefined],
      ['custom-talent-pool', undefined],
    ]);
  });

  it('accepts a byte order mark, non-Latin text, quotes and symbols', () => {
    const result = parseTeamFile(`\uFEFF${file([{ name: 'Подбор «персонала»', summary: 'Recruiting, "in quotes" & 100% <3 — 採用' }])}`);
    expect(result.ok && result.file.terms[0]).toMatchObject({ name: 'Подбор «персонала»', id: expect.stringMatching(/^custom-term-[a-z0-9]+$/) as unknown });
  });

  it('migrates settings from version 1 and keeps them only when valid', () => {
    const result = parseTeamFile(file([ok], { settingsVersion: 1, settings: { style: 'tint', hoverDelayMs: 100 } }));
    expect(result.ok && result.file.settings).toEqual({ ...DEFAULT_SETTINGS, style: 'tint', hoverDelayMs: 100 });
    expect(parseTeamFile(file([], { settings: { highlightColor: 'teal' } }))).toMatchObject({ ok: true, file: { terms: [], settings: { highlightColor: 'teal' } } });
  });

  it('imports every shipped glossary file as it is (same shape, stricter content)', () => {
    const dir = new URL('../../../data/glossary/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const result = parseTeamFile(readFileSync(new URL(name, dir), 'utf8'), { fileName: name });
      expect(result.ok ? [] : result.errors, name).toEqual([]);
    }
  });
});
