import { useState } from 'preact/hooks';
import type { CustomTerm } from '../lib/custom/custom-term';
import { formatSize, MAX_TEAM_FILE_BYTES, parseTeamFile, type TeamFile } from '../lib/custom/import';
import { applyImport, exportTeamFile, planImport, type ImportMode, type ImportPlan } from '../lib/custom/merge';
import { saveCustomTerms } from '../lib/custom/store';
import type { Glossary } from '../lib/glossary/types';
import type { Settings } from '../lib/settings';
import { settingsItem } from '../lib/storage/items';

interface Props {
  glossary: Glossary;
  terms: readonly CustomTerm[];
  settings: Settings;
}

type Stage = { kind: 'idle' } | { kind: 'errors'; name: string; errors: readonly string[] } | { kind: 'preview'; name: string; file: TeamFile; plan: ImportPlan };

/**
 * Share terms with a team: export them as one JSON file (the glossary's own shape), import one.
 * An import is checked completely and previewed; nothing changes until the user confirms.
 */
export function TeamGlossary({ glossary, terms, settings }: Props) {
  const [withSettings, setWithSettings] = useState(false);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [applySettings, setApplySettings] = useState(false);
  const [message, setMessage] = useState('');

  function download() {
    const text = exportTeamFile(terms, withSettings ? settings : undefined);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'jargon-lens-terms.json';
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
    setStage({ kind: 'preview', name: file.name, file: parsed.file, plan: planImport(terms, parsed.file.terms, shipped) });
  }

  async function confirm(file: TeamFile, plan: ImportPlan) {
    const result = await saveCustomTerms(applyImport(terms, plan, mode));
    if (!result.ok) {
      setMessage(result.reason === 'quota' ? `Nothing imported: the browser's storage for this extension is full (${result.message}).` : `Nothing imported: ${result.message}`);
      return;
    }
    if (applySettings && file.settings) await settingsItem.setValue(file.settings);
    setStage({ kind: 'idle' });
    setMessage(`Imported ${plan.incoming.length} ${plan.incoming.length === 1 ? 'term' : 'terms'} (${mode}).`);
  }

  return (
    <div class="team-glossary">
      <h3>Team glossaries</h3>
      <div class="inline-form">
        <button type="button" class="button" disabled={terms.length === 0 && !withSettings} onClick={download}>
          Export my terms
        </button>
        <label class="word-choice">
          <input type="checkbox" checked={withSettings} onChange={(event) => setWithSettings(event.currentTarget.checked)} /> with my settings
        </label>
      </div>
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
