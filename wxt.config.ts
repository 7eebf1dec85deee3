import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { buildGlossaryArtifacts } from './lib/glossary/build-artifacts';
import { glossarySourcesIn, sectorsBeside } from './lib/glossary/sources-from-disk';
import { BUILT_IN_MATCHES } from './lib/sites';
import { MANAGED_SCHEMA } from './lib/policy/managed-schema';

// Firefox's add-on id; tests pin a UUID for it, and enterprise policy (policies.json `3rdparty`)
// is keyed by it, so keep it stable.
export const GECKO_ID = 'jargon-lens@jargonlens.app';

/**
 * The glossary compiled into the package (lib/glossary/artifacts.ts). Benchmarks build with a
 * generated glossary (JARGON_LENS_GLOSSARY) into their own folder (JARGON_LENS_OUT_DIR).
 */
const GLOSSARY_DIR = resolve(import.meta.dirname, process.env.JARGON_LENS_GLOSSARY ?? 'data/glossary');

/**
 * The Chrome build's public key (base64 DER). Chrome derives the extension id from it, so every
 * build, unpacked or packed, has the id CHROME_EXTENSION_ID, under which enterprise policy for
 * the extension is delivered (README, "For IT administrators"). The private key is not in the repo.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwo0caNdEHPYXLby9Zmzugn1WyaLs0fSpYfUoqEhCV1DZc+YKZIywklPQJScbNy1bDUABryxttMflauKCOuzEgbpS88BHP1HGa0T7M/YziAIzxebETcFQuot28r7Ny/fanqqVklddPe+gG2ZFEC5Ben0Oq9LshW9cjGxfTqcxnPsNKamADPEsp/qHFACDnt02eJ+I1MgXafDnfRWieHMr/ScuwfcYmo2ZU75a/pgpTv8+nBnUVL+1WUo2RbRDzAFuPQKl086JaPScXkaiHGAxzC/iOD9ofXSk0QOiXC7k9GZ/RKV3IZQS4SmdUHP3LYPYNW7WapcA13dGAhnVy1MH3wIDAQAB';
export const CHROME_EXTENSION_ID = 'ljplimmbifjbapohonpjldncncdgneap';

/** Where the Chrome build carries its policy schema (generated from lib/policy/managed-schema.ts). */
const MANAGED_SCHEMA_FILE = 'managed-schema.json';

export default defineConfig({
  // Explicit imports keep the structure visible: a reader sees where every name comes from.
  imports: false,
  ...(process.env.JARGON_LENS_OUT_DIR ? { outDir: process.env.JARGON_LENS_OUT_DIR } : {}),
  hooks: {
    // Validates data/glossary/ (a problem fails the build, named file › term › field) and writes
    // the glossary's artifacts into the package: the matcher, the lookup shards, cards and entries.
    'build:publicAssets': (wxt, files) => {
      const build = buildGlossaryArtifacts(glossarySourcesIn(GLOSSARY_DIR, import.meta.dirname), sectorsBeside(GLOSSARY_DIR, import.meta.dirname));
      for (const [relativeDest, contents] of build.files) files.push({ relativeDest, contents });
      // Chrome checks enterprise policy for the extension against this schema (lib/policy/managed-schema.ts).
      if (wxt.config.browser !== 'firefox') files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(MANAGED_SCHEMA, null, 2)}\n` });
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
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
      : {
          minimum_chrome_version: '116',
          key: CHROME_PUBLIC_KEY,
          // Enterprise policy for the extension (Firefox reads policies.json's `3rdparty` without a schema).
          storage: { managed_schema: MANAGED_SCHEMA_FILE },
        }),
  }),
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'docs/**', '.ci/**'],
  },
});
