import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { buildSearch } from '../lib/boolean/build';
import { requestForTerms } from '../lib/boolean/from-terms';
import { PLATFORMS, platformById } from '../lib/boolean/platforms';
import type { Counter, Mode } from '../lib/boolean/types';
import type { GlossaryTerm } from '../lib/glossary/types';
import { DEFAULT_SEARCH_PREFS, rememberCopied, repairSearchPrefs, type SearchPrefs } from '../lib/search-prefs';
import { searchPrefsItem } from '../lib/storage/items';
import { CopyButton } from './CopyButton';

interface Props {
  /** One term (an entry) or several (found on a profile). */
  terms: readonly GlossaryTerm[];
  /** Unique per page: ties labels to their fields. */
  id: string;
}

/** LinkedIn's country subdomains for X-ray searches; '' means all of linkedin.com. */
const COUNTRIES: readonly [string, string][] = [
  ['', 'All countries'],
  ['uk', 'United Kingdom'],
  ['ca', 'Canada'],
  ['au', 'Australia'],
  ['in', 'India'],
  ['de', 'Germany'],
  ['fr', 'France'],
  ['nl', 'Netherlands'],
  ['ie', 'Ireland'],
  ['sg', 'Singapore'],
  ['es', 'Spain'],
  ['br', 'Brazil'],
];

const COUNTER_LABEL: Record<Counter['kind'], string> = { words: 'words', terms: 'terms', characters: 'characters', operators: 'operators', titles: 'titles' };

/**
 * Boolean strings for a term (or several) that are right for the chosen platform: strict or
 * broad, with each alias, acronym and title switchable, a location, keyword and NOT list, live
 * counters and warnings, split into numbered parts where the platform would cut the string.
 */
/** The last choices seen on this page: the next entry starts from them at once, not after a storage read. */
let lastPrefs: SearchPrefs | undefined;

export function SearchBuilder({ terms, id }: Props) {
  const [prefs, setPrefs] = useState<SearchPrefs>(lastPrefs ?? DEFAULT_SEARCH_PREFS);
  /** Words the user switched off, as `kind:text`. */
  const [off, setOff] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void searchPrefsItem.getValue().then((stored) => setPrefs((lastPrefs = repairSearchPrefs(stored))));
  }, []);
  useEffect(() => setOff(new Set()), [terms.map((term) => term.id).join()]);

  const change = (next: Partial<SearchPrefs>) => {
    const merged = { ...prefs, ...next };
    lastPrefs = merged;
    setPrefs(merged);
    void searchPrefsItem.setValue(merged);
  };

  const industries = [...new Set(terms.map((term) => term.industrySlug))];
  const offered = PLATFORMS.filter((platform) => platform.offeredFor(industries));
  const platform = offered.find((candidate) => candidate.id === prefs.platformId) ?? platformById('linkedin')!;
  const aliases = [...new Set(terms.flatMap((term) => term.aliases))];
  const acronyms = [...new Set(terms.flatMap((term) => term.acronyms))];
  const titles = [...new Set(terms.flatMap((term) => [term.typicalTitle, ...term.relatedTitles]))];
  const on = (kind: string) => (text: string) => !off.has(`${kind}:${text}`);

  const result = useMemo(() => {
    const request = requestForTerms(terms, {
      mode: prefs.mode,
      aliases: aliases.filter(on('alias')),
      acronyms: acronyms.filter(on('acronym')),
      typicalTitle: true,
      relatedTitles: titles.filter(on('title')),
      keyword: prefs.keyword.trim() || undefined,
      location: prefs.location.trim() || undefined,
      exclude: prefs.exclude,
      country: prefs.country || undefined,
    });
    // The typical title is switched like the others: drop it from the request when it is off.
    const typicalOff = terms.filter((term) => off.has(`title:${term.typicalTitle}`)).map((term) => term.typicalTitle.toLowerCase());
    return buildSearch(platform, { ...request, titles: request.titles.filter((title) => !typicalOff.includes(title.toLowerCase())) });
  }, [terms, prefs, off, platform]);

  const toggle = (key: string) => {
    const next = new Set(off);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOff(next);
  };
  const subject = terms.map((term) => term.name).join(' + ');
  const f = (name: string) => `${id}-${name}`;

  const checkboxes = (kind: string, label: string, items: readonly string[]) =>
    items.length > 0 && (
      <fieldset class="word-choices">
        <legend>{label}</legend>
        {items.map((item) => (
          <label key={item} class="word-choice">
            <input type="checkbox" checked={!off.has(`${kind}:${item}`)} onChange={() => toggle(`${kind}:${item}`)} />
            {item}
          </label>
        ))}
      </fieldset>
    );

  return (
    <div class="search-builder">
      <div class="field-row">
        <label for={f('platform')}>Platform</label>
        <select id={f('platform')} value={platform.id} onChange={(event) => change({ platformId: event.currentTarget.value })}>
          {offered.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
      </div>
      <p class="hint">{platform.summary}</p>
      {platform.id.endsWith('xray') && (
        <div class="field-row">
          <label for={f('country')}>LinkedIn country</label>
          <select id={f('country')} value={prefs.country} onChange={(event) => change({ country: event.currentTarget.value })}>
            {COUNTRIES.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset class="mode-switch">
        <legend class="visually-hidden">Strict or broad</legend>
        {(['strict', 'broad'] as const satisfies readonly Mode[]).map((mode) => (
          <label key={mode} class="level-option">
            <input type="radio" name={f('mode')} value={mode} checked={prefs.mode === mode} onChange={() => change({ mode })} />
            <span>{mode === 'strict' ? 'Strict' : 'Broad'}</span>
          </label>
        ))}
      </fieldset>
      <p class="hint">
        {prefs.mode === 'strict' ? 'Strict: the term itself AND one of the titles.' : 'Broad: the term OR its other names, AND one of the titles.'}
      </p>
      <details class="word-picker">
        <summary>Choose aliases, acronyms and titles</summary>
        {checkboxes('alias', 'Aliases', aliases)}
        {checkboxes('acronym', 'Acronyms', acronyms)}
        {checkboxes('title', 'Titles', titles)}
      </details>
      <div class="field-grid">
        <label for={f('location')}>Location</label>
        <input id={f('location')} type="text" value={prefs.location} placeholder="e.g. Chicago" onInput={(event) => change({ location: event.currentTarget.value })} />
        <label for={f('keyword')}>Keyword</label>
        <input id={f('keyword')} type="text" value={prefs.keyword} placeholder="e.g. healthcare" onInput={(event) => change({ keyword: event.currentTarget.value })} />
        <label for={f('exclude')}>Exclude</label>
        <input
          id={f('exclude')}
          type="text"
          value={prefs.exclude.join(', ')}
          placeholder="e.g. recruiter, intern"
          onInput={(event) => change({ exclude: event.currentTarget.value.split(',').map((item) => item.trim()).filter(Boolean) })}
        />
      </div>
      {result.notes.length > 0 && (
        <ul class="search-notes">
          {result.notes.map((note) => (
            <li key={note.message} class={`note note--${note.level}`}>
              {note.message}
            </li>
          ))}
        </ul>
      )}
      <ol class="search-parts" aria-label={`${platform.label} search strings`}>
        {result.parts.map((part) => (
          <li key={part.number} class="search-part">
            {result.parts.length > 1 && <p class="part-label">Part {part.number} of {result.parts.length}</p>}
            <output class="query" aria-label={`Search string${result.parts.length > 1 ? ` ${part.number}` : ''}`}>
              {part.text}
            </output>
            <p class="counters">
              {part.counters.map((counter) => (
                <span key={counter.kind} class={counter.limit && counter.value > counter.limit.max ? 'counter counter--over' : 'counter'}>
                  {counter.value}
                  {counter.limit ? ` / ${counter.limit.max}` : ''} {COUNTER_LABEL[counter.kind]}
                </span>
              ))}
            </p>
            <div class="part-actions">
              <CopyButton
                label="Copy"
                ariaLabel={`Copy ${platform.label} search${result.parts.length > 1 ? ` part ${part.number}` : ''}`}
                getText={() => {
                  void rememberCopied({ text: part.text, platformLabel: platform.label, subject, copiedAt: Date.now() });
                  return part.text;
                }}
              />
              {part.url && (
                <button type="button" class="button" aria-label={`Open ${platform.label} search${result.parts.length > 1 ? ` part ${part.number}` : ''}`} onClick={() => void browser.tabs.create({ url: part.url! })}>
                  Open
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
