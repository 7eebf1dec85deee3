/** Issue 14, item 8: a full storage quota is found out before an import says "Imported", and reported after. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncCompiledMatcher } from '../../../lib/background/matcher-sync';
import { checkImportFits, checkWritesFit, itemBytes } from '../../../lib/custom/storage-budget';
import type { TeamPack } from '../../../lib/custom/team-pack';
import { glossaryStatusItem, matcherItem } from '../../../lib/storage/items';
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

beforeEach(() => fakeBrowser.reset());
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

  it('refuses a second large pack, counting the matcher pages would need, and says so plainly', async () => {
    chromeQuota(2 * 1024 * 1024);
    const first = bigPack('first-pack', 500);
    await fakeBrowser.storage.local.set({ teamPacks: [first] });
    expect(await checkImportFits({ packs: [first] }, 'Nothing imported')).toEqual({ fits: true });
    const result = await checkImportFits({ packs: [first, bigPack('second-pack', 700)] }, 'Nothing imported');
    expect(result.fits).toBe(false);
    expect(!result.fits && result.message).toMatch(/^Nothing imported: it would need [\d.]+ MB of the browser's storage for Jargon Lens, which has 2 MB \([\d.]+ (KB|MB) in use now\)\. Nothing changed\./);
  });

  it('passes where the browser sets no quota (Firefox)', async () => {
    expect(await checkImportFits({ packs: [bigPack('first-pack', 50)] }, 'Nothing imported')).toEqual({ fits: true });
  });
});

describe('what the background meets writing the terms for pages', () => {
  const term = (id: string, name: string) => ({ id, name, aliases: [], acronyms: [] });

  it('is recorded in glossaryStatus, not swallowed, and cleared once it works again', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await syncCompiledMatcher([term('kaizen', 'Kaizen')]);
    expect(await matcherItem.getValue()).toBeNull();
    expect(await glossaryStatusItem.getValue()).toMatchObject({ stage: 'write', reason: 'quota', message: expect.stringContaining("The browser's storage for Jargon Lens is full") });
    await syncCompiledMatcher([term('kaizen', 'Kaizen')]);
    expect(await glossaryStatusItem.getValue()).toBeNull();
    expect((await matcherItem.getValue())?.matcher.ids).toEqual(['kaizen']);
  });
});
