interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Extra explanation read after the label. */
  hint?: string;
  /** Read-only (e.g. locked by the organisation's policy). */
  disabled?: boolean;
}

/** An on/off switch: a native checkbox (keyboard and screen readers for free) drawn as a switch. */
export function Toggle({ label, checked, onChange, hint, disabled = false }: Props) {
  return (
    <label class="toggle">
      <input type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span class="toggle-track" aria-hidden="true" />
      <span class="toggle-label">
        {label}
        {hint && <span class="toggle-hint">{hint}</span>}
      </span>
    </label>
  );
}
