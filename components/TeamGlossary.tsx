import { useEffect, useState } from 'preact/hooks';
import type { CustomTerm } from '../lib/custom/custom-term';
import { formatSize, MAX_TEAM_FILE_BYTES, parseTeamFile, type TeamFile } from '../lib/custom/import';
import { applyImport, exportTeamFile, planImport, type ImportMode, type ImportPlan } from '../lib/custom/merge';
import { applyPackImport, planPackImport, removePack, type PackImportPlan } from '../lib/custom/pack-import';
import { loadTeamPacks, saveTeamPacks, watchTeamPacks } from '../lib/custom/pack-store';
import { checkImportFits } from '../lib/custom/storage-budget';
import { saveCustomTerms } from '../lib/custom/store';
import { packIdFor, VERSION_PATTERN, type TeamPack } from '../lib/custom/team-pack';
import type { Catalog } from '../lib/glossary/catalog';
import { loadGlossaryPolicy, type ManagedGlossary } from '../lib/policy/policy-glossary';
import { updateSettings, type Settings } from '../lib/settings';
import { managedPolicyArea } from '../lib/storage/items';
import { PackPreview } from './PackPreview';
import { TeamPackList } from './TeamPackList';

interface Props {
  glossary: Catalog;
  terms: readonly CustomTerm[];
  settings: Settings;
}

type PackPlan = Extract<PackImportPlan, { kind: 'install' | 'update' }>;

type Stage =
  | { kind: 'idle' }
  | { kind: 'errors'; name: string; errors: readonly string[] }
  | { kind: 'preview'; name: string; file: TeamFile; plan: ImportPlan }
  | { kind: 'pack-preview'; name: string; plan: PackPlan };

const NOT_IMPORTED = 'Nothing imported';

/**
 * Share terms with a team: export them as one JSON file (the glossary's own shape, optionally a
 * versioned team pack), import one. A plain file merges into the user's own terms; a team pack
 * is installed, or updated in place by a newer version. Every import is checked completely and
 * previewed, and checked to fit in storage; nothing changes until the user confirms.
 */
export function TeamGlossary({ glossary, terms, settings }: Props) {
  const [withSettings, setWithSettings] = useState(false);
  const [asPack, setAsPack] = useState(false);
  const [packName, setPackName] = useState('');
  const [packVersion, setPackVersion] = useState('1.0.0');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [applySettings, setApplySettings] = useState(false);
  const [message, setMessage] = useState('');
  const [packs, setPacks] = useState<readonly TeamPack[]>([]);
  const [managed, setManaged] = useState<ManagedGlossary | undefined>();

  useEffect(() => {
    void loadTeamPacks().then(setPacks);
    const loadManaged = () => void loadGlossaryPolicy().then((policy) => setManaged(policy.glossary));
    loadManaged();
    const unwatch = [watchTeamPacks(setPacks), managedPolicyArea.watch(loadManaged)];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  const packProblem = asPack && (packName.trim().length < 2 ? 'Give the pack a name (2 characters or more).' : !VERSION_PATTERN.test(packVersion.trim()) ? 'Give a version like 1.0.0.' : '');

  function download() {
    const pack = asPack ? { id: packIdFor(packName.trim()), name: packName.trim(), version: packVersion.trim() } : undefined;
    const text = exportTeamFile(terms, withSettings ? settings : undefined, pack, settings.mutedTerms);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = pack ? `${pack.id}-${pack.version}.json` : 'jargon-lens-terms.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function choose(file: File | undefined) {
    setMessage('');
    if (!file) return;
    // Refused before reading: a huge file would freeze the page.
    if (file.size > MAX_TEAM_FILE_BYTES) {
      setStage({ kind: 'errors', name: file.name, errors: [`${file.name} is ${formatSize(file.size)}; files over ${formatSize(MAX_TEAM_FILE_BYTES)} are refused.`] });
      return;
    }
    const parsed = parseTeamFile(await file.text(), { fileName: file.name });
    if (!parsed.ok) return setStage({ kind: 'errors', name: file.name, errors: parsed.errors });
    const shipped = glossary.terms.filter((term) => term.source === undefined).map((term) => ({ id: term.id, name: term.name }));
    if (parsed.file.pack) {
      const plan = planPackImport(parsed.file, { installed: packs, shipped, own: terms, ...(managed ? { managed: managed.pack } : {}) });
      if (plan.kind === 'refused') return setStage({ kind: 'errors', name: file.name, errors: [plan.message] });
      return setStage({ kind: 'pack-preview', name: file.name, plan });
    }
    setStage({ kind: 'preview', name: file.name, file: parsed.file, plan: planImport(terms, parsed.file.terms, shipped) });
  }

  async function confirm(file: TeamFile, plan: ImportPlan) {
    const next = applyImport(terms, plan, mode);
    // Everything it stores must fit before anything is stored (the terms, and what pages need of them).
    const fits = await checkImportFits({ own: next }, NOT_IMPORTED);
    if (!fits.fits) return setMessage(fits.message);
    const result = await saveCustomTerms(next);
    if (!result.ok) {
      setMessage(result.reason === 'quota' ? `Nothing imported: the browser's storage for this extension is full (${result.message}).` : `Nothing imported: ${result.message}`);
      return;
    }
    if (applySettings && file.settings) {
      const fileSettings = file.settings;
      await updateSettings(() => fileSettings);
    }
    if (file.mutedTerms) {
      const muted = file.mutedTerms;
      await updateSettings((current) => ({ mutedTerms: [...new Set([...current.mutedTerms, ...muted])] }));
    }
    setStage({ kind: 'idle' });
    setMessage(`Imported ${plan.incoming.length} ${plan.incoming.length === 1 ? 'term' : 'terms'} (${mode}).`);
  }

  async function confirmPack(plan: PackPlan) {
    const next = applyPackImport(packs, plan.pack);
    const fits = await checkImportFits({ packs: next }, NOT_IMPORTED);
    if (!fits.fits) return setMessage(fits.message);
    const result = await saveTeamPacks(next);
    if (!result.ok) return setMessage(`Nothing imported: ${result.message}`);
    setStage({ kind: 'idle' });
    setMessage(plan.previous ? `Updated “${plan.pack.name}” to version ${plan.pack.version}.` : `Installed “${plan.pack.name}” version ${plan.pack.version} (${plan.pack.terms.length} ${plan.pack.terms.length === 1 ? 'term' : 'terms'}).`);
  }

  async function remove(pack: TeamPack) {
    const result = await saveTeamPacks(removePack(packs, pack.id));
    setMessage(result.ok ? `Removed “${pack.name}” and its ${pack.terms.length} ${pack.terms.length === 1 ? 'term' : 'terms'}.` : result.message);
  }

  return (
    <div class="team-glossary">
      <h3>Team glossaries</h3>
      <TeamPackList packs={packs} managed={managed} onRemove={(pack) => void remove(pack)} />
      <div class="inline-form">
        <button type="button" class="button" disabled={(terms.length === 0 && !withSettings) || Boolean(packProblem)} onClick={download}>
          Export my terms
        </button>
        <label class="word-choice">
          <input type="checkbox" checked={withSettings} onChange={(event) => setWithSettings(event.currentTarget.checked)} /> with my settings
        </label>
        <label class="word-choice">
          <input type="checkbox" checked={asPack} onChange={(event) => setAsPack(event.currentTarget.checked)} /> as a team pack
        </label>
      </div>
      {asPack && (
        <div class="inline-form">
          <label for="pack-name">Pack name</label>
          <input id="pack-name" type="text" maxLength={60} value={packName} onInput={(event) => setPackName(event.currentTarget.value)} />
          <label for="pack-version">Version</label>
          <input id="pack-version" type="text" maxLength={20} value={packVersion} onInput={(event) => setPackVersion(event.currentTarget.value)} />
          {packProblem && <span class="section-hint">{packProblem}</span>}
        </div>
      )}
      <div class="inline-form">
        <label for="import-file">Import a team file</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(event) => void choose(event.currentTarget.files?.[0])} />
      </div>
      {stage.kind === 'errors' && (
        <div class="import-errors" role="alert">
          <p>
            <strong>{stage.name} was not imported. Nothing changed.</strong>
          </p>
          <ul>
            {stage.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {stage.kind === 'pack-preview' && (
        <PackPreview fileName={stage.name} plan={stage.plan} onConfirm={() => void confirmPack(stage.plan)} onCancel={() => setStage({ kind: 'idle' })} />
      )}
      {stage.kind === 'preview' && (
        <div class="import-preview" aria-label="Import preview">
          <p>
            <strong>{stage.name}</strong>: {stage.plan.added.length} new, {stage.plan.changed.length} changed, {stage.plan.unchanged.length} unchanged,{' '}
            {stage.plan.conflicts.length} {stage.plan.conflicts.length === 1 ? 'conflict' : 'conflicts'}.
          </p>
          <ul>
            {stage.plan.added.map((term) => (
              <li key={`new-${term.id}`}>New: {term.name}</li>
            ))}
            {stage.plan.changed.map((change) => (
              <li key={`changed-${change.incoming.id}`}>
                Changed: {change.incoming.name} ({change.fields.join(', ')})
              </li>
            ))}
            {stage.plan.conflicts.map((conflict) =>
              conflict.kind === 'shipped' ? (
                <li key={`shipped-${conflict.incoming.id}`}>Replaces the shipped “{conflict.shipped.name}” for you</li>
              ) : (
                <li key={`existing-${conflict.incoming.id}`}>Replaces your “{conflict.existing.name}” ({conflict.fields.join(', ')})</li>
              ),
            )}
            {stage.plan.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          <fieldset class="choice-row">
            <legend>How to import</legend>
            <label>
              <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge with my terms
            </label>
            <label>
              <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace my terms
              {stage.plan.notInFile.length > 0 && ` (deletes ${stage.plan.notInFile.length} not in the file)`}
            </label>
          </fieldset>
          {stage.file.mutedTerms && (
            <p class="section-hint">
              Also stops highlighting {stage.file.mutedTerms.length} {stage.file.mutedTerms.length === 1 ? 'term' : 'terms'} the file lists as not highlighted.
            </p>
          )}
          {stage.file.settings && (
            <label class="word-choice">
              <input type="checkbox" checked={applySettings} onChange={(event) => setApplySettings(event.currentTarget.checked)} /> Also use the settings in this file
            </label>
          )}
          <div class="part-actions">
            <button type="button" class="button button--primary" onClick={() => void confirm(stage.file, stage.plan)}>
              Import
            </button>
            <button type="button" class="button" onClick={() => setStage({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <p class="section-hint" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
