/**
 * Keeps what content scripts read in storage in step with the package and the user's terms:
 * the shipped page glossary (copied from the package when the build changes: install, update, or
 * an artifact a content script could not read), and the overlay of own terms (recompiled when they
 * change). A write that fails (a full quota) is recorded where the options page shows it.
 */
import type { OwnTerm } from '../glossary/catalog';
import { compileOverlay, emptyOverlay, ownVersionOf } from '../glossary/overlay';
import { checkPageGlossary } from '../glossary/page-artifact';
import { loadManifest, loadPageGlossary, loadTermIndex } from '../glossary/package-files';
import { isQuotaError } from '../custom/store';
import { glossaryOverlayItem, glossaryPageItem, glossaryStampItem, glossaryStatusItem } from '../storage/items';

// Syncs run one after another: the last state asked for is the one stored, never an older one.
let queue: Promise<unknown> = Promise.resolve();
function serialised(task: () => Promise<void>): Promise<void> {
  const next = queue.then(task);
  queue = next.catch(() => undefined);
  return next;
}

async function recordFailure(error: unknown, stage: 'compile' | 'write'): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const status = isQuotaError(error)
    ? { reason: 'quota' as const, stage, message: 'Your own and team terms could not be stored for highlighting: the browser has no more storage space for Jargon Lens. Remove some terms or team packs.', at: Date.now() }
    : { reason: 'other' as const, stage, message: `Your own and team terms could not be prepared for highlighting: ${message}`, at: Date.now() };
  await glossaryStatusItem.setValue(status).catch(() => undefined);
}

/**
 * Storage holds this build's page glossary (`force`: write it again even if the stamp says so,
 * because a content script found it unreadable) and an overlay of `own`.
 */
export function syncGlossary(own: readonly OwnTerm[], { force = false } = {}): Promise<void> {
  return serialised(async () => {
    const manifest = await loadManifest();
    const stamp = await glossaryStampItem.getValue();
    if (force || stamp?.format !== manifest.format || stamp.dataVersion !== manifest.dataVersion) {
      const page = await loadPageGlossary();
      // The package's own file must pass the same check content scripts make.
      const checked = checkPageGlossary(page);
      if (!checked.ok) throw new Error(`the packaged glossary is unreadable (${checked.reason})`);
      await glossaryStampItem.setValue(null);
      await glossaryPageItem.setValue(page);
      await glossaryStampItem.setValue({ format: manifest.format, dataVersion: manifest.dataVersion });
    }
    const stored = await glossaryOverlayItem.getValue().catch(() => null);
    const ownVersion = ownVersionOf(own);
    if (!force && stored?.dataVersion === manifest.dataVersion && stored.ownVersion === ownVersion) return;
    let overlay;
    try {
      const index = own.length === 0 ? undefined : await loadTermIndex();
      overlay = index ? compileOverlay(own, { dataVersion: manifest.dataVersion, ids: index.terms.map(([id]) => id), industries: index.industries }) : emptyOverlay(manifest.dataVersion);
    } catch (error) {
      await recordFailure(error, 'compile');
      throw error;
    }
    try {
      await glossaryOverlayItem.setValue(overlay);
      await glossaryStatusItem.setValue(null);
    } catch (error) {
      await recordFailure(error, 'write');
      throw error;
    }
  });
}
