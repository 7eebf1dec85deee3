/**
 * The catalog for an extension page: the shipped term index from the package, the user's and the
 * team's terms from storage, and a fresh catalog whenever those change.
 */
import { loadOverlayTerms, watchOverlayTerms } from '../custom/overlay-terms';
import { buildCatalog, type Catalog, type OwnTerm } from './catalog';
import { loadCards, loadEntries, loadLookupShard, loadTermIndex, loadVocabulary } from './package-files';

const packageSources = { lookupShard: loadLookupShard, vocabulary: loadVocabulary, entries: loadEntries, cards: loadCards };

export async function loadCatalog(): Promise<Catalog> {
  const [index, own] = await Promise.all([loadTermIndex(), loadOwnTerms()]);
  return buildCatalog(index, own, packageSources);
}

export function watchCatalog(callback: (catalog: Catalog) => void): () => void {
  return watchOwnTerms((own) => void loadTermIndex().then((index) => callback(buildCatalog(index, own, packageSources))));
}

/** The user's own terms, the imported team packs' and the organisation's (policy), as the catalog merges them. */
export function loadOwnTerms(): Promise<OwnTerm[]> {
  return loadOverlayTerms();
}

export function watchOwnTerms(callback: (terms: OwnTerm[]) => void): () => void {
  return watchOverlayTerms(callback);
}
