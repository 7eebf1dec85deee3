/** Issue 14, item 8: a full storage quota is found out before an import says "Imported", and reported after. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncGlossary } from '../../../lib/background/glossary-sync';
import { checkImportFits, checkWritesFit, itemBytes } from '../../../lib/custom/storage-budget';
import type { TeamPack } from '../../../lib/custom/team-pack';
import { glossaryOverlayItem, glossaryStatusItem } from '../../../lib/storage/items';
import { servePackage } from '../../helpers/catalog';
import { makeFile, makeTerm } from '../../helpers/make-term';
import { customTerm } from './fixtures/terms';

/** Chrome's storage.local: 10 MB, counted as key + JSON (fake-browser has neither). */
function chromeQuota(quota = 10 * 1024 * 1024) {
  const local = fakeBrowser.storage.local as unknown as Record<string, unknown>;
  local.QUOTA_BYTES = quota;
  local.getBytesInUse = async (keys: string | string[] | null) => {
    const all = await fakeBrowser.storage.local.get(null);
    const wanted = keys === null ? Object.keys(all) : Array.isArray(keys) ? keys : [keys];
    return wanted.filter((key) => key in all).reduce((sum, key) => sum + itemBytes({ key, value: all[key] }), 0);
  };
}

const bigPack = (id: string, count: number): TeamPack => ({
  id,
  name: id,
  version: '1',
  industry: 'Sourcing',
  terms: Array.from({ length: count }, (_, i) => customTerm({ name: `${id} term ${i}`, industry: 'Sourcing', explanation: 'x'.repeat(1500) })),
});

beforeEach(() => {
  fakeBrowser.reset();
  servePackage([{ slug: 'manufacturing', file: makeFile('Manufacturing', [makeTerm({ name: 'Kaizen' })]) }]);
});
afterEach(() => {
  const local = fakeBrowser.storage.local as unknown as Record<string, unknown>;
  delete local.QUOTA_BYTES;
  delete local.getBytesInUse;
});

describe('checking that an import fits', () => {
  it('counts what replaces stored items, not twice', async () => {
    chromeQuota(1000);
    await fakeBrowser.storage.local.set({ customTerms: 'x'.repeat(600) });
    expect(await checkWritesFit([{ key: 'customTerms', value: 'y'.repeat(700) }], 'Nothing imported')).toEqual({ fits: true });
    expect(await checkWritesFit([{ key: 'customTerms', value: 'y'.repeat(990) }], 'Nothing imported')).toMatchObject({ fits: false, quota: 1000 });
  });

  it('refuses a second large pack, counting the overlay pages would need, and says so plainly', async () => {
    const first = bigPack('first-pack', 500);
    const second = bigPack('second-pack', 700);
    // Room for both packs' terms, but not for the overlay pages need on top of them.
    chromeQuota(itemBytes({ key: 'teamPacks', value: [first, second] }) + 1000);
    await fakeBrowser.storage.local.set({ teamPacks: [first] });
    expect(await checkImportFits({ packs: [first] }, 'Nothing imported')).toEqual({ fits: true });
    const result = await checkImportFits({ packs: [first, second] }, 'Nothing imported');
    expect(result.fits).toBe(false);
    expect(!result.fits && result.message).toMatch(/^Nothing imported: it would need [\d.]+ MB of the browser's storage for Jargon Lens, which has [\d.]+ MB \([\d.]+ (KB|MB) in use now\)\. Nothing changed\./);
  });

  it('passes where the browser sets no quota (Firefox)', async () => {
    expect(await checkImportFits({ packs: [bigPack('first-pack', 50)] }, 'Nothing imported')).toEqual({ fits: true });
  });
});

describe('what the background meets writing the terms for pages', () => {
  const own = [customTerm({ name: 'Gemba Walk', industry: 'Manufacturing' })];

  it('is recorded in glossaryStatus, not swallowed, and cleared once it works again', async () => {
    await syncGlossary([]);
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('glossaryOverlay' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await expect(syncGlossary(own)).rejects.toThrow(/QUOTA/);
    expect((await glossaryOverlayItem.getValue())?.matcher.ids).toEqual([]);
    expect(await glossaryStatusItem.getValue()).toMatchObject({ stage: 'write', reason: 'quota', message: expect.stringContaining('no more storage space') });
    vi.restoreAllMocks();
    await syncGlossary(own);
    expect(await glossaryStatusItem.getValue()).toBeNull();
    expect((await glossaryOverlayItem.getValue())?.matcher.ids).toEqual([own[0]!.id]);
  });
});
