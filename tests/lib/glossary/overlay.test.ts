import { describe, expect, it } from 'vitest';
import { compileOverlay } from '../../../lib/glossary/overlay';
import { createMatcher } from '../../../lib/matcher/match';

const shipped = { dataVersion: 'v1', ids: ['six-sigma', 'kaizen'], industries: [{ slug: 'manufacturing', name: 'Manufacturing' }] };

describe('own terms compiled into the overlay', () => {
  const overlay = compileOverlay(
    [
      {
        id: 'custom-talent-pool',
        name: 'Talent Pool',
        industry: 'Manufacturing',
        summary: 'People a team keeps in touch with.',
        acronyms: ['TP'],
        cues: ['pipeline', 'nurture'],
        cueTerms: ['kaizen'],
        readings: [{ form: 'TP', meaning: 'toilet paper', cues: ['restroom'] }],
        never: ['deep talent pool of volunteers'],
      },
    ],
    shipped,
  );

  it('keeps the senses a team file gives: cues, cue terms (shipped ones by their number), readings', () => {
    const own = 0; // the overlay table numbers its own terms from 0; cue terms are joined numbers
    expect(overlay.senses.cues[own]).toHaveLength(2);
    expect(overlay.senses.cueTerms[own]).toEqual([1]);
    expect(overlay.senses.readings[own]?.map((reading) => reading.meaning)).toEqual(['toilet paper']);
  });

  it('leaves a never-phrase unmatched and matches the term elsewhere', () => {
    const matcher = createMatcher(overlay.matcher);
    expect(matcher.match('We have a deep talent pool of volunteers.')).toEqual([]);
    expect(matcher.match('Built a talent pool for nurses.').map((m) => matcher.ids[m.term])).toEqual(['custom-talent-pool']);
  });
});
