import { updateSettings, type Settings } from '../lib/settings';
import { Toggle } from './Toggle';

interface Props {
  settings: Settings;
}

/** Advanced: scan timings on the page's performance timeline, off unless the user wants them. */
export function DiagnosticsSettings({ settings }: Props) {
  return (
    <section class="settings-section" id="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">Diagnostics</h2>
      <Toggle
        label="Record scan timings in DevTools"
        hint="Each scan of a page appears as “jargon-lens:scan” in the Performance panel. Pages can read these entries too, so sites could tell Jargon Lens is installed: leave this off unless you are measuring."
        checked={settings.diagnostics}
        onChange={(diagnostics) => void updateSettings(() => ({ diagnostics }))}
      />
    </section>
  );
}
