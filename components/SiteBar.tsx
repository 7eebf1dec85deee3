import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../lib/messages';
import { isPausedHost, loadSettingsView, updateSettings, watchSettingsView, type Settings, type SettingsView } from '../lib/settings';
import { builtInSiteFor, originPattern } from '../lib/sites';

interface Props {
  url: string;
  tabId: number;
  settings: Settings;
}

/**
 * Where Jargon Lens runs, for the page the popup is about: pause or resume it there, or enable it
 * on a site that is not built in (the browser asks the user for that one origin).
 */
export function SiteBar({ url, tabId, settings }: Props) {
  const { hostname, origin } = new URL(url);
  const builtIn = builtInSiteFor(hostname);
  const added = settings.userSites.includes(origin);
  const paused = isPausedHost(settings, hostname);
  const [error, setError] = useState('');
  // Sites the organisation's policy switched on or off and locked: pausing or resuming them here would do nothing.
  const [managedSites, setManagedSites] = useState<SettingsView['sites']>({});
  useEffect(() => {
    void loadSettingsView().then((view) => setManagedSites(view.sites));
    return watchSettingsView((view) => setManagedSites(view.sites));
  }, []);
  const locked = Object.entries(managedSites).some(([host, mode]) => mode === 'locked' && (hostname === host || hostname.endsWith(`.${host}`)));

  async function enable() {
    setError('');
    // Must run in the click itself: the permission prompt needs the user's gesture.
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) return setError('Permission was not given, so nothing changed.');
    const result = await sendToBackground({ type: 'enable-site', origin, tabId });
    if (!result.ok) setError(`Could not enable: ${result.error ?? 'unknown error'}`);
  }

  async function remove() {
    await sendToBackground({ type: 'disable-site', origin });
    await browser.permissions.remove({ origins: [originPattern(origin)] });
  }

  const setPaused = (pause: boolean) =>
    updateSettings((current) => ({
      pausedSites: pause ? [...new Set([...current.pausedSites, hostname])] : current.pausedSites.filter((site) => site !== hostname && !hostname.endsWith(`.${site}`)),
    }));

  return (
    <footer class="site-bar" aria-label="This site">
      {builtIn || added ? (
        <>
          <span class="site-state">
            {paused ? 'Paused on ' : 'On for '}
            <strong>{hostname}</strong>
            {builtIn ? '' : ' (added by you)'}
          </span>
          <span class="site-actions">
            {locked ? (
              <span class="site-state">Set by your organisation</span>
            ) : (
              <button type="button" class="button" onClick={() => void setPaused(!paused)}>
                {paused ? 'Resume on this site' : 'Pause on this site'}
              </button>
            )}
            {added && !builtIn && (
              <button type="button" class="button" onClick={() => void remove()}>
                Remove site
              </button>
            )}
          </span>
        </>
      ) : (
        <>
          <span class="site-state">
            Not on <strong>{hostname}</strong>
          </span>
          <button type="button" class="button" onClick={() => void enable()}>
            Enable on this site
          </button>
        </>
      )}
      {error && (
        <p class="site-error" role="alert">
          {error}
        </p>
      )}
    </footer>
  );
}
