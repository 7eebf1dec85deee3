import { PLATFORMS } from '../lib/boolean/platforms';
import { updateSettings, type Settings } from '../lib/settings';

interface Props {
  settings: Settings;
}

/** What the hover card's one-click search uses: platform, X-ray country, words to exclude. */
export function SearchDefaults({ settings }: Props) {
  const set = (change: Partial<Settings>) => void updateSettings(() => change);
  return (
    <section class="settings-section" id="searches" aria-labelledby="searches-title">
      <h2 id="searches-title">Searches</h2>
      <p class="section-hint">Used by the hover card's copy button. Each entry's Search section remembers its own last choices.</p>
      <div class="field-grid">
        <label for="default-platform">Default platform</label>
        <select id="default-platform" value={settings.defaultPlatform} onChange={(event) => set({ defaultPlatform: event.currentTarget.value })}>
          {PLATFORMS.filter((platform) => platform.url('x') !== null || platform.id === 'ats').map((platform) => (
            <option key={platform.id} value={platform.id}>
              {platform.label}
            </option>
          ))}
        </select>
        <label for="default-country">X-ray country</label>
        <input
          id="default-country"
          type="text"
          maxLength={3}
          value={settings.defaultCountry}
          placeholder="e.g. uk (empty: all)"
          onInput={(event) => set({ defaultCountry: event.currentTarget.value.toLowerCase().replace(/[^a-z]/g, '') })}
        />
        <label for="default-exclude">Always exclude</label>
        <input
          id="default-exclude"
          type="text"
          value={settings.defaultExclude.join(', ')}
          placeholder="e.g. recruiter, intern"
          onChange={(event) => set({ defaultExclude: event.currentTarget.value.split(',').map((item) => item.trim()).filter(Boolean) })}
        />
      </div>
    </section>
  );
}
