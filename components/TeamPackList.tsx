import type { TeamPack } from '../lib/custom/team-pack';
import type { ManagedGlossary } from '../lib/policy/policy-glossary';
import { ManagedMark } from './ManagedMark';

interface Props {
  packs: readonly TeamPack[];
  /** The organisation's glossary from policy, listed first and not removable. */
  managed: ManagedGlossary | undefined;
  onRemove: (pack: TeamPack) => void;
}

/** Every team pack the user has, with its version and size; an imported one can be removed as a whole. */
export function TeamPackList({ packs, managed, onRemove }: Props) {
  const shown = packs.filter((pack) => pack.id !== managed?.pack.id);
  if (shown.length === 0 && !managed) return <p class="section-hint">No team packs yet. Import a team file that has an id, a name and a version.</p>;
  return (
    <table class="pack-table" aria-label="Team packs">
      <thead>
        <tr>
          <th scope="col">Pack</th>
          <th scope="col">Version</th>
          <th scope="col">Terms</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {managed && (
          <tr>
            <th scope="row">{managed.pack.name}</th>
            <td>{managed.pack.version}</td>
            <td>{managed.pack.terms.length}</td>
            <td>
              <ManagedMark mode={managed.mode} />
              {managed.mode === 'default' && <span class="section-hint"> Your own terms of the same name come first.</span>}
            </td>
          </tr>
        )}
        {shown.map((pack) => (
          <tr key={pack.id}>
            <th scope="row">{pack.name}</th>
            <td>{pack.version}</td>
            <td>{pack.terms.length}</td>
            <td class="row-actions">
              <button type="button" class="button" aria-label={`Remove ${pack.name}`} onClick={() => onRemove(pack)}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
