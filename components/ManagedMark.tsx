import type { ManagedMode } from '../lib/policy/policy-settings';

interface Props {
  mode: ManagedMode | undefined;
}

/** The words for a value the organisation set, for labels that cannot hold the mark itself. */
export function managedLabel(mode: ManagedMode | undefined): string | undefined {
  if (!mode) return undefined;
  return mode === 'locked' ? 'Set by your organisation (locked)' : 'Set by your organisation · you can change it';
}

/** Marks a value that comes from the organisation's policy; a locked one is read-only next to it. */
export function ManagedMark({ mode }: Props) {
  if (!mode) return null;
  return <span class="managed-mark">{managedLabel(mode)}</span>;
}
