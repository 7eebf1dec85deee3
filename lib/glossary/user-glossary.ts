/** The shipped glossary with the user's own terms, for every extension page and the background. */
import { loadCustomTerms, watchCustomTerms } from '../custom/store';
import { shippedGlossary } from './shipped';
import type { Glossary } from './types';
import { withCustomTerms } from './with-custom';

export async function loadUserGlossary(): Promise<Glossary> {
  return withCustomTerms(shippedGlossary(), await loadCustomTerms());
}

export function watchUserGlossary(callback: (glossary: Glossary) => void): () => void {
  return watchCustomTerms((terms) => callback(withCustomTerms(shippedGlossary(), terms)));
}
