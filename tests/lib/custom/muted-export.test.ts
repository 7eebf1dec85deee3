/** Muted terms travel with an export and come back with an import (issue 11: "Your control"). */
import { describe, expect, it } from 'vitest';
import { parseTeamFile } from '../../../lib/custom/import';
import { exportTeamFile } from '../../../lib/custom/merge';
import { customTerm } from './fixtures/terms';

describe('muted terms in a team file', () => {
  it('are exported sorted and once each, with or without settings, and parsed back', () => {
    const text = exportTeamFile([customTerm({ name: 'Talent Pool' })], undefined, undefined, ['six-sigma', 'kaizen', 'six-sigma']);
    expect(JSON.parse(text).mutedTerms).toEqual(['kaizen', 'six-sigma']);
    const parsed = parseTeamFile(text, { fileName: 'team.json' });
    expect(parsed.ok && parsed.file.mutedTerms).toEqual(['kaizen', 'six-sigma']);
  });

  it('are left out when there are none', () => {
    expect(JSON.parse(exportTeamFile([customTerm({ name: 'Talent Pool' })])).mutedTerms).toBeUndefined();
  });

  it('refuse what is not a term id, naming the field', () => {
    const parsed = parseTeamFile(JSON.stringify({ industry: 'Sourcing', terms: [], mutedTerms: ['<b>x</b>'] }), { fileName: 'team.json' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.join('\n')).toMatch(/mutedTerms\[0\].*must be a term id/);
  });

  it('can be all a file carries', () => {
    const parsed = parseTeamFile(JSON.stringify({ industry: 'Sourcing', terms: [], mutedTerms: ['kaizen'] }), { fileName: 'team.json' });
    expect(parsed.ok && parsed.file.mutedTerms).toEqual(['kaizen']);
  });
});
