import { updateSettings, type Settings } from '../lib/settings';
import { Toggle } from './Toggle';

interface Props {
  settings: Settings;
}

/** Advanced: scan timings in DevTools, off unless the user wants them. */
export function DiagnosticsSettings({ settings }: Props) {
  return (
    <section class="settings-section" id="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">Diagnostics</h2>
      <Toggle
        label="Record scan timings in DevTools"
        hint="Each scan of a page is drawn on a “Jargon Lens” track in the DevTools Performance panel, and the popup shows what scanning the current page cost. Pages cannot see either."
        checked={settings.diagnostics}
        onChange={(diagnostics) => void updateSettings(() => ({ diagnostics }))}
      />
    </section>
  );
}
