import { useEffect, useState } from 'preact/hooks';
import type { CustomTerm } from '../lib/custom/custom-term';
import { loadCustomTerms, saveCustomTerms, watchCustomTerms } from '../lib/custom/store';
import type { Catalog } from '../lib/glossary/catalog';
import type { Settings } from '../lib/settings';
import { CustomTermForm } from './CustomTermForm';
import { GlossaryStatusNotice } from './GlossaryStatusNotice';
import { TeamGlossary } from './TeamGlossary';

interface Props {
  glossary: Catalog;
  settings: Settings;
}

/** The user's own terms: add, edit, delete, and share them as a team file. */
export function CustomTermsSection({ glossary, settings }: Props) {
  const [terms, setTerms] = useState<readonly CustomTerm[]>([]);
  const [editing, setEditing] = useState<Partial<CustomTerm> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void loadCustomTerms().then(setTerms);
    // "Add as my term" from the popup or side panel lands here with the text prefilled.
    const add = new URLSearchParams(location.hash.slice(1)).get('add');
    if (add) {
      setEditing({ name: add.slice(0, 80) });
      requestAnimationFrame(() => document.getElementById('term-name')?.focus());
    }
    return watchCustomTerms(setTerms);
  }, []);

  async function store(next: readonly CustomTerm[], done: string) {
    const result = await saveCustomTerms(next);
    setMessage(result.ok ? done : result.reason === 'quota' ? `Not saved: the browser's storage for this extension is full (${result.message}).` : `Not saved: ${result.message}`);
    return result.ok;
  }

  async function save(term: CustomTerm) {
    const exists = terms.some((other) => other.id === term.id);
    const next = exists ? terms.map((other) => (other.id === term.id ? term : other)) : [...terms, term];
    if (await store(next, `Saved “${term.name}”. It is highlighted on open pages and found in the popup.`)) setEditing(null);
  }

  return (
    <section class="settings-section" id="your-terms" aria-labelledby="your-terms-title">
      <h2 id="your-terms-title">Your terms</h2>
      <p class="section-hint">
        Terms you add are highlighted on pages, searchable in the popup and marked “Yours”; a team's terms are marked with the team pack's name. They stay in this browser.
      </p>
      <GlossaryStatusNotice />
      {terms.length > 0 && (
        <table class="terms-table">
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col">Industry</th>
              <th scope="col">Summary</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id}>
                <th scope="row">{term.name}</th>
                <td>{term.industry}</td>
                <td>{term.summary}</td>
                <td class="row-actions">
                  <button type="button" class="button" aria-label={`Edit ${term.name}`} onClick={() => setEditing(term)}>
                    Edit
                  </button>
                  <button
                    type="button"
                    class="button"
                    aria-label={`Delete ${term.name}`}
                    onClick={() => void store(terms.filter((other) => other.id !== term.id), `Deleted “${term.name}”.`)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <CustomTermForm glossary={glossary} existing={terms} initial={editing} onSave={(term) => void save(term)} onCancel={() => setEditing(null)} />
      ) : (
        <div>
          <button type="button" class="button" onClick={() => setEditing({})}>
            Add a term
          </button>
        </div>
      )}
      {message && (
        <p class="section-hint" role="status">
          {message}
        </p>
      )}
      <TeamGlossary glossary={glossary} terms={terms} settings={settings} />
    </section>
  );
}
