import { useState } from 'preact/hooks';
import type { CatalogIndustry } from '../lib/glossary/catalog';

interface Props {
  industries: readonly CatalogIndustry[];
  /** The slugs switched on. */
  chosen: readonly string[];
  disabled: boolean;
  onChange: (chosen: readonly string[]) => void;
}

/**
 * Which industries are highlighted: forty-odd checkboxes grouped by sector, each group with "All"
 * and "None", and a filter that narrows the list as you type.
 */
export function IndustryChoices({ industries, chosen, disabled, onChange }: Props) {
  const [filter, setFilter] = useState('');
  const words = filter.trim().toLowerCase();
  const sectors: { name: string; items: CatalogIndustry[] }[] = [];
  for (const industry of industries) {
    const name = industry.sector ?? 'Your own';
    const sector = sectors.find((candidate) => candidate.name === name);
    if (sector) sector.items.push(industry);
    else sectors.push({ name, items: [industry] });
  }
  const set = (slugs: readonly string[], on: boolean) => onChange(on ? [...new Set([...chosen, ...slugs])] : chosen.filter((slug) => !slugs.includes(slug)));
  const shown = (industry: CatalogIndustry) => words === '' || industry.name.toLowerCase().includes(words) || (industry.sector ?? '').toLowerCase().includes(words);

  return (
    <div class="industry-sectors">
      <div class="inline-form">
        <label for="industry-filter">Filter the list</label>
        <input id="industry-filter" type="search" value={filter} onInput={(event) => setFilter(event.currentTarget.value)} placeholder="e.g. health, trades" />
        <span class="choice-count" aria-live="polite">
          {chosen.length} of {industries.length} on
        </span>
      </div>
      {sectors.map((sector) => {
        const visible = sector.items.filter(shown);
        if (visible.length === 0) return null;
        const slugs = sector.items.map((industry) => industry.slug);
        const on = slugs.filter((slug) => chosen.includes(slug)).length;
        return (
          <fieldset key={sector.name} class="industry-choices" disabled={disabled}>
            <legend>
              {sector.name} <span class="choice-count">({on} of {slugs.length})</span>
            </legend>
            <div class="sector-actions">
              <button type="button" class="link-button" onClick={() => set(slugs, true)} aria-label={`All in ${sector.name}`}>
                All
              </button>
              <button type="button" class="link-button" onClick={() => set(slugs, false)} aria-label={`None in ${sector.name}`}>
                None
              </button>
            </div>
            <div class="toggle-grid">
              {visible.map((industry) => (
                <label key={industry.slug} class="word-choice">
                  <input type="checkbox" checked={chosen.includes(industry.slug)} onChange={(event) => set([industry.slug], event.currentTarget.checked)} />
                  {industry.name}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
