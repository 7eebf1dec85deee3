import type { ComponentChildren } from 'preact';
import type { Catalog } from '../lib/glossary/catalog';
import type { Settings, SettingsView } from '../lib/settings';
import { AboutSection } from './AboutSection';
import { DiagnosticsSettings } from './DiagnosticsSettings';
import { HighlightSettings } from './HighlightSettings';
import { MutedTerms } from './MutedTerms';
import { PolicyProblems } from './PolicyProblems';
import { SearchDefaults } from './SearchDefaults';
import { ShortcutInfo } from './ShortcutInfo';
import { SitesSettings } from './SitesSettings';

interface Props {
  glossary: Catalog;
  settings: Settings;
  /** Which settings and sites the organisation's policy set, and which policies were ignored. */
  view?: Pick<SettingsView, 'managed' | 'sites' | 'problems'>;
  /** The user's own terms and team glossaries (their own sections). */
  children?: ComponentChildren;
}

/** The options page: every choice applies to open tabs at once (they watch the same storage). */
export function OptionsApp({ glossary, settings, view, children }: Props) {
  return (
    <div class="page">
      <header class="page-header">
        <h1>Jargon Lens settings</h1>
        <nav aria-label="Sections">
          <a href="#sites">Sites</a> · <a href="#highlighting">Highlighting</a> · <a href="#muted">Not highlighted</a> · <a href="#searches">Searches</a> · <a href="#your-terms">Your terms</a> ·{' '}
          <a href="#shortcut">Keyboard</a> · <a href="#diagnostics">Diagnostics</a> · <a href="#about">About</a>
        </nav>
      </header>
      <main>
        <PolicyProblems settingsProblems={view?.problems ?? []} />
        <SitesSettings settings={settings} managedSites={view?.sites ?? {}} />
        <HighlightSettings settings={settings} industries={glossary.industries} managed={view?.managed ?? {}} />
        <MutedTerms glossary={glossary} settings={settings} managed={view?.managed ?? {}} />
        <SearchDefaults settings={settings} managed={view?.managed ?? {}} />
        {children}
        <ShortcutInfo />
        <DiagnosticsSettings settings={settings} />
        <AboutSection termCount={glossary.terms.length} industryCount={glossary.industries.length} />
      </main>
    </div>
  );
}
