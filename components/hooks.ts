/**
 * Hooks that bring catalog data into components: full entries and summaries load in pieces, so
 * a component asks for what it shows and re-renders when it arrives. A late answer for something
 * no longer shown is dropped.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Catalog, TermRef } from '../lib/glossary/catalog';
import type { GlossaryTerm } from '../lib/glossary/types';

/** The full entry of `id` (undefined while loading or unknown), or null when no id is given. */
export function useEntry(catalog: Catalog, id: string | null): GlossaryTerm | undefined | null {
  const [entry, setEntry] = useState<{ id: string; term: GlossaryTerm | undefined } | null>(null);
  useEffect(() => {
    if (id === null) return;
    let current = true;
    void catalog.entry(id).then((term) => current && setEntry({ id, term }));
    return () => {
      current = false;
    };
  }, [catalog, id]);
  if (id === null) return null;
  return entry?.id === id ? entry.term : undefined;
}

/** Full entries of several terms (empty until they arrive). */
export function useEntries(catalog: Catalog, ids: readonly string[]): readonly GlossaryTerm[] {
  const key = ids.join('\n');
  const [loaded, setLoaded] = useState<{ key: string; terms: readonly GlossaryTerm[] }>({ key: '', terms: [] });
  useEffect(() => {
    let current = true;
    void catalog.entries(ids).then((terms) => current && setLoaded({ key, terms }));
    return () => {
      current = false;
    };
  }, [catalog, key]);
  return loaded.key === key ? loaded.terms : [];
}

/** How long results must stay before their summaries are fetched. */
const SUMMARY_DELAY_MS = 120;

/** Summaries of the terms a list shows, filled in as their industries' cards load. */

export function useSummaries(catalog: Catalog, terms: readonly TermRef[]): ReadonlyMap<string, string> {
  const key = terms.map((term) => term.id).join('\n');
  const [summaries, setSummaries] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    // Results that change again within a keystroke's time load nothing (each industry's cards are a file).
    const timer = setTimeout(() => {
      void catalog.summaries(terms).then((found) => current && setSummaries((previous) => new Map([...previous, ...found])), () => undefined);
    }, SUMMARY_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [catalog, key]);
  return summaries;
}

/** Lookup results for a query, with the query they answer (so a stale list is never shown as current). */
export function useLookup(catalog: Catalog, query: string): { query: string; hits: Awaited<ReturnType<Catalog['find']>> } {
  const [result, setResult] = useState<{ query: string; hits: Awaited<ReturnType<Catalog['find']>> }>({ query: '', hits: [] });
  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    void catalog.find(query).then((hits) => current && setResult({ query, hits }));
    return () => {
      current = false;
    };
  }, [catalog, query]);
  return result;
}
