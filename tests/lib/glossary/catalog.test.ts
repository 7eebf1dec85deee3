import { describe, expect, it } from 'vitest';
import { artifactPath, type PageGlossary } from '../../../lib/glossary/artifacts';
import type { OwnTerm } from '../../../lib/glossary/catalog';
import { compileOverlay } from '../../../lib/glossary/overlay';
import { checkOverlay, checkPageGlossary } from '../../../lib/glossary/page-artifact';
import { joinSenseTables } from '../../../lib/senses/table';
import { chooseOnPage } from '../../../lib/senses/choose';
import { createMatcher } from '../../../lib/matcher/match';
import { testBuild, testCatalog } from '../../helpers/catalog';
import { makeFile, makeTerm } from '../../helpers/make-term';

const files = [
  { slug: 'manufacturing', file: makeFile('Manufacturing', [makeTerm({ name: 'Kaizen' }), makeTerm({ name: 'Six Sigma', acronyms: ['SS'] })]) },
  { slug: 'sales', file: makeFile('Sales', [makeTerm({ name: 'Cold Calling' })]) },
];
const own: OwnTerm[] = [
  { id: 'custom-kaizen', name: 'Kaizen', industry: 'Manufacturing', summary: 'Our weekly improvement sprint, team-specific.', overrides: 'kaizen' },
  { id: 'custom-talent-pool', name: 'Talent Pool', industry: 'Recruiting Ops', summary: 'People we keep warm for later roles.' },
  { id: 'custom-six-s', name: 'Safety Scorecard', acronyms: ['SS'], industry: 'Sales', summary: 'The quarterly safety scorecard for field reps.', source: 'team', pack: { id: 'acme', name: 'Acme Recruiting', version: '3', managed: false } },
];

describe('the catalog', () => {
  const catalog = testCatalog(files, own);

  it('merges own terms: an override takes the shipped id, new industries appear, team terms say whose', () => {
    expect(catalog.byId.get('kaizen')).toMatchObject({ name: 'Kaizen', source: 'custom', customId: 'custom-kaizen' });
    // Shipped industries first, in the package's order; the user's own after them.
    expect(catalog.industries.map((industry) => industry.name)).toEqual(['Manufacturing', 'Sales', 'Recruiting Ops']);
    expect(catalog.byId.get('custom-six-s')).toMatchObject({ source: 'team', pack: { name: 'Acme Recruiting' }, industrySlug: 'sales' });
  });

  it('loads a full entry only when asked, from its industry file or from the own term', async () => {
    expect((await catalog.entry('six-sigma'))?.industry).toBe('Manufacturing');
    expect((await catalog.entry('kaizen'))?.summary).toBe('Our weekly improvement sprint, team-specific.');
    expect(await catalog.entry('nope')).toBeUndefined();
    expect(await catalog.summaries([catalog.byId.get('cold-calling')!, catalog.byId.get('custom-talent-pool')!])).toEqual(
      new Map([
        ['custom-talent-pool', 'People we keep warm for later roles.'],
        ['cold-calling', expect.stringContaining('Cold Calling')],
      ]),
    );
  });

  it('finds shipped and own terms in one lookup, never the overridden shipped one', async () => {
    expect((await catalog.find('kaizen')).map((hit) => [hit.term.id, hit.term.source])).toEqual([['kaizen', 'custom']]);
    expect((await catalog.find('talent pool'))[0]?.term.id).toBe('custom-talent-pool');
  });
});

describe('the overlay of own terms', () => {
  const build = testBuild(files);
  const page = JSON.parse(build.files.get(artifactPath.page)!) as PageGlossary;
  const overlay = compileOverlay(own, { dataVersion: page.dataVersion, ids: page.matcher.ids, industries: files.map(({ slug, file }) => ({ slug, name: file.industry })) });
  const checkedPage = checkPageGlossary(page);
  const checkedOverlay = checkedPage.ok ? checkOverlay(overlay, checkedPage.value) : undefined;
  if (!checkedPage.ok || !checkedOverlay?.ok) throw new Error('artifacts do not check');
  const matcher = createMatcher([checkedPage.value.matcher, checkedOverlay.value.matcher]);
  const senses = joinSenseTables([page.senses, overlay.senses]);
  const mask = new Uint8Array(matcher.ids.length).fill(1);
  for (const term of overlay.overridden) mask[term] = 0;
  matcher.setEnabled(mask);
  const shown = (text: string) => chooseOnPage([{ text, matches: matcher.match(text) }], senses)[0]!.map((m) => (m.term === null ? null : matcher.ids[m.term]));

  it('replaces an overridden shipped term under its id', () => {
    expect(overlay.overridden).toEqual([page.matcher.ids.indexOf('kaizen')]);
    expect(shown('a Kaizen and a Talent Pool')).toEqual(['kaizen', 'custom-talent-pool']);
  });

  it('makes a form shared with a shipped term one more sense, never a silent takeover', () => {
    const [match] = matcher.match('SS audit');
    expect(match?.senses?.map((n) => matcher.ids[n])).toEqual(['six-sigma', 'custom-six-s']);
    // Nothing in the block decides: the shipped default stands; the industries around it can decide.
    expect(shown('SS audit')).toEqual(['six-sigma']);
    expect(shown('Cold Calling and the SS')).toEqual(['cold-calling', 'custom-six-s']);
  });
});
