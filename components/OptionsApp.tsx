import type { ComponentChildren } from 'preact';
import type { Glossary } from '../lib/glossary/types';
import type { Settings } from '../lib/settings';
import { AboutSection } from './AboutSection';
import { DiagnosticsSettings } from './DiagnosticsSettings';
import { HighlightSettings } from './HighlightSettings';
import { SearchDefaults } from './SearchDefaults';
import { ShortcutInfo } from './ShortcutInfo';
import { SitesSettings } from './SitesSettings';

interface Props {
  glossary: Glossary;
  settings: Settings;
  /** The user's own terms and team glossaries (their own sections). */
  children?: ComponentChildren;
}

/** The options page: every choice applies to open tabs at once (they watch the same storage). */
export function OptionsApp({ glossary, settings, children }: Props) {
  return (
    <div class="page">
      <header class="page-header">
        <h1>Jargon Lens settings</h1>
        <nav aria-label="Sections">
          <a href="#sites">Sites</a> · <a href="#highlighting">Highlighting</a> · <a href="#searches">Searches</a> · <a href="#your-terms">Your terms</a> ·{' '}
          <a href="#shortcut">Keyboard</a> · <a href="#diagnostics">Diagnostics</a> · <a href="#about">About</a>
        </nav>
      </header>
      <main>
        <SitesSettings settings={settings} />
        <HighlightSettings settings={settings} industries={glossary.industries} />
        <SearchDefaults settings={settings} />
        {children}
        <ShortcutInfo />
        <DiagnosticsSettings settings={settings} />
        <AboutSection termCount={glossary.terms.length} industryCount={glossary.industries.length} />
      </main>
    </div>
  );
}
