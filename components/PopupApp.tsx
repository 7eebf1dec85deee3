import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ownerLabel } from '../lib/custom/owner-label';
import type { Glossary, Level } from '../lib/glossary/types';
import type { GlossaryLookup } from '../lib/lookup/glossary-lookup';
import { CombinedSearch } from './CombinedSearch';
import { CopiedSearches } from './CopiedSearches';
import { OptionList, optionId, type Option } from './OptionList';
import { SearchChecker } from './SearchChecker';
import { LookupField } from './LookupField';
import { TermView } from './TermView';

interface Props {
  glossary: Glossary;
  lookup: GlossaryLookup;
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

/** The options page, in a tab, at a section (`add=…` prefills a new term). */
function openOptions(hash: string): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${hash}` });
}

/**
 * The popup: one search box that stays in charge of the keyboard. With an empty box the glossary
 * is browsable by industry; typing searches; Enter opens a term; Escape always goes one step back.
 */
export function PopupApp({ glossary, lookup, shownTermId = null, shownQuery = null, pageCounts = {}, footer }: Props) {
  const pageTerms = useMemo(
    () =>
      Object.keys(pageCounts)
        .flatMap((id) => glossary.byId.get(id) ?? [])
        .sort((a, b) => a.industry.localeCompare(b.industry) || a.name.localeCompare(b.name)),
    [pageCounts, glossary],
  );
  /** The user's pick between the two home lists; until they pick, the page's terms come first when there are any. */
  const [homeChoice, setHome] = useState<Home | null>(null);
  const home: Home = homeChoice ?? (pageTerms.length > 0 ? 'page' : 'industries');
  const [query, setQuery] = useState('');
  const [industrySlug, setIndustrySlug] = useState<string | null>(null);
  /** Opened terms, newest last: following related links builds a trail that Escape walks back. */
  const [trail, setTrail] = useState<string[]>(shownTermId !== null && glossary.byId.has(shownTermId) ? [shownTermId] : []);
  const [activeIndex, setActiveIndex] = useState(0);
  const [level, setLevel] = useState<Level>('mid');
  const [tool, setTool] = useState<Tool | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (shownTermId === null) inputRef.current?.focus();
  }, []);
  useEffect(() => {
    if (shownTermId !== null && glossary.byId.has(shownTermId)) setTrail([shownTermId]);
  }, [shownTermId]);
  useEffect(() => {
    if (shownQuery === null) return;
    setQuery(shownQuery);
    setTrail([]);
    setTool(null);
    setActiveIndex(0);
  }, [shownQuery]);

  const industry = glossary.industries.find((candidate) => candidate.slug === industrySlug);
  const openTerm = trail.length > 0 ? glossary.byId.get(trail[trail.length - 1] ?? '') : undefined;

  const list = useMemo((): { label: string; options: Option[]; choose: (index: number) => void } => {
    if (query.trim() !== '') {
      const hits = lookup.find(query);
      return {
        label: 'Matching terms',
        options: hits.map(({ term }) => ({ key: term.id, primary: term.name, meta: ownerLabel(term) ? `${ownerLabel(term)} · ${term.industry}` : term.industry, secondary: term.summary })),
        choose: (index) => hits[index] && open(hits[index].term.id),
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
        options: industry.terms.map((term) => ({ key: term.id, primary: term.name, secondary: term.summary })),
        choose: (index) => industry.terms[index] && open(industry.terms[index].id),
      };
    }
    return {
      label: 'Industries',
      options: glossary.industries.map((item) => ({
        key: item.slug,
        primary: item.name,
        meta: `${item.terms.length} ${item.terms.length === 1 ? 'term' : 'terms'}`,
      })),
      choose: (index) => {
        const chosen = glossary.industries[index];
        if (chosen) {
          setIndustrySlug(chosen.slug);
          setActiveIndex(0);
        }
      },
    };
  }, [query, industry, glossary, lookup, home, pageTerms, pageCounts]);

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
      const index = glossary.industries.indexOf(industry);
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
        if (count > 0) list.choose(Math.min(activeIndex, count - 1));
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

  const searching = query.trim() !== '';
  const showList = !openTerm && !tool;
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
      <main class="popup-main" onKeyDown={onTermKey} tabIndex={showList ? 0 : undefined} aria-label={showList ? list.label : undefined}>
        {tool && !openTerm ? (
          <>
            <button type="button" class="link-button back" onClick={back}>
              ← Back
            </button>
            {tool === 'combine' && <CombinedSearch terms={pageTerms} counts={pageCounts} />}
            {tool === 'checker' && <SearchChecker />}
            {tool === 'history' && <CopiedSearches />}
          </>
        ) : openTerm ? (
          <TermView
            term={openTerm}
            level={level}
            onLevelChange={setLevel}
            related={openTerm.related.flatMap((id) => glossary.byId.get(id) ?? [])}
            onOpenTerm={open}
            onBack={back}
            backLabel={trail.length > 1 ? 'Back' : searching ? 'Back to results' : industry ? `Back to ${industry.name}` : 'Back'}
          />
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
            {!searching && !industry && (home === 'industries' || pageTerms.length === 0) && (
              <h2 class="list-title">
                Browse {glossary.terms.length} terms in {glossary.industries.length} industries
              </h2>
            )}
            {searching && list.options.length === 0 ? (
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
