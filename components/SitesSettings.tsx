import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../lib/messages';
import { isPausedHost, updateSettings, type Settings, type SettingsView } from '../lib/settings';
import { BUILT_IN_SITES, originPattern, type BuiltInSite } from '../lib/sites';
import { managedLabel } from './ManagedMark';
import { Toggle } from './Toggle';

interface Props {
  settings: Settings;
  /** Sites the organisation's policy switched on or off, by host: marked, and read-only when locked. */
  managedSites?: SettingsView['sites'];
}

/** The domains of a built-in site, as stored in `pausedSites` ("*://*.linkedin.com/*" → "linkedin.com"). */
const domainsOf = (site: BuiltInSite) => site.matches.map((pattern) => pattern.slice('*://*.'.length, -'/*'.length));

/** Where Jargon Lens runs: built-in sites switched on or off, and the user's own sites. */
export function SitesSettings({ settings, managedSites = {} }: Props) {
  /** The strongest policy over any of a site's domains (a host covers its subdomains). */
  const siteMode = (site: BuiltInSite) => {
    const modes = Object.entries(managedSites)
      .filter(([host]) => domainsOf(site).some((domain) => domain === host || domain.endsWith(`.${host}`) || host.endsWith(`.${domain}`)))
      .map(([, mode]) => mode);
    return modes.includes('locked') ? 'locked' : modes.length > 0 ? 'default' : undefined;
  };
  const [origin, setOrigin] = useState('');
  const [message, setMessage] = useState('');

  const setBuiltIn = (site: BuiltInSite, on: boolean) =>
    updateSettings((current) => {
      const domains = domainsOf(site);
      return { pausedSites: on ? current.pausedSites.filter((host) => !domains.includes(host)) : [...new Set([...current.pausedSites, ...domains])] };
    });

  async function add(event: Event) {
    event.preventDefault();
    setMessage('');
    let parsed: URL;
    try {
      parsed = new URL(/^https?:\/\//.test(origin.trim()) ? origin.trim() : `https://${origin.trim()}`);
    } catch {
      return setMessage('That is not a web address. Try something like jobs.example.com.');
    }
    // The permission prompt needs this click's user gesture: ask before anything else.
    const granted = await browser.permissions.request({ origins: [originPattern(parsed.origin)] });
    if (!granted) return setMessage('Permission was not given, so nothing changed.');
    const result = await sendToBackground({ type: 'enable-site', origin: parsed.origin, tabId: null });
    setMessage(result.ok ? `Added ${parsed.hostname}.` : `Could not add the site: ${result.error ?? 'unknown error'}`);
    if (result.ok) setOrigin('');
  }

  async function remove(siteOrigin: string) {
    await sendToBackground({ type: 'disable-site', origin: siteOrigin });
    await browser.permissions.remove({ origins: [originPattern(siteOrigin)] });
  }

  return (
    <section class="settings-section" id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <p class="section-hint">Jargon Lens reads pages only on these sites. Switching one off removes its highlights at once.</p>
      <div class="toggle-grid">
        {BUILT_IN_SITES.map((site) => (
          <Toggle
            key={site.name}
            label={site.name}
            checked={!domainsOf(site).every((domain) => isPausedHost(settings, domain))}
            disabled={siteMode(site) === 'locked'}
            {...(siteMode(site) ? { hint: managedLabel(siteMode(site))! } : {})}
            onChange={(on) => void setBuiltIn(site, on)}
          />
        ))}
      </div>
      <h3>Your sites</h3>
      {settings.userSites.length === 0 ? (
        <p class="section-hint">None yet. Add one here, or press “Enable on this site” in the popup.</p>
      ) : (
        <ul class="plain-list">
          {settings.userSites.map((site) => (
            <li key={site}>
              {new URL(site).hostname}{' '}
              <button type="button" class="button" onClick={() => void remove(site)} aria-label={`Remove ${new URL(site).hostname}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={(event) => void add(event)}>
        <label for="add-site">Add a site</label>
        <input id="add-site" type="text" value={origin} placeholder="jobs.example.com" onInput={(event) => setOrigin(event.currentTarget.value)} />
        <button type="submit" class="button">
          Add
        </button>
      </form>
      {message && (
        <p class="section-hint" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
