/**
 * The combinations a search does not find, in a sentence each, for the Search section's list:
 * `"DMADV" with any title: left out to keep to 4 parts`.
 */
import { listOf } from './rewrite';
import type { Uncovered } from './types';

export function describeUncovered(rect: Uncovered, termNames: readonly string[]): string {
  const named = rect.groups.flatMap((forms, index) => (forms === null ? [] : [termNames.length > 1 ? `${listOf(forms, 4)} (${termNames[index] ?? ''})` : listOf(forms, 4)]));
  const forms = named.length === 0 ? 'Anyone' : named.join(' and ');
  const titles = rect.titles === null ? 'any title' : listOf(rect.titles, 4);
  return `${forms} with ${titles}: ${rect.reason}`;
}
