import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { artifactPath, type PageGlossary } from '../../../lib/glossary/artifacts';
import { compileOverlay } from '../../../lib/glossary/overlay';
import { checkOverlay, checkPageGlossary } from '../../../lib/glossary/page-artifact';
import { packNodes } from '../../../lib/matcher/compiled';
import { createMatcher } from '../../../lib/matcher/match';
import { testBuild } from '../../helpers/catalog';
import { makeFile, makeTerm } from '../../helpers/make-term';

const build = testBuild([{ slug: 'manufacturing', file: makeFile('Manufacturing', [makeTerm({ name: 'Six Sigma' }), makeTerm({ name: 'Kaizen', acronyms: ['KZ'] })]) }]);
const page = JSON.parse(build.files.get(artifactPath.page)!) as PageGlossary;
const overlay = compileOverlay([{ id: 'custom-talent-pool', name: 'Talent Pool', industry: 'Manufacturing', summary: 'People a team keeps in touch with.' }], {
  dataVersion: page.dataVersion,
  ids: page.matcher.ids,
  industries: [{ slug: 'manufacturing', name: 'Manufacturing' }],
});

describe('reading stored artifacts back', () => {
  it('accepts what the build and the overlay compiler write', () => {
    expect(checkPageGlossary(page).ok).toBe(true);
    expect(checkOverlay(overlay, page).ok).toBe(true);
  });

  it.each([
    ['nothing', null],
    ['an older format', { ...page, format: 0 }],
    ['a matcher of another format', { ...page, matcher: { ...page.matcher, format: 1 } }],
    ['nodes that are not whole numbers', { ...page, matcher: { ...page.matcher, nodes: 'AAA=' } }],
    ['a child that points back to its parent (a loop)', { ...page, matcher: { ...page.matcher, nodes: packNodes([0, 0, 0, 1, -1]) } }],
    ['a huge child count', { ...page, matcher: { ...page.matcher, nodes: packNodes([0, 0, 1, 2 ** 30, -1]) } }],
    ['an accept pointing past the terms', { ...page, matcher: { ...page.matcher, accepts: [[[99, 0, '']]] } }],
    ['a sense table for other terms', { ...page, senses: { ...page.senses, termIndustry: [0] } }],
    ['garbage', { format: 1, dataVersion: 'x', matcher: 'garbage', senses: 7 }],
  ])('refuses %s', (_, value) => {
    expect(checkPageGlossary(value).ok).toBe(false);
  });

  it('refuses an overlay compiled for another build', () => {
    expect(checkOverlay({ ...overlay, dataVersion: 'older' }, page).ok).toBe(false);
    expect(checkOverlay({ ...overlay, overridden: [page.matcher.ids.length] }, page).ok).toBe(false);
  });

  it('never lets a matcher it accepted loop or throw, whatever the nodes say', () => {
    const text = 'Ran a Kaizen with Six Sigma and KZ tools, plus a Talent Pool.';
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 12 }), { minLength: 5, maxLength: 40 }), (numbers) => {
        const nodes = numbers.slice(0, numbers.length - (numbers.length % 5));
        const candidate = { ...page, matcher: { ...page.matcher, nodes: packNodes(nodes) } };
        const checked = checkPageGlossary(candidate);
        if (checked.ok) expect(() => createMatcher(checked.value.matcher).match(text)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
