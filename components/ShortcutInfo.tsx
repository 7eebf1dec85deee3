import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The keyboard shortcut that switches highlighting in the current tab, and where to change it. */
export function ShortcutInfo() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands.getAll().then((commands) => setShortcut(commands.find((command) => command.name === 'toggle-highlighting')?.shortcut || ''));
  }, []);
  const firefox = navigator.userAgent.includes('Firefox');
  return (
    <section class="settings-section" id="shortcut" aria-labelledby="shortcut-title">
      <h2 id="shortcut-title">Keyboard</h2>
      <p>
        Switch highlighting off or on in the current tab: <kbd>{shortcut === null ? '…' : shortcut || 'not set'}</kbd>
      </p>
      <p class="section-hint">
        {firefox
          ? 'To change it, open about:addons, press the gear button and choose “Manage Extension Shortcuts”.'
          : 'To change it, open chrome://extensions/shortcuts (Edge: edge://extensions/shortcuts).'}
      </p>
      <p class="section-hint">
        On a page, rest the pointer on a highlighted term for its card; <kbd>Alt</kbd>+<kbd>J</kbd> moves focus into the card and <kbd>Esc</kbd> closes it.
      </p>
    </section>
  );
}
