import type { PackImportPlan } from '../lib/custom/pack-import';

type Plan = Extract<PackImportPlan, { kind: 'install' | 'update' }>;

interface Props {
  fileName: string;
  plan: Plan;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What installing or updating a team pack changes, term by term; nothing changes until the user confirms. */
export function PackPreview({ fileName, plan, onConfirm, onCancel }: Props) {
  const { pack, previous, changes, hiddenByOwn } = plan;
  const replacesShipped = changes.conflicts.filter((conflict) => conflict.kind === 'shipped');
  return (
    <div class="import-preview" aria-label="Team pack preview">
      <p>
        <strong>{fileName}</strong>:{' '}
        {previous ? `update “${pack.name}” from version ${previous.version} to ${pack.version}` : `new team pack “${pack.name}”, version ${pack.version}`} ({pack.terms.length}{' '}
        {pack.terms.length === 1 ? 'term' : 'terms'}). {changes.added.length} new, {changes.changed.length} changed, {changes.notInFile.length} removed.
      </p>
      <ul>
        {changes.added.map((term) => (
          <li key={`new-${term.id}`}>New: {term.name}</li>
        ))}
        {changes.changed.map((change) => (
          <li key={`changed-${change.incoming.id}`}>
            Changed: {change.incoming.name} ({change.fields.join(', ')})
          </li>
        ))}
        {changes.notInFile.map((term) => (
          <li key={`gone-${term.id}`}>Removed: {term.name}</li>
        ))}
        {replacesShipped.map((conflict) => (
          <li key={`shipped-${conflict.incoming.id}`}>Replaces the shipped “{conflict.kind === 'shipped' ? conflict.shipped.name : ''}” for you</li>
        ))}
        {hiddenByOwn.map((term) => (
          <li key={`own-${term.id}`}>“{term.name}”: your own term of that name is kept</li>
        ))}
        {changes.warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
      <div class="part-actions">
        <button type="button" class="button button--primary" onClick={onConfirm}>
          {previous ? `Update to ${pack.version}` : 'Install pack'}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
