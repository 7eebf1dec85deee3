import { PLATFORMS } from '../lib/boolean/platforms';
import { updateSettings, type Settings, type SettingsView } from '../lib/settings';
import { ManagedMark } from './ManagedMark';

interface Props {
  settings: Settings;
  /** Settings the organisation's policy set: marked, and read-only when locked. */
  managed?: SettingsView['managed'];
}

/** What the hover card's one-click search uses: platform, X-ray country, words to exclude. */
export function SearchDefaults({ settings, managed = {} }: Props) {
  const locked = (key: keyof Settings) => managed[key] === 'locked';
  const set = (change: Partial<Settings>) => void updateSettings(() => change);
  return (
    <section class="settings-section" id="searches" aria-labelledby="searches-title">
      <h2 id="searches-title">Searches</h2>
      <p class="section-hint">Used by the hover card's copy button. Each entry's Search section remembers its own last choices.</p>
      <div class="field-grid">
        <label for="default-platform">
          Default platform <ManagedMark mode={managed.defaultPlatform} />
        </label>
        <select id="default-platform" disabled={locked('defaultPlatform')} value={settings.defaultPlatform} onChange={(event) => set({ defaultPlatform: event.currentTarget.value })}>
          {PLATFORMS.map((platform) => (
            <option key={platform.id} value={platform.id}>
              {platform.label}
            </option>
          ))}
        </select>
        <label for="default-country">
          X-ray country <ManagedMark mode={managed.defaultCountry} />
        </label>
        <input
          id="default-country"
          disabled={locked('defaultCountry')}
          type="text"
          maxLength={3}
          value={settings.defaultCountry}
          placeholder="e.g. uk (empty: all)"
          onInput={(event) => set({ defaultCountry: event.currentTarget.value.toLowerCase().replace(/[^a-z]/g, '') })}
        />
        <label for="default-exclude">
          Always exclude <ManagedMark mode={managed.defaultExclude} />
        </label>
        <input
          id="default-exclude"
          disabled={locked('defaultExclude')}
          type="text"
          value={settings.defaultExclude.join(', ')}
          placeholder="e.g. recruiter, intern"
          onChange={(event) => set({ defaultExclude: event.currentTarget.value.split(',').map((item) => item.trim()).filter(Boolean) })}
        />
      </div>
    </section>
  );
}
