/** The shipped glossary with the user's own and their teams' terms, for every extension page and the background. */
import { loadOverlayTerms, watchOverlayTerms } from '../custom/overlay-terms';
import { shippedGlossary } from './shipped';
import type { Glossary } from './types';
import { withCustomTerms } from './with-custom';

export async function loadUserGlossary(): Promise<Glossary> {
  return withCustomTerms(shippedGlossary(), await loadOverlayTerms());
}

export function watchUserGlossary(callback: (glossary: Glossary) => void): () => void {
  return watchOverlayTerms((terms) => callback(withCustomTerms(shippedGlossary(), terms)));
}
