import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ownerLabel } from '../lib/custom/owner-label';
import type { Catalog } from '../lib/glossary/catalog';
import type { Level } from '../lib/glossary/types';
import { CombinedSearch } from './CombinedSearch';
import { CopiedSearches } from './CopiedSearches';
import { useEntries, useEntry, useLookup, useSummaries } from './hooks';
import { OptionList, optionId, type Option } from './OptionList';
import { SearchChecker } from './SearchChecker';
import { LookupField } from './LookupField';
import { TermView } from './TermView';
import { compareNames } from '../lib/compare-names';

interface Props {
  catalog: Catalog;
  /** A term to show, chosen from outside (the side panel follows the hover card's "Open full entry"). */
  shownTermId?: string | null;
  /** A search to show, chosen from outside ("Explain this" on a selection). */
  shownQuery?: string | null;
  /** Terms found on the page the popup is about: id → occurrences. */
  pageCounts?: Readonly<Record<string, number>>;
  /** Shown under the list (the site controls). */
  footer?: ComponentChildren;
}

type Home = 'page' | 'industries';

/** Tools opened from the home view; Escape goes back to the list. */
type Tool = 'combine' | 'checker' | 'history';

const LIST_ID = 'glossary-list';
/** Results whose one-line summaries load with the list (more as the keyboard moves down). */
const SUMMARIES_AHEAD = 12;

/** The options page, in a tab, at a section (`add=…` prefills a new term). */
function openOptions(hash: string): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${hash}` });
}

/**
 * The popup: one search box that stays in charge of the keyboard. With an empty box the glossary
 * is browsable by industry; typing searches; Enter opens a term; Escape always goes one step back.
 */
export function PopupApp({ catalog, shownTermId = null, shownQuery = null, pageCounts = {}, footer }: Props) {
  const pageTerms = useMemo(
    () =>
      Object.keys(pageCounts)
        .flatMap((id) => catalog.byId.get(id) ?? [])
        .sort((a, b) => compareNames(a.industry, b.industry) || compareNames(a.name, b.name)),
    [pageCounts, catalog],
  );
  /** The user's pick between the two home lists; until they pick, the page's terms come first when there are any. */
  const [homeChoice, setHome] = useState<Home | null>(null);
  const home: Home = homeChoice ?? (pageTerms.length > 0 ? 'page' : 'industries');
  const [query, setQuery] = useState('');
  const [industrySlug, setIndustrySlug] = useState<string | null>(null);
  /** Opened terms, newest last: following related links builds a trail that Escape walks back. */
  const [trail, setTrail] = useState<string[]>(shownTermId !== null && catalog.byId.has(shownTermId) ? [shownTermId] : []);
  const [activeIndex, setActiveIndex] = useState(0);
  const [level, setLevel] = useState<Level>('mid');
  const [tool, setTool] = useState<Tool | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (shownTermId === null) inputRef.current?.focus();
  }, []);
  useEffect(() => {
    if (shownTermId !== null && catalog.byId.has(shownTermId)) setTrail([shownTermId]);
  }, [shownTermId]);
  useEffect(() => {
    if (shownQuery === null) return;
    setQuery(shownQuery);
    setTrail([]);
    setTool(null);
    setActiveIndex(0);
  }, [shownQuery]);

  const industry = catalog.industries.find((candidate) => candidate.slug === industrySlug);
  const hasSectors = catalog.industries.some((item) => item.sector !== undefined);
  const openId = trail.at(-1) ?? null;
  const openTerm = useEntry(catalog, openId);
  const searching = query.trim() !== '';
  const found = useLookup(catalog, query);
  /** Results for what is typed now; until they arrive, the previous ones stay (no flicker). */
  const resultsCurrent = found.query === query;
  /** A pending catalog (entrypoints/popup/main.tsx) has no terms yet: the list is on its way. */
  const catalogLoading = catalog.terms.length === 0;
  const hits = searching ? found.hits : [];
  const shownRefs = searching ? hits.map((hit) => hit.term) : industry && !(home === 'page' && pageTerms.length > 0) ? industry.terms : [];
  // Summaries for the first results and a few past the one the keyboard is on: each industry's
  // cards are a file of their own, and fifty results of a typo search can span every industry.
  const summaries = useSummaries(catalog, shownRefs.slice(0, Math.max(SUMMARIES_AHEAD, activeIndex + SUMMARIES_AHEAD)));
  const pageEntries = useEntries(catalog, tool === 'combine' ? pageTerms.map((term) => term.id) : []);

  const list = useMemo((): { label: string; options: Option[]; choose: (index: number) => void } => {
    if (searching) {
      return {
        label: 'Matching terms',
        options: hits.map(({ term }) => {
          const own = ownerLabel(term);
          return { key: term.id, primary: term.name, meta: own ? `${own} · ${term.industry}` : term.industry, secondary: summaries.get(term.id) };
        }),
        choose: (index) => {
          if (resultsCurrent) {
            if (hits[index]) open(hits[index].term.id);
            return;
          }
          // Enter pressed before the results for the last keystroke arrived: open what they will show.
          void catalog.find(query).then((latest) => latest[index] && open(latest[index].term.id));
        },
      };
    }
    if (home === 'page' && pageTerms.length > 0) {
      return {
        label: 'Terms on this page',
        options: pageTerms.map((term) => ({ key: term.id, primary: term.name, group: term.industry, meta: `${pageCounts[term.id] ?? 0}×` })),
        choose: (index) => pageTerms[index] && open(pageTerms[index].id),
      };
    }
    if (industry) {
      return {
        label: `${industry.name} terms`,
        options: industry.terms.map((term) => ({ key: term.id, primary: term.name, secondary: summaries.get(term.id) })),
        choose: (index) => industry.terms[index] && open(industry.terms[index].id),
      };
    }
    return {
      label: 'Industries',
      options: catalog.industries.map((item) => ({
        key: item.slug,
        primary: item.name,
        meta: `${item.terms.length} ${item.terms.length === 1 ? 'term' : 'terms'}`,
        // Forty-odd industries read best in a few groups; the user's own industries come last.
        ...(hasSectors ? { group: item.sector ?? 'Your own' } : {}),
      })),
      choose: (index) => {
        const chosen = catalog.industries[index];
        if (chosen) {
          setIndustrySlug(chosen.slug);
          setActiveIndex(0);
        }
      },
    };
  }, [searching, hits, resultsCurrent, summaries, query, industry, catalog, home, pageTerms, pageCounts, hasSectors]);

  function open(id: string) {
    setTrail((current) => [...current, id]);
  }

  function back() {
    if (tool) {
      setTool(null);
      requestAnimationFrame(() => inputRef.current?.focus());
    } else if (trail.length > 0) {
      setTrail(trail.slice(0, -1));
      if (trail.length === 1) requestAnimationFrame(() => inputRef.current?.focus());
    } else if (industry && query === '') {
      const index = catalog.industries.indexOf(industry);
      setIndustrySlug(null);
      setActiveIndex(Math.max(index, 0));
    } else if (query !== '') {
      setQuery('');
      setActiveIndex(0);
    }
  }

  function onSearchKey(event: KeyboardEvent) {
    const count = list.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (count > 0) setActiveIndex((activeIndex + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) setActiveIndex((activeIndex - 1 + count) % count);
        break;
      case 'Enter':
        event.preventDefault();
        if (searching && !resultsCurrent) list.choose(activeIndex);
        else if (count > 0) list.choose(Math.min(activeIndex, count - 1));
        break;
      case 'Escape':
        if (query !== '' || industry || trail.length > 0 || tool) {
          // Keep the popup open: Escape here means "go back", not "close".
          event.preventDefault();
          event.stopPropagation();
          back();
        }
        break;
    }
  }

  function onTermKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      back();
    }
  }

  const showList = openId === null && !tool;
  const safeActive = Math.min(activeIndex, Math.max(list.options.length - 1, 0));

  return (
    <div class="popup">
      <header class="popup-header">
        <h1 class="brand">
          <img src="/icon/32.png" alt="" width={20} height={20} />
          Jargon Lens
        </h1>
        <LookupField
          inputRef={inputRef}
          value={query}
          listId={LIST_ID}
          expanded={showList && list.options.length > 0}
          activeOptionId={showList && list.options.length > 0 ? optionId(LIST_ID, safeActive) : undefined}
          onInput={(value) => {
            setQuery(value);
            setTool(null);
            setTrail([]);
            setActiveIndex(0);
          }}
          onKeyDown={onSearchKey}
        />
      </header>
      {/* While a list shows, the scrolling region itself takes focus, so keyboard users can scroll it too. */}
      <main
        class="popup-main"
        onKeyDown={onTermKey}
        tabIndex={showList ? 0 : undefined}
        aria-label={showList ? list.label : undefined}
        // Results for the last keystroke, or an entry being opened, are on their way.
        aria-busy={catalogLoading || (searching && !resultsCurrent) || (openId !== null && openTerm === undefined)}
      >
        {tool && openId === null ? (
          <>
            <button type="button" class="link-button back" onClick={back}>
              ← Back
            </button>
            {tool === 'combine' &&
              (pageEntries.length === pageTerms.length ? (
                <CombinedSearch terms={pageEntries} counts={pageCounts} />
              ) : (
                <p class="empty" role="status">
                  Loading the page's terms…
                </p>
              ))}
            {tool === 'checker' && <SearchChecker />}
            {tool === 'history' && <CopiedSearches />}
          </>
        ) : openId !== null ? (
          openTerm ? (
          <TermView
            term={openTerm}
            level={level}
            onLevelChange={setLevel}
            related={openTerm.related.flatMap((id) => catalog.byId.get(id) ?? [])}
            onOpenTerm={open}
            onBack={back}
            backLabel={trail.length > 1 ? 'Back' : searching ? 'Back to results' : industry ? `Back to ${industry.name}` : 'Back'}
          />
          ) : (
            <p class="empty" role="status">
              {openTerm === undefined ? 'Opening the entry…' : 'This term is no longer in the glossary.'}
            </p>
          )
        ) : (
          <>
            {!searching && industry && (
              <div class="list-heading">
                <button type="button" class="link-button back" onClick={back}>
                  ← All industries
                </button>
                <h2>
                  {industry.name} <span class="count">({industry.terms.length})</span>
                </h2>
              </div>
            )}
            {!searching && !industry && pageTerms.length > 0 && (
              <div class="home-switch" role="group" aria-label="Show">
                <button type="button" aria-pressed={home === 'page'} onClick={() => (setHome('page'), setActiveIndex(0))}>
                  On this page ({pageTerms.length})
                </button>
                <button type="button" aria-pressed={home === 'industries'} onClick={() => (setHome('industries'), setActiveIndex(0))}>
                  All industries
                </button>
              </div>
            )}
            {!searching && !industry && (
              <div class="tools" role="group" aria-label="Search tools">
                {pageTerms.length > 0 && (
                  <button type="button" class="button" onClick={() => setTool('combine')}>
                    Find people like this
                  </button>
                )}
                <button type="button" class="button" onClick={() => setTool('checker')}>
                  Check a string
                </button>
                <button type="button" class="button" onClick={() => setTool('history')}>
                  Copied searches
                </button>
              </div>
            )}
            {!searching && !industry && (home === 'industries' || pageTerms.length === 0) && !catalogLoading && (
              <h2 class="list-title">
                Browse {catalog.terms.length} terms in {catalog.industries.length} industries
              </h2>
            )}
            {searching && resultsCurrent && list.options.length === 0 ? (
              <p class="empty" role="status">
                No terms match “{query.trim()}”. Try fewer letters, an acronym or a job title.
              </p>
            ) : (
              <OptionList
                id={LIST_ID}
                label={list.label}
                options={list.options}
                activeIndex={safeActive}
                onChoose={list.choose}
                onPoint={setActiveIndex}
              />
            )}
            {searching && (
              <p class="add-own">
                Not in the glossary?{' '}
                <button type="button" class="link-button" onClick={() => openOptions(`add=${encodeURIComponent(query.trim())}`)}>
                  Add “{query.trim()}” as my term
                </button>
              </p>
            )}
            {searching && list.options.length > 0 && (
              <p class="visually-hidden" role="status">
                {list.options.length} {list.options.length === 1 ? 'result' : 'results'}
              </p>
            )}
          </>
        )}
      </main>
      {footer}
    </div>
  );
}
