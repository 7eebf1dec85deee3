import type { Catalog } from '../lib/glossary/catalog';
import { updateSettings, type Settings, type SettingsView } from '../lib/settings';
import { ManagedMark } from './ManagedMark';
import { compareNames } from '../lib/compare-names';

interface Props {
  glossary: Catalog;
  settings: Settings;
  /** Settings the organisation's policy set: marked, and read-only when locked. */
  managed?: SettingsView['managed'];
}

/** Terms the user chose not to highlight ("Don't highlight this" on a card or an entry), to bring back. */
export function MutedTerms({ glossary, settings, managed = {} }: Props) {
  const locked = managed.mutedTerms === 'locked';
  const unmute = (id: string) => void updateSettings((current) => ({ mutedTerms: current.mutedTerms.filter((muted) => muted !== id) }));
  const muted = [...settings.mutedTerms].sort((a, b) => compareNames(glossary.byId.get(a)?.name ?? a, glossary.byId.get(b)?.name ?? b));
  return (
    <section class="settings-section" id="muted" aria-labelledby="muted-title">
      <h2 id="muted-title">
        Not highlighted <ManagedMark mode={managed.mutedTerms} />
      </h2>
      <p class="section-hint">Terms you chose not to highlight on pages. They stay in the glossary, and travel with “Export my terms”.</p>
      {muted.length === 0 ? (
        <p class="section-hint">None yet. “Don’t highlight this” on a hover card or an entry adds a term here.</p>
      ) : (
        <ul class="muted-list">
          {muted.map((id) => {
            const term = glossary.byId.get(id);
            return (
              <li key={id}>
                <span>
                  {term?.name ?? id}
                  {term && <span class="muted-industry"> · {term.industry}</span>}
                </span>
                <button type="button" class="button" disabled={locked} onClick={() => unmute(id)} aria-label={`Highlight ${term?.name ?? id} again`}>
                  Highlight again
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
