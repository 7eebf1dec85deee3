import { describe, expect, it } from 'vitest';
import { parseTeamFile } from '../../../lib/custom/import';
import { applyImport, exportTeamFile, planImport } from '../../../lib/custom/merge';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { customTerm, frozen } from './fixtures/terms';

const SHIPPED = frozen([
  { id: 'kubernetes', name: 'Kubernetes' },
  { id: 'six-sigma', name: 'Six Sigma' },
]);

const pool = customTerm({ name: 'Talent Pool' });
const medalist = customTerm({ name: 'Silver Medalist' });
const pipeline = customTerm({ name: 'Pipeline' });
const existing = frozen([pool, medalist, pipeline]);

describe('planImport', () => {
  it('sorts incoming terms into new, changed (with the fields that differ) and unchanged', () => {
    const editedPool = { ...pool, summary: 'Our refreshed wording.', aliases: ['Pool'] };
    const fresh = customTerm({ name: 'Boomerang Hire' });
    const plan = planImport(existing, frozen([editedPool, medalist, fresh]), SHIPPED);
    expect(plan.added).toEqual([fresh]);
    expect(plan.changed).toEqual([{ existing: pool, incoming: editedPool, fields: ['aliases', 'summary'] }]);
    expect(plan.unchanged).toEqual([medalist]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.notInFile).toEqual([pipeline]);
    expect(plan.warnings).toEqual([]);
  });

  it('flags a stored term of the same name (another id, other content) as a conflict', () => {
    const theirs = customTerm({ name: 'talent pool', id: 'custom-team-pool', summary: 'The team’s own definition.' });
    const plan = planImport(existing, [theirs], SHIPPED);
    expect(plan.added).toEqual([]);
    expect(plan.conflicts).toEqual([{ kind: 'existing', existing: pool, incoming: theirs, fields: ['name', 'summary'] }]);
  });

  it('treats the same term under another id, with the same content, as unchanged', () => {
    const twin = { ...pool, id: 'custom-pool-from-elsewhere' };
    const plan = planImport(existing, [twin], SHIPPED);
    expect(plan.unchanged).toEqual([pool]);
    expect(plan.conflicts).toEqual([]);
    expect(applyImport(existing, plan, 'merge')).toEqual(existing);
  });

  it('turns a term named like a shipped term into an override of it, and says so', () => {
    const k8s = customTerm({ name: 'kubernetes', summary: 'How our platform team uses it.' });
    const plan = planImport(existing, [k8s], SHIPPED);
    const overriding = { ...k8s, overrides: 'kubernetes' };
    expect(plan.added).toEqual([overriding]);
    expect(plan.conflicts).toEqual([{ kind: 'shipped', incoming: overriding, shipped: { id: 'kubernetes', name: 'Kubernetes' } }]);
  });

  it('keeps a declared override, and warns when the shipped term no longer exists', () => {
    const declared = customTerm({ name: 'DMAIC', overrides: 'six-sigma' });
    const stale = customTerm({ name: 'Old Thing', overrides: 'retired-term' });
    const plan = planImport([], [declared, stale], SHIPPED);
    expect(plan.conflicts).toEqual([{ kind: 'shipped', incoming: declared, shipped: { id: 'six-sigma', name: 'Six Sigma' } }]);
    expect(plan.warnings).toEqual(['"Old Thing" replaces the shipped term "retired-term", which this version does not have; it is imported as a term of its own.']);
  });

  it('reports an override being added to a stored term as a change', () => {
    const stored = customTerm({ name: 'Six Sigma' });
    const plan = planImport([stored], [stored], SHIPPED);
    expect(plan.changed).toEqual([{ existing: stored, incoming: { ...stored, overrides: 'six-sigma' }, fields: ['overrides'] }]);
  });
});

describe('applyImport', () => {
  const editedPool = { ...pool, summary: 'Our refreshed wording.' };
  const fresh = customTerm({ name: 'Boomerang Hire' });
  const theirMedalist = customTerm({ name: 'SILVER MEDALIST', id: 'custom-runner-up', summary: 'Their definition.' });
  const incoming = frozen([fresh, theirMedalist, editedPool]);

  it('merge: keeps stored terms in their order, updates in place, appends new ones', () => {
    const plan = planImport(existing, incoming, SHIPPED);
    expect(applyImport(existing, plan, 'merge')).toEqual([editedPool, theirMedalist, pipeline, fresh]);
  });

  it('replace: keeps exactly the file’s terms', () => {
    const plan = planImport(existing, incoming, SHIPPED);
    expect(applyImport(existing, plan, 'replace')).toEqual([fresh, theirMedalist, editedPool]);
  });

  it('merge: a renamed term that takes another stored term’s name replaces both, once', () => {
    const renamed = { ...pool, name: 'Pipeline', summary: 'Merged definition.' };
    const plan = planImport(existing, [renamed], SHIPPED);
    expect(plan.changed.map((change) => change.fields)).toEqual([['name', 'summary']]);
    expect(plan.conflicts).toEqual([{ kind: 'existing', existing: pipeline, incoming: renamed, fields: ['summary'] }]);
    expect(applyImport(existing, plan, 'merge')).toEqual([renamed, medalist]);
  });

  it('merge: loses no incoming term when two claim the same stored term', () => {
    const renamed = { ...pool, name: 'Talent Community' };
    const sameOldName = customTerm({ name: 'Talent Pool', id: 'custom-other-pool', summary: 'Another team’s term.' });
    const plan = planImport(existing, [renamed, sameOldName], SHIPPED);
    expect(applyImport(existing, plan, 'merge')).toEqual([renamed, medalist, pipeline, sameOldName]);
  });

  it('works from a cloned plan (ids, not object identity)', () => {
    const plan = structuredClone(planImport(existing, incoming, SHIPPED));
    expect(applyImport(existing, plan, 'merge')).toEqual([editedPool, theirMedalist, pipeline, fresh]);
  });

  it('changes neither the stored list nor the plan (both are frozen here)', () => {
    const plan = frozen(planImport(existing, incoming, SHIPPED));
    expect(() => applyImport(existing, plan, 'merge')).not.toThrow();
    expect(() => applyImport(existing, plan, 'replace')).not.toThrow();
  });
});

describe('exportTeamFile', () => {
  it('writes the glossary file shape: sorted terms, the common industry once, fields in order', () => {
    const text = exportTeamFile([
      customTerm({ name: 'Talent Pool', aliases: ['Pool'], id: 'custom-talent-pool' }),
      customTerm({ name: 'Boolean String', industry: 'Sourcing' }),
      customTerm({ name: 'Silver Medalist' }),
    ]);
    expect(JSON.parse(text)).toEqual({
      industry: 'Talent Acquisition',
      terms: [
        { id: 'custom-boolean-string', name: 'Boolean String', industry: 'Sourcing', summary: 'Boolean String, as our team uses the word.' },
        { id: 'custom-silver-medalist', name: 'Silver Medalist', summary: 'Silver Medalist, as our team uses the word.' },
        { id: 'custom-talent-pool', name: 'Talent Pool', aliases: ['Pool'], summary: 'Talent Pool, as our team uses the word.' },
      ],
    });
    expect(Object.keys((JSON.parse(text) as { terms: object[] }).terms[2]!)).toEqual(['id', 'name', 'aliases', 'summary']);
    expect(text).toMatch(/^\{\n {2}"industry": "Talent Acquisition",\n {2}"terms": \[\n {4}\{\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is the same text whatever order the terms are in', () => {
    const terms = [pool, medalist, pipeline];
    expect(exportTeamFile([...terms].reverse())).toBe(exportTeamFile(terms));
  });

  it('includes settings with their version, and they come back through the parser', () => {
    const settings = { ...DEFAULT_SETTINGS, style: 'tint' as const, industries: ['sales', 'cloud-devops'] };
    const text = exportTeamFile([pool], settings);
    expect(JSON.parse(text)).toMatchObject({ settingsVersion: 2, settings: { style: 'tint' } });
    expect(parseTeamFile(text)).toEqual({ ok: true, file: { industry: 'Talent Acquisition', terms: [pool], settings } });
  });

  it('exports no terms as an empty team glossary', () => {
    expect(JSON.parse(exportTeamFile([], DEFAULT_SETTINGS))).toMatchObject({ industry: 'Team glossary', terms: [] });
  });
});
