import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { GlossaryFile } from '../../../data/glossary.schema';
import {
  CUSTOM_ID_PATTERN,
  CUSTOM_ID_PREFIX,
  CustomTermSchema,
  completeCustomTerm,
  customTermFromDraft,
  customTermId,
  validateCustomTermDraft,
} from '../../../lib/custom/custom-term';
import { findMarkup } from '../../../lib/custom/markup';
import { customTerm } from './fixtures/terms';

describe('custom term ids', () => {
  it('are the kebab-case name behind the custom prefix', () => {
    expect(customTermId('Silver Medalist')).toBe('custom-silver-medalist');
    expect(customTermId('  Café / Résumé Screening!  ')).toBe('custom-cafe-resume-screening');
    expect(customTermId('C++')).toBe('custom-c-plus-plus');
    expect(customTermId('C#')).toBe('custom-c-sharp');
    expect(customTermId('R&D')).toBe('custom-r-and-d');
  });

  it('are unique among the ids already taken', () => {
    expect(customTermId('Talent Pool', ['custom-talent-pool'])).toBe('custom-talent-pool-2');
    expect(customTermId('Talent Pool', ['custom-talent-pool', 'custom-talent-pool-2'])).toBe('custom-talent-pool-3');
  });

  it('stay stable for names without Latin letters, so two machines agree', () => {
    const id = customTermId('Подбор персонала');
    expect(id).toMatch(/^custom-term-[a-z0-9]+$/);
    expect(customTermId('Подбор персонала')).toBe(id);
    expect(customTermId('採用')).not.toBe(id);
  });

  it('always match the custom id pattern, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.array(fc.string()), (name, taken) => {
        const id = customTermId(name, taken);
        expect(id).toMatch(CUSTOM_ID_PATTERN);
        expect(taken).not.toContain(id);
      }),
    );
  });

  it('can never collide with a shipped id: no shipped id starts with the prefix', () => {
    const dir = new URL('../../../data/glossary/', import.meta.url);
    const ids = readdirSync(dir).flatMap((name) => (JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as GlossaryFile).terms.map((term) => term.id));
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => id.startsWith(CUSTOM_ID_PREFIX))).toEqual([]);
  });
});

describe('the custom term schema', () => {
  it('needs only id, name, industry and summary', () => {
    expect(v.is(CustomTermSchema, { id: 'custom-x-y', name: 'XY', industry: 'HR', summary: 'S' })).toBe(true);
    expect(v.is(CustomTermSchema, { id: 'custom-x-y', name: 'XY', summary: 'S' })).toBe(false);
  });

  it('refuses a custom id without the prefix, and an override that is not a shipped id', () => {
    expect(v.is(CustomTermSchema, customTerm({ name: 'Kubernetes', id: 'kubernetes' }))).toBe(false);
    expect(v.is(CustomTermSchema, customTerm({ name: 'Kubernetes', overrides: 'kubernetes' }))).toBe(true);
    expect(v.is(CustomTermSchema, customTerm({ name: 'Kubernetes', overrides: 'custom-kubernetes' }))).toBe(false);
  });
});

describe('validateCustomTermDraft', () => {
  it('accepts a complete draft', () => {
    expect(validateCustomTermDraft({ name: 'Talent Pool', industry: 'Talent Acquisition', summary: 'People we keep warm.' })).toEqual({});
  });

  it('marks each required field that is empty', () => {
    expect(validateCustomTermDraft({ name: '  ', summary: '' })).toEqual({ name: 'is required', industry: 'is required', summary: 'is required' });
  });

  it('gives one plain message per field, saying where inside a list', () => {
    expect(
      validateCustomTermDraft({
        name: 'T',
        industry: 'HR',
        summary: 'x'.repeat(200),
        aliases: ['Pool', '', 'P'],
        acronyms: ['tp'],
        questions: { mid: [{ question: 'Where do you find them?', expectedAnswer: '' }] },
        explanation: 'Click <a href="#">here</a>',
      }),
    ).toEqual({
      name: 'must be at least 2 characters',
      summary: 'must be at most 160 characters',
      aliases: 'item 2: must be at least 2 characters',
      acronyms: 'item 1: must be 2-12 characters with a capital letter',
      questions: 'mid, item 1, expectedAnswer: is missing',
      explanation: 'contains HTML markup ("<a href=\\"#\\">here</a>"); write plain text instead',
    });
  });

  it('catches a second custom term with the same name, but not the term being edited', () => {
    const existing = [customTerm({ name: 'Talent Pool' })];
    const draft = { name: 'talent pool', industry: 'HR', summary: 'S' };
    expect(validateCustomTermDraft(draft, { existing })).toEqual({ name: 'you already have a custom term called "Talent Pool"' });
    expect(validateCustomTermDraft({ ...draft, id: 'custom-talent-pool' }, { existing })).toEqual({});
  });
});

describe('customTermFromDraft', () => {
  it('tidies the draft and gives a new term a free id', () => {
    const result = customTermFromDraft(
      { name: ' Talent Pool ', industry: 'HR ', summary: ' People we keep warm. ', aliases: ['', ' Pool '], explanation: '  ', questions: { junior: [{ question: '', expectedAnswer: '' }] } },
      { existing: [customTerm({ name: 'Pool', id: 'custom-talent-pool' })] },
    );
    expect(result).toEqual({ ok: true, term: { id: 'custom-talent-pool-2', name: 'Talent Pool', industry: 'HR', summary: 'People we keep warm.', aliases: ['Pool'] } });
  });

  it('keeps the id of the term being edited, even when its name changes', () => {
    const result = customTermFromDraft({ id: 'custom-talent-pool', name: 'Candidate Pool', industry: 'HR', summary: 'S' }, { existing: [customTerm({ name: 'Talent Pool' })] });
    expect(result.ok && result.term.id).toBe('custom-talent-pool');
  });

  it('returns the form errors for an invalid draft', () => {
    expect(customTermFromDraft({ name: 'Talent Pool' })).toEqual({ ok: false, errors: { industry: 'is required', summary: 'is required' } });
  });
});

describe('completeCustomTerm', () => {
  it('fills every shipped field a view may read, with empty values to hide', () => {
    expect(completeCustomTerm(customTerm({ name: 'Talent Pool', aliases: ['Pool'], questions: { mid: [{ question: 'Q?', expectedAnswer: 'A.' }] } }))).toEqual({
      ...customTerm({ name: 'Talent Pool' }),
      aliases: ['Pool'],
      acronyms: [],
      explanation: '',
      resumeExamples: [],
      typicalTitle: '',
      relatedTitles: [],
      questions: { junior: [], mid: [{ question: 'Q?', expectedAnswer: 'A.' }], senior: [] },
      indicators: { junior: [], mid: [], senior: [] },
      redFlags: [],
      related: [],
    });
  });
});

describe('findMarkup', () => {
  it.each([
    ['<script>alert(1)</script>', '<script>alert(1)</script…'],
    ['see </div> here', '</div> here'],
    ['<img src=x>', '<img src=x>'],
    ['<my-widget>', '<my-widget>'],
    ['<!DOCTYPE html>', '<!DOCTYPE html>'],
    ['x" onerror="steal()', 'onerror="steal()'],
    ['ONCLICK = go()', 'ONCLICK = go()'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['a VBScript:run link', 'VBScript:run link'],
  ])('flags %s', (text, found) => {
    expect(findMarkup(text)).toBe(found);
  });

  it.each([
    'List<String> and Map<K, V>',
    'latency < 200ms, x<3',
    'a <T> type parameter',
    'onboarding = the first 90 days',
    'JavaScript: the language of the web',
    'C++ & C# > Java?',
    'Email me at name@example.com',
  ])('lets %s through', (text) => {
    expect(findMarkup(text)).toBeUndefined();
  });
});
