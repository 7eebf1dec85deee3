import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customTermsItem, isQuotaError, loadCustomTerms, repairCustomTerms, saveCustomTerms, watchCustomTerms } from '../../../lib/custom/store';
import { customTerm } from './fixtures/terms';

const pool = customTerm({ name: 'Talent Pool' });
const medalist = customTerm({ name: 'Silver Medalist' });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('custom terms in storage', () => {
  it('saves and loads under local:customTerms', async () => {
    expect(await loadCustomTerms()).toEqual([]);
    expect(await saveCustomTerms([pool, medalist])).toEqual({ ok: true });
    expect(await loadCustomTerms()).toEqual([pool, medalist]);
    expect(await fakeBrowser.storage.local.get('customTerms')).toEqual({ customTerms: [pool, medalist] });
  });

  it('keeps the valid terms of a corrupted value and drops the rest', () => {
    expect(repairCustomTerms('garbage')).toEqual([]);
    expect(repairCustomTerms({ 0: pool })).toEqual([]);
    expect(repairCustomTerms([pool, null, { ...medalist, summary: 42 }, { name: 'No id' }, medalist])).toEqual([pool, medalist]);
  });

  it('drops a later repeat of an id or a name', () => {
    expect(repairCustomTerms([pool, { ...medalist, id: pool.id }, { ...medalist, name: 'TALENT POOL' }, medalist])).toEqual([pool, medalist]);
  });

  it('reads corrupted storage through the repair', async () => {
    await fakeBrowser.storage.local.set({ customTerms: [pool, { id: 'custom-broken' }] });
    expect(await loadCustomTerms()).toEqual([pool]);
  });

  it('tells watchers the repaired value', async () => {
    const seen: unknown[] = [];
    const unwatch = watchCustomTerms((terms) => seen.push(terms));
    await customTermsItem.setValue([pool, { ...pool, name: 'Duplicate id' }]);
    unwatch();
    expect(seen).toEqual([[pool]]);
  });
});

describe('saveCustomTerms when storage fails', () => {
  it('reports a full storage as a quota problem, and the stored terms stay as they were', async () => {
    await saveCustomTerms([pool]);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveCustomTerms([pool, medalist]);
    expect(result).toEqual({
      ok: false,
      reason: 'quota',
      message: 'Your custom terms were not saved: the browser has no more storage space for Jargon Lens. Delete some terms or shorten long texts, then try again.',
    });
    expect(await loadCustomTerms()).toEqual([pool]);
  });

  it('recognises quota errors as Chrome, Firefox and Safari raise them', () => {
    expect(isQuotaError(new Error('Resource::kQuotaBytes quota exceeded'))).toBe(true);
    expect(isQuotaError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('Disk full'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError('QUOTA_BYTES quota exceeded')).toBe(true);
    expect(isQuotaError(new Error('Extension context invalidated.'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('reports any other failure with its message instead of throwing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('Extension context invalidated.'));
    expect(await saveCustomTerms([pool])).toEqual({ ok: false, reason: 'other', message: 'Your custom terms were not saved: Extension context invalidated.' });
  });
});
