import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, syncCompiledMatcher } from '../../../lib/background/matcher-sync';
import { matcherItem } from '../../../lib/storage/items';

const term = (id: string, name: string) => ({ id, name, aliases: [], acronyms: [] });

describe('compiled matcher sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the matcher with a fingerprint that changes with the forms', async () => {
    await syncCompiledMatcher([term('kaizen', 'Kaizen')]);
    const stored = await matcherItem.getValue();
    expect(stored?.matcher.ids).toEqual(['kaizen']);
    expect(stored?.fingerprint).toBe(fingerprint([term('kaizen', 'Kaizen')]));
    expect(fingerprint([term('kaizen', 'Kaizen Event')])).not.toBe(stored?.fingerprint);
  });

  it('keeps the order of requests: the last glossary asked for is the one stored', async () => {
    const first = syncCompiledMatcher([term('a', 'Alpha')]);
    const second = syncCompiledMatcher([term('a', 'Alpha'), term('b', 'Beta')]);
    await Promise.all([first, second]);
    expect((await matcherItem.getValue())?.matcher.ids).toEqual(['a', 'b']);
  });
});
