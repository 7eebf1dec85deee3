import { describe, expect, it } from 'vitest';
import type { CustomTerm } from '../../../lib/custom/custom-term';
import { buildGlossary } from '../../../lib/glossary/build';
import { withCustomTerms } from '../../../lib/glossary/with-custom';
import { makeFile, makeTerm } from '../../helpers/make-term';

const shipped = buildGlossary([
  { slug: 'manufacturing', file: makeFile('Manufacturing', [makeTerm({ name: 'Kaizen' }), makeTerm({ name: 'Six Sigma' })]) },
]);

const custom = (overrides: Partial<CustomTerm> & { name: string }): CustomTerm => ({
  id: `custom-${overrides.name.toLowerCase().replace(/\W+/g, '-')}`,
  industry: 'Manufacturing',
  summary: `${overrides.name}, as our team uses it.`,
  ...overrides,
});

describe('the glossary with the user\'s own terms', () => {
  it('is the shipped glossary when there are none', () => {
    expect(withCustomTerms(shipped, [])).toBe(shipped);
  });

  it('adds custom terms to their industry, marked as yours, with empty fields left empty', () => {
    const merged = withCustomTerms(shipped, [custom({ name: 'Gemba Walk' })]);
    const term = merged.byId.get('custom-gemba-walk')!;
    expect(term).toMatchObject({ source: 'custom', industry: 'Manufacturing', industrySlug: 'manufacturing', aliases: [], explanation: '' });
    expect(merged.industries.find((i) => i.slug === 'manufacturing')!.terms.map((t) => t.name)).toEqual(['Gemba Walk', 'Kaizen', 'Six Sigma']);
  });

  it('puts a custom term of a new industry in an industry of its own', () => {
    const merged = withCustomTerms(shipped, [custom({ name: 'Stand-up Paddle', industry: 'Water Sports' })]);
    expect(merged.industries.map((i) => i.name)).toEqual(['Manufacturing', 'Water Sports']);
    expect(merged.byId.get('custom-stand-up-paddle')!.industrySlug).toBe('custom-water-sports');
  });

  it('lets an override take the shipped term\'s place and id', () => {
    const merged = withCustomTerms(shipped, [custom({ name: 'Kaizen', overrides: 'kaizen', summary: 'Our weekly improvement sprint.' })]);
    const kaizen = merged.byId.get('kaizen')!;
    expect(kaizen).toMatchObject({ source: 'custom', customId: 'custom-kaizen', summary: 'Our weekly improvement sprint.' });
    expect(merged.terms.filter((t) => t.name === 'Kaizen')).toHaveLength(1);
  });
});
