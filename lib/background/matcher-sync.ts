/** Keeps the stored compiled matcher in step with the glossary the background holds. */
import { isQuotaError } from '../custom/store';
import { compileMatcher, type MatchableTerm } from '../matcher/compile';
import { glossaryStatusItem, matcherItem, type GlossaryStatus } from '../storage/items';

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

/** Records what went wrong for the options page (null once it works again): never swallowed. */
async function report(status: GlossaryStatus | null): Promise<void> {
  const current = await glossaryStatusItem.getValue().catch(() => null);
  if (status === null && current === null) return;
  await glossaryStatusItem.setValue(status).catch(() => undefined);
}

function failure(stage: GlossaryStatus['stage'], error: unknown): GlossaryStatus {
  const detail = error instanceof Error ? error.message : String(error);
  return isQuotaError(error)
    ? { stage, reason: 'quota', at: Date.now(), message: `The browser's storage for Jargon Lens is full, so pages still use the terms from before (${detail}). Remove a team pack or some of your terms.` }
    : { stage, reason: 'other', at: Date.now(), message: `${stage === 'compile' ? 'Your and your team\'s terms could not be prepared for pages' : 'Your and your team\'s terms could not be stored for pages'}: ${detail}` };
}

export function syncCompiledMatcher(terms: readonly MatchableTerm[]): Promise<void> {
  queue = queue.then(async () => {
    const print = fingerprint(terms);
    const stored = await matcherItem.getValue();
    if (stored?.fingerprint === print) return report(null);
    let matcher: ReturnType<typeof compileMatcher>;
    try {
      matcher = compileMatcher(terms);
    } catch (error) {
      return report(failure('compile', error));
    }
    try {
      await matcherItem.setValue({ fingerprint: print, matcher });
    } catch (error) {
      return report(failure('write', error));
    }
    return report(null);
  }).catch(() => undefined);
  return queue;
}
