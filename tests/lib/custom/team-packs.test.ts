/** Issue 15: versioned team packs, the organisation's glossary from policy, and how both meet the user's own terms. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseTeamFile } from '../../../lib/custom/import';
import { exportTeamFile } from '../../../lib/custom/merge';
import { loadOverlayTerms, resolveOverlay, watchOverlayTerms, type OverlayTerm } from '../../../lib/custom/overlay-terms';
import { ownerLabel } from '../../../lib/custom/owner-label';
import { applyPackImport, planPackImport, removePack } from '../../../lib/custom/pack-import';
import { loadTeamPacks, saveTeamPacks } from '../../../lib/custom/pack-store';
import { saveCustomTerms } from '../../../lib/custom/store';
import { compareVersions, repairTeamPacks, type TeamPack } from '../../../lib/custom/team-pack';
import { testCatalog } from '../../helpers/catalog';
import { readGlossaryPolicy } from '../../../lib/policy/policy-glossary';
import { makeFile, makeTerm } from '../../helpers/make-term';
import { customTerm } from './fixtures/terms';

const packFile = (version: string | number, terms: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id: 'acme-sourcing', name: 'Acme sourcing', version, industry: 'Sourcing', terms, ...extra });
const pool = { name: 'Talent Pool', summary: 'People we keep warm for later roles.' };
const medalist = { name: 'Silver Medalist', summary: 'The runner-up of a hiring process.' };

function parsedPack(text: string) {
  const parsed = parseTeamFile(text, { fileName: 'acme.json' });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.file;
}

function pack(version: string, terms = [customTerm({ name: 'Talent Pool', industry: 'Sourcing' })]): TeamPack {
  return { id: 'acme-sourcing', name: 'Acme sourcing', version, industry: 'Sourcing', terms };
}

describe('a team file with an id, a name and a version', () => {
  it('is read as a pack', () => {
    expect(parsedPack(packFile('1.2.0', [pool])).pack).toEqual({ id: 'acme-sourcing', name: 'Acme sourcing', version: '1.2.0' });
    expect(parsedPack(packFile(2, [pool])).pack?.version).toBe('2');
  });

  it('needs all three, and a version of numbers and dots', () => {
    const errors = (text: string) => {
      const parsed = parseTeamFile(text, { fileName: 'acme.json' });
      return parsed.ok ? [] : parsed.errors;
    };
    expect(errors(JSON.stringify({ id: 'acme', industry: 'Sourcing', terms: [pool] }))).toEqual([
      'acme.json › name: is missing: a team pack needs "id", "name" and "version" (this file gives "id")',
      'acme.json › version: is missing: a team pack needs "id", "name" and "version" (this file gives "id")',
    ]);
    expect(errors(packFile('v2-beta', [pool]))).toEqual(['acme.json › version: must be a version like "1.4.0" (numbers separated by dots)']);
    expect(errors(packFile('1', [pool], { id: 'Acme Sourcing' }))).toEqual(['acme.json › id: must be kebab-case (a-z, 0-9, single hyphens)']);
  });

  it('is what "export as a team pack" writes, and reads back the same', () => {
    const terms = parsedPack(packFile('1.0', [pool])).terms;
    const text = exportTeamFile(terms, undefined, { id: 'acme-sourcing', name: 'Acme sourcing', version: '1.1' });
    expect(Object.keys(JSON.parse(text))).toEqual(['id', 'name', 'version', 'industry', 'terms']);
    expect(parsedPack(text)).toMatchObject({ pack: { version: '1.1' }, terms });
  });

  it('compares versions as numbers, part by part', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('2', '2.0.0')).toBe(0);
    expect(compareVersions('1.2.3', '1.3')).toBeLessThan(0);
  });
});

describe('importing a pack', () => {
  const context = { installed: [] as TeamPack[], shipped: [{ id: 'kaizen', name: 'Kaizen' }], own: [] };

  it('installs a new pack, terms with a shipped name replacing the shipped term', () => {
    const plan = planPackImport(parsedPack(packFile('1.0', [pool, { name: 'Kaizen', summary: 'Our weekly improvement hour.' }])), context);
    expect(plan.kind).toBe('install');
    if (plan.kind !== 'install') return;
    expect(plan.changes.added.map((term) => term.name)).toEqual(['Talent Pool', 'Kaizen']);
    expect(plan.pack.terms.find((term) => term.name === 'Kaizen')?.overrides).toBe('kaizen');
    expect(applyPackImport([], plan.pack)).toEqual([plan.pack]);
  });

  it('updates an older installed version in place, after a preview of what changes', () => {
    const installed = [pack('0.9', []), parsedPackAsPack('1.0', [pool, medalist])];
    installed[0] = { ...installed[0]!, id: 'other-pack', name: 'Other' };
    const plan = planPackImport(parsedPack(packFile('1.1', [{ ...pool, summary: 'Changed summary, same term.' }, { name: 'Boolean Search', summary: 'Search strings.' }])), { ...context, installed });
    expect(plan.kind).toBe('update');
    if (plan.kind !== 'update') return;
    expect(plan.previous?.version).toBe('1.0');
    expect(plan.changes.added.map((term) => term.name)).toEqual(['Boolean Search']);
    expect(plan.changes.changed.map((change) => [change.incoming.name, change.fields])).toEqual([['Talent Pool', ['summary']]]);
    expect(plan.changes.notInFile.map((term) => term.name)).toEqual(['Silver Medalist']);
    const after = applyPackImport(installed, plan.pack);
    expect(after.map((p) => [p.id, p.version])).toEqual([['other-pack', '0.9'], ['acme-sourcing', '1.1']]);
  });

  it('refuses an older version, and the same version again, with a message', () => {
    const installed = [pack('1.2')];
    expect(planPackImport(parsedPack(packFile('1.1.9', [pool])), { ...context, installed })).toEqual({
      kind: 'refused',
      message: 'This is version 1.1.9 of “Acme sourcing”, older than the version 1.2 you have. Older versions are not imported; nothing changed.',
    });
    expect(planPackImport(parsedPack(packFile('1.2.0', [pool])), { ...context, installed })).toEqual({
      kind: 'refused',
      message: 'You already have version 1.2.0 of “Acme sourcing”; nothing changed. A changed pack needs a higher version.',
    });
  });

  it('refuses a pack the organisation already provides by policy', () => {
    const plan = planPackImport(parsedPack(packFile('9', [pool])), { ...context, managed: { id: 'acme-sourcing', name: 'Acme sourcing', version: '3' } });
    expect(plan).toMatchObject({ kind: 'refused', message: expect.stringContaining('Your organisation already provides “Acme sourcing” (version 3)') });
  });

  it('says which pack terms the user\'s own terms of the same name keep hidden', () => {
    const plan = planPackImport(parsedPack(packFile('1', [pool, medalist])), { ...context, own: [customTerm({ name: 'talent pool' })] });
    expect(plan.kind !== 'refused' && plan.hiddenByOwn.map((term) => term.name)).toEqual(['Talent Pool']);
  });

  it('removes a pack as a whole', () => {
    expect(removePack([pack('1'), { ...pack('1'), id: 'other' }], 'acme-sourcing').map((p) => p.id)).toEqual(['other']);
  });
});

function parsedPackAsPack(version: string, terms: unknown[]): TeamPack {
  const file = parsedPack(packFile(version, terms));
  return { ...file.pack!, industry: file.industry, terms: file.terms };
}

describe('the organisation\'s glossary from policy', () => {
  it('is a pack, checked like a team file, messages naming policy › teamGlossary › term › field', () => {
    const value = JSON.parse(packFile('2.0', [pool]));
    expect(readGlossaryPolicy({ teamGlossary: { value, locked: true } })).toMatchObject({ glossary: { mode: 'locked', pack: { id: 'acme-sourcing', version: '2.0' } }, problems: [] });
    const hostile = JSON.parse(packFile('2.0', [{ ...pool, id: 'talent-pool', aliases: ['a\u200b'] }]));
    expect(readGlossaryPolicy({ teamGlossary: { value: hostile } })).toEqual({
      problems: ['policy › teamGlossary › term "talent-pool" › aliases[0]: contains an invisible character (U+200B ZERO WIDTH SPACE) at character 2; remove it'],
    });
  });

  it('must be a pack, within the team-file limits', () => {
    expect(readGlossaryPolicy({ teamGlossary: { value: { industry: 'Sourcing', terms: [pool] } } }).problems).toEqual([
      'policy › teamGlossary: needs "id", "name" and "version", like a team pack, so users see which version their organisation gave them',
    ]);
    const huge = JSON.parse(packFile('1', [{ ...pool, explanation: 'x'.repeat(1500) }]));
    huge.terms = Array.from({ length: 2001 }, (_, i) => ({ name: `Term ${i}`, summary: 'x' }));
    expect(readGlossaryPolicy({ teamGlossary: { value: huge } }).problems).toEqual(['policy › teamGlossary › terms: has 2001 terms; a team file can have at most 2000']);
  });
});

describe('the overlay: own, team and the organisation\'s terms together', () => {
  const own = [customTerm({ name: 'Talent Pool', summary: 'My own definition.' })];
  const imported = [pack('1', [customTerm({ name: 'Talent Pool' }), customTerm({ name: 'Silver Medalist' })])];
  const organisation = (mode: 'default' | 'locked') => ({
    mode,
    pack: { id: 'org', name: 'Org glossary', version: '3', industry: 'Sourcing', terms: [customTerm({ name: 'Talent Pool', summary: 'The organisation\'s definition.' }), customTerm({ name: 'Req' })] },
  });
  const summaries = (terms: OverlayTerm[]) => terms.map((term) => [term.name, term.source, term.pack?.name ?? null, term.summary]);

  it('lets the user\'s own term win over a team\'s of the same name, unless the organisation locked its glossary', () => {
    expect(summaries(resolveOverlay({ own, packs: imported, managed: organisation('default') }))).toEqual([
      ['Talent Pool', 'custom', null, 'My own definition.'],
      ['Req', 'team', 'Org glossary', 'Req, as our team uses the word.'],
      ['Silver Medalist', 'team', 'Acme sourcing', 'Silver Medalist, as our team uses the word.'],
    ]);
    expect(summaries(resolveOverlay({ own, packs: imported, managed: organisation('locked') }))[0]).toEqual(['Talent Pool', 'team', 'Org glossary', "The organisation's definition."]);
  });

  it('leaves out an imported pack the organisation provides too', () => {
    const managed = { mode: 'default' as const, pack: { ...imported[0]!, version: '5', terms: [customTerm({ name: 'Req' })] } };
    expect(resolveOverlay({ own: [], packs: imported, managed }).map((term) => [term.name, term.pack?.managed])).toEqual([['Req', true]]);
  });

  it('never gives two terms the same shipped term to replace', () => {
    const mine = customTerm({ name: 'Kaizen', overrides: 'kaizen' });
    const theirs = customTerm({ id: 'custom-kaizen-event', name: 'Kaizen Event', overrides: 'kaizen' });
    expect(resolveOverlay({ own: [mine], packs: [pack('1', [theirs])] }).map((term) => term.id)).toEqual(['custom-kaizen']);
  });

  it('reaches the glossary: team terms are the team\'s, own terms "Yours", shipped senses stay', async () => {
    const files = [{ slug: 'manufacturing', file: makeFile('Manufacturing', [makeTerm({ name: 'Kaizen' }), makeTerm({ name: 'Six Sigma' })]) }];
    const overlay = resolveOverlay({
      own: [customTerm({ name: 'Gemba', industry: 'Manufacturing' })],
      packs: [pack('1', [customTerm({ name: 'Kaizen', industry: 'Manufacturing', overrides: 'kaizen', summary: 'Team Kaizen.' })])],
    });
    const glossary = testCatalog(files, overlay);
    expect(ownerLabel(glossary.byId.get('kaizen')!)).toBe('Team: Acme sourcing');
    expect((await glossary.entry('kaizen'))!.summary).toBe('Team Kaizen.');
    expect(ownerLabel(glossary.byId.get('custom-gemba')!)).toBe('Yours');
    expect(ownerLabel(glossary.byId.get('six-sigma')!)).toBeUndefined();
  });
});

describe('packs and the overlay in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores packs, drops what is broken, and loads every source into the overlay', async () => {
    expect(await saveTeamPacks([pack('1')])).toEqual({ ok: true });
    await fakeBrowser.storage.local.set({ teamPacks: [...((await fakeBrowser.storage.local.get('teamPacks')).teamPacks as unknown[]), { id: 'BROKEN' }] });
    expect((await loadTeamPacks()).map((p) => p.id)).toEqual(['acme-sourcing']);
    await saveCustomTerms([customTerm({ name: 'Gemba' })]);
    await fakeBrowser.storage.managed.set({ teamGlossary: { value: JSON.parse(packFile('7', [{ name: 'Req', summary: 'A job requisition.' }], { id: 'org', name: 'Org' })), locked: true } });
    expect((await loadOverlayTerms()).map((term) => [term.name, ownerLabel(term)])).toEqual([
      ['Req', 'Team: Org'],
      ['Gemba', 'Yours'],
      ['Talent Pool', 'Team: Acme sourcing'],
    ]);
  });

  it('tells watchers when a policy, a pack or an own term changes', async () => {
    const seen: string[][] = [];
    const unwatch = watchOverlayTerms((terms) => seen.push(terms.map((term) => term.name)));
    await saveTeamPacks([pack('1')]);
    await new Promise((done) => setTimeout(done, 20));
    await fakeBrowser.storage.managed.set({ teamGlossary: { value: JSON.parse(packFile('7', [{ name: 'Req', summary: 'A job requisition.' }], { id: 'org', name: 'Org' })) } });
    await new Promise((done) => setTimeout(done, 20));
    unwatch();
    expect(seen).toEqual([['Talent Pool'], ['Req', 'Talent Pool']]);
  });

  it('repairs stored packs term by term', () => {
    expect(repairTeamPacks([{ ...pack('1'), terms: [customTerm({ name: 'Ok Term' }), { id: 'custom-x', name: 'a\u200b' }] }])[0]!.terms.map((t) => t.name)).toEqual(['Ok Term']);
  });
});
