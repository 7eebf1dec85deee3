/** Keeps the stored compiled matcher in step with the glossary the background holds. */
import { compileMatcher, type MatchableTerm } from '../matcher/compile';
import { matcherItem } from '../storage/items';

/** FNV-1a over every matchable form: cheap, and changes whenever a form does. */
export function fingerprint(terms: readonly MatchableTerm[]): string {
  let hash = 0x811c9dc5;
  for (const term of terms) {
    for (const form of [term.id, term.name, ...term.aliases, '|', ...term.acronyms, term.nameMatchCase ? '!' : '']) {
      for (let i = 0; i < form.length; i++) hash = Math.imul(hash ^ form.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 0x1f, 0x01000193);
    }
  }
  return `${terms.length}-${(hash >>> 0).toString(36)}`;
}

// Syncs run one after another: the last glossary asked for is the one stored, never an older one.
let queue: Promise<void> = Promise.resolve();

export function syncCompiledMatcher(terms: readonly MatchableTerm[]): Promise<void> {
  queue = queue.then(async () => {
    const print = fingerprint(terms);
    const stored = await matcherItem.getValue();
    if (stored?.fingerprint === print) return;
    await matcherItem.setValue({ fingerprint: print, matcher: compileMatcher(terms) });
  }).catch(() => undefined);
  return queue;
}
