import { useState } from 'preact/hooks';
import type { GlossaryTerm } from '../lib/glossary/types';
import { SearchBuilder } from './SearchBuilder';
import { compareNames } from '../lib/compare-names';

interface Props {
  /** Terms found on the page, with how often each occurs. */
  terms: readonly GlossaryTerm[];
  counts: Readonly<Record<string, number>>;
}

/** How many of the most frequent terms start selected: enough to describe a profile, few enough to find people. */
const PRESELECTED = 3;

/** "Find more people like this": pick terms found on the profile, get one search for all of them. */
export function CombinedSearch({ terms, counts }: Props) {
  const byCount = [...terms].sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0) || compareNames(a.name, b.name));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(byCount.slice(0, PRESELECTED).map((term) => term.id)));
  const selected = byCount.filter((term) => chosen.has(term.id));
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  return (
    <section class="tool" aria-labelledby="combined-title">
      <h2 id="combined-title">Find people like this profile</h2>
      <p class="hint">Pick the terms that matter: a person must show each of them, in any of its names; their titles are OR-ed together.</p>
      <fieldset class="word-choices">
        <legend>Terms found on this page</legend>
        {byCount.map((term) => (
          <label key={term.id} class="word-choice">
            <input type="checkbox" checked={chosen.has(term.id)} onChange={() => toggle(term.id)} />
            {term.name} <span class="count">({counts[term.id] ?? 0}×)</span>
          </label>
        ))}
      </fieldset>
      {selected.length > 0 ? <SearchBuilder terms={selected} id="combined" /> : <p class="empty">Choose at least one term.</p>}
    </section>
  );
}
