import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildSearch, PART_CAP } from '../lib/boolean/build';
import { numberedCopyText } from '../lib/boolean/card-search';
import { splitTopLevel } from '../lib/boolean/expr';
import { requestForTerms } from '../lib/boolean/from-terms';
import { lintUserWords } from '../lib/boolean/lint-user-words';
import { PLATFORMS, platformById } from '../lib/boolean/platforms';
import type { LintProblem, Mode, Platform } from '../lib/boolean/types';
import { describeUncovered } from '../lib/boolean/uncovered-text';
import { LINKEDIN_COUNTRIES } from '../lib/boolean/xray';
import type { GlossaryTerm } from '../lib/glossary/types';
import { DEFAULT_SEARCH_PREFS, rememberCopied, repairSearchPrefs, withAddedWord, type AddedWords, type SearchPrefs } from '../lib/search-prefs';
import { searchPrefsItem } from '../lib/storage/items';
import { CopyButton } from './CopyButton';
import { SearchPartView } from './SearchPartView';
import { UserWordsField } from './UserWordsField';
import { WordPicker, wordLists } from './WordPicker';

interface Props {
  /** One term (an entry) or several (found on a profile). */
  terms: readonly GlossaryTerm[];
  /** Unique per page: ties labels to their fields. */
  id: string;
}

/** Platforms whose LinkedIn X-ray takes a country subdomain. */
const COUNTRY_PLATFORMS: ReadonlySet<string> = new Set(['google-xray', 'bing-xray']);
const REPO_STEPS = [0, 1, 5, 10, 25];
const FOLLOWER_STEPS = [0, 10, 50, 100, 500];
const FAMILIES: readonly Platform['family'][] = ['LinkedIn', 'X-ray', 'Other'];
const NO_WORDS: AddedWords = { forms: [], titles: [] };

/** The last choices seen on this page: the next entry starts from them at once, not after a storage read. */
let lastPrefs: SearchPrefs | undefined;

/** A switched-off word, by its list and text. */
const offKey = (list: string, word: string) => `${list}\u0000${word}`;

/**
 * Boolean searches for a term (or several) that are right for the chosen platform: strict or broad,
 * every name and title switchable and the user's own addable, a location, keyword and exclusions
 * typed as boolean if they like, live counters and warnings, and the search split into numbered
 * parts (each form meeting each title in one of them) where the platform reads only so much.
 */
export function SearchBuilder({ terms, id }: Props) {
  const [prefs, setPrefs] = useState<SearchPrefs>(lastPrefs ?? DEFAULT_SEARCH_PREFS);
  /** Words the user switched off in this builder. */
  const [off, setOff] = useState<ReadonlySet<string>>(new Set());
  /** Every part, past the cap, instead of the search kept to the cap. */
  const [allParts, setAllParts] = useState(false);
  /** The exclude box as typed (entries are parsed from it; commas would vanish if re-joined while typing). */
  const [excludeText, setExcludeText] = useState((lastPrefs ?? DEFAULT_SEARCH_PREFS).exclude.join(', '));
  const key = terms.map((term) => term.id).join('+');

  useEffect(() => {
    void searchPrefsItem.getValue().then((stored) => {
      const loaded = (lastPrefs = repairSearchPrefs(stored));
      setPrefs(loaded);
      setExcludeText(loaded.exclude.join(', '));
    });
  }, []);
  useEffect(() => {
    setOff(new Set());
    setAllParts(false);
  }, [key]);

  const change = (next: Partial<SearchPrefs>) => {
    const merged = { ...(lastPrefs ?? prefs), ...next };
    lastPrefs = merged;
    setPrefs(merged);
    void searchPrefsItem.setValue(merged);
  };

  const industries = [...new Set(terms.map((term) => term.industrySlug))];
  const offered = PLATFORMS.filter((platform) => platform.offeredFor(industries));
  const platform = offered.find((candidate) => candidate.id === prefs.platformId) ?? platformById('linkedin')!;
  const added = (wordsKey: string) => prefs.added[wordsKey] ?? NO_WORDS;
  const broad = prefs.mode === 'broad';
  const lists = wordLists(terms, added, key, broad);
  const isOn = (list: string, word: string) => !off.has(offKey(list, word));
  const excludeEntries = prefs.exclude;

  const request = useMemo(() => {
    const base = requestForTerms(terms, {
      mode: prefs.mode,
      extraForms: terms.map((term) => added(term.id).forms),
      extraTitles: added(key).titles,
      keyword: prefs.keyword.trim() || undefined,
      location: prefs.location.trim() || undefined,
      exclude: excludeEntries,
      // The country is a LinkedIn X-ray subdomain: other platforms would only report it unused.
      country: COUNTRY_PLATFORMS.has(platform.id) ? prefs.country || undefined : undefined,
      minRepos: prefs.minRepos,
      minFollowers: prefs.minFollowers,
    });
    // Switched-off words leave the request: names term by term, titles for all.
    return {
      ...base,
      groups: base.groups.map((group, index) => ({ forms: group.forms.filter((form) => isOn(`form-${terms[index]?.id ?? ''}`, form)) })).filter((group) => group.forms.length > 0),
      titles: base.titles.filter((title) => isOn('title', title)),
    };
  }, [terms, prefs, off, platform]);
  const result = useMemo(() => buildSearch(platform, request, { applyCap: !allParts }), [platform, request, allParts]);

  const toggle = (list: string, word: string) => {
    const next = new Set(off);
    const entry = offKey(list, word);
    if (next.has(entry)) next.delete(entry);
    else next.add(entry);
    setOff(next);
  };
  /** Added names belong to their term; added titles to the search (the term, or the combination). */
  const wordsKeyOf = (list: string) => (list.startsWith('form-') ? list.slice('form-'.length) : key);
  const addWord = (list: string, word: string, remove = false) =>
    change({ added: withAddedWord(prefs.added, wordsKeyOf(list), list === 'title' ? 'titles' : 'forms', word, remove) });

  const subject = terms.map((term) => term.name).join(' + ');
  const remember = (text: string, what: string) =>
    void rememberCopied({ text, platformLabel: what ? `${platform.label} ${what}` : platform.label, subject, copiedAt: Date.now() });
  const f = (name: string) => `${id}-${name}`;
  const wordsOn = lists.reduce((total, list) => total + (list.disabledReason ? 0 : [...list.words, ...list.added].filter((word) => isOn(list.key, word)).length), 0);
  const wordsAll = lists.reduce((total, list) => total + (list.disabledReason ? 0 : list.words.length + list.added.length), 0);

  const keywordProblems = lintUserWords(platform, prefs.keyword, 'keyword');
  const excludeProblems: LintProblem[] = excludeEntries.flatMap((entry, index) =>
    lintUserWords(platform, entry, 'exclude').map((problem) => ({
      ...problem,
      fix: problem.fix === null ? null : excludeEntries.map((other, at) => (at === index ? problem.fix : other)).join(', '),
    })),
  );
  const setExclude = (text: string) => {
    setExcludeText(text);
    change({ exclude: splitTopLevel(text) });
  };
  const advice = result.capAdvice;
  const isGitHub = platform.id === 'github';

  return (
    <div class="search-builder">
      <div class="field-row">
        <label for={f('platform')}>Platform</label>
        <select id={f('platform')} value={platform.id} onChange={(event) => change({ platformId: event.currentTarget.value })}>
          {FAMILIES.map((family) => (
            <optgroup key={family} label={family}>
              {offered
                .filter((candidate) => candidate.family === family)
                .map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <p class="hint">{platform.summary}</p>
      {COUNTRY_PLATFORMS.has(platform.id) && (
        <div class="field-row">
          <label for={f('country')}>LinkedIn country</label>
          <select id={f('country')} value={prefs.country} onChange={(event) => change({ country: event.currentTarget.value })}>
            <option value="">All countries</option>
            {LINKEDIN_COUNTRIES.map(({ code, name }) => (
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
      <p class="hint">{broad ? 'Broad: the term in any of its names, whatever the job title.' : 'Strict: the term in any of its names AND one of the titles.'}</p>
      <WordPicker
        id={id}
        lists={lists}
        isOn={isOn}
        onToggle={toggle}
        onAdd={(list, word) => addWord(list, word)}
        onRemove={(list, word) => addWord(list, word, true)}
        summary={`${wordsOn} of ${wordsAll} on`}
      />
      <div class="field-grid">
        <label for={f('location')}>Location</label>
        <input id={f('location')} type="text" value={prefs.location} placeholder="e.g. Chicago" onInput={(event) => change({ location: event.currentTarget.value })} />
        <UserWordsField
          id={f('keyword')}
          label="Keyword"
          value={prefs.keyword}
          placeholder='e.g. healthcare, or Python OR Java'
          problems={keywordProblems}
          onInput={(value) => change({ keyword: value })}
        />
        <UserWordsField id={f('exclude')} label="Exclude" value={excludeText} placeholder="e.g. recruiter, intern" problems={excludeProblems} onInput={setExclude} />
        {isGitHub && (
          <>
            <label for={f('repos')}>Repositories</label>
            <select id={f('repos')} value={String(prefs.minRepos)} onChange={(event) => change({ minRepos: Number(event.currentTarget.value) })}>
              {REPO_STEPS.map((step) => (
                <option key={step} value={String(step)}>
                  {step === 0 ? 'Any number' : `At least ${step}`}
                </option>
              ))}
            </select>
            <label for={f('followers')}>Followers</label>
            <select id={f('followers')} value={String(prefs.minFollowers)} onChange={(event) => change({ minFollowers: Number(event.currentTarget.value) })}>
              {FOLLOWER_STEPS.map((step) => (
                <option key={step} value={String(step)}>
                  {step === 0 ? 'Any number' : `At least ${step}`}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      {result.notes.length > 0 && (
        <ul class="search-notes" aria-label="About this search">
          {result.notes.map((note) => (
            <li key={note.message} class={`note note--${note.level}`}>
              {note.message}
            </li>
          ))}
        </ul>
      )}
      {advice && advice.drop.length > 0 && (
        <p class="cap-choice">
          {allParts ? (
            <button type="button" class="button" onClick={() => setAllParts(false)}>
              Keep to {advice.cap} parts
            </button>
          ) : (
            <button type="button" class="button" onClick={() => setAllParts(true)}>
              Show all {advice.parts} parts (nothing left out)
            </button>
          )}
        </p>
      )}
      {result.uncovered.length > 0 && (
        <details class="uncovered">
          <summary>Not found by these searches ({result.uncovered.length})</summary>
          <ul>
            {result.uncovered.map((rect) => {
              const text = describeUncovered(rect, terms.map((term) => term.name));
              return <li key={text}>{text}</li>;
            })}
          </ul>
        </details>
      )}
      {result.parts.length > 1 && (
        <div class="part-actions">
          <CopyButton
            label={`Copy all ${result.parts.length} parts`}
            ariaLabel={`Copy all ${result.parts.length} parts of the ${platform.label} search, numbered`}
            getText={() => {
              const text = numberedCopyText(result.parts);
              remember(text, `${result.parts.length} parts`);
              return text;
            }}
          />
        </div>
      )}
      <ol class="search-parts" aria-label={`${platform.label} search strings`}>
        {result.parts.map((part) => (
          <SearchPartView key={part.number} part={part} total={result.parts.length} platform={platform} onCopied={remember} />
        ))}
      </ol>
      {result.parts.length > PART_CAP && !advice?.drop.length && <p class="hint">Choose fewer names or titles to need fewer parts.</p>}
    </div>
  );
}
