// `npm test` drives real browsers. Without them, say so in one line before anything runs.
import { accessSync, constants } from 'node:fs';

const browsers = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', variable: 'CHROMIUM_PATH', debian: 'chromium' },
  { name: 'Firefox', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', variable: 'FIREFOX_PATH', debian: 'firefox-esr' },
];

const missing = browsers.filter(({ path }) => {
  try {
    accessSync(path, constants.X_OK);
    return false;
  } catch {
    return true;
  }
});

if (missing.length > 0) {
  const what = missing.map(({ name, path, variable, debian }) => `${name} (${path}: install Debian's ${debian}, or set ${variable})`).join('; ');
  console.error(`npm test needs real browsers for its end-to-end tests; missing ${what}. \`bash .ci/run\` installs them.`);
  process.exit(1);
}
