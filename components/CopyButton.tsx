import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText } from '../lib/clipboard';

interface Props {
  /** Visible label, e.g. "Copy explanation". */
  label: string;
  /** Built on click, so the copy always reflects the current choices (level, etc.). */
  getText: () => string;
  /** Longer screen-reader label when the visible one is not specific enough; must start with `label`. */
  ariaLabel?: string;
}

type Status = 'idle' | 'copied' | 'failed';

const MESSAGE: Record<Status, string> = { idle: '', copied: 'Copied', failed: 'Could not copy: the browser blocked the clipboard' };

export function CopyButton({ label, getText, ariaLabel }: Props) {
  const [status, setStatus] = useState<Status>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const ok = await copyText(getText());
    setStatus(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus('idle'), 2000);
  }

  return (
    <span class="copy">
      <button type="button" class="button" onClick={copy} aria-label={ariaLabel}>
        {label}
      </button>
      <span class={`copy-status copy-status--${status}`} role="status" aria-live="polite">
        {status === 'idle' ? null : status === 'copied' ? `✓ ${MESSAGE.copied}` : MESSAGE.failed}
      </span>
    </span>
  );
}
