import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { BUILT_IN_MATCHES } from './lib/sites';

// Firefox's add-on id; tests pin a UUID for it, so keep it stable.
export const GECKO_ID = 'jargon-lens@jargonlens.app';

export default defineConfig({
  // Explicit imports keep the structure visible: a reader sees where every name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // The glossary is bundled into extension pages on purpose (it works offline); it is data, not code bloat.
    build: { chunkSizeWarningLimit: 4096 },
    resolve: {
      alias: {
        // WXT's own context announces the content script to the page (postMessage and a DOM event
        // named after the extension id). This one keeps the API and stays silent.
        'wxt/utils/content-script-context': resolve(import.meta.dirname, 'lib/page/quiet-context.ts'),
      },
    },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
  manifest: ({ browser }) => ({
    name: 'Jargon Lens',
    description:
      'Industry jargon explained for recruiters: what a term means, interview questions and boolean searches. Works offline.',
    action: { default_title: 'Jargon Lens' },
    // Each permission is justified in PRIVACY.md.
    // clipboardWrite (no prompt): the hover card copies from the extension, never through the page;
    // Chrome does it in an offscreen document, Firefox in its background page.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    commands: {
      'toggle-highlighting': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Turn highlighting on or off in the current tab',
      },
    },
    // The built-in sites, where the content script already runs: host permission lets the background
    // insert the highlight's style rule into those pages (scripting.insertCSS), which content script
    // matches alone do not allow. Install warnings are the same: the content scripts name these sites.
    host_permissions: [...BUILT_IN_MATCHES],
    // "Enable on this site" asks for one origin at a time, at run time.
    optional_host_permissions: ['*://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Firefox's data consent: this add-on collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142 (addons-linter).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'docs/**', '.ci/**'],
  },
});
