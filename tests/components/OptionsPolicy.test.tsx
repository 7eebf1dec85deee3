// @vitest-environment happy-dom
/** Issue 15 and issue 14 item 8, as the options page shows them. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/OptionsApp';
import { TeamGlossary } from '../../components/TeamGlossary';
import { itemBytes } from '../../lib/custom/storage-budget';
import { testCatalog } from '../helpers/catalog';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { glossaryStatusItem } from '../../lib/storage/items';
import { CustomTermsSection } from '../../components/CustomTermsSection';
import { SiteBar } from '../../components/SiteBar';
import { makeFile, makeTerm } from '../helpers/make-term';

const glossary = testCatalog([{ slug: 'manufacturing', file: makeFile('Manufacturing', [makeTerm({ name: 'Kaizen' })]) }]);

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('CSS', { highlights: new Map() });
  // The keyboard section asks the browser for the extension's shortcuts.
  (fakeBrowser.commands as unknown as { getAll: () => Promise<unknown[]> }).getAll = async () => [];
});
afterEach(() => {
  cleanup();
  const local = fakeBrowser.storage.local as unknown as Record<string, unknown>;
  delete local.QUOTA_BYTES;
  delete local.getBytesInUse;
});

describe('settings set by the organisation', () => {
  it('are marked, and the locked ones are read-only', () => {
    render(
      <OptionsApp
        glossary={glossary}
        settings={{ ...DEFAULT_SETTINGS, highlightColor: 'teal', style: 'tint', pausedSites: ['indeed.com'] }}
        view={{ managed: { highlightColor: 'locked', style: 'default', defaultPlatform: 'locked' }, sites: { 'linkedin.com': 'locked' }, problems: [] }}
      />,
    );
    expect((screen.getByRole('radio', { name: /Teal/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('radio', { name: /Teal/ }).closest('fieldset')!.disabled).toBe(true);
    expect(screen.getByRole('radio', { name: /Tint/ }).closest('fieldset')!.disabled).toBe(false);
    expect((screen.getByLabelText(/Default platform/) as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByRole('switch', { name: /LinkedIn/ }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('switch', { name: /Indeed/ }) as HTMLInputElement).disabled).toBe(false);
    expect(screen.getAllByText('Set by your organisation (locked)').length).toBeGreaterThanOrEqual(2);
    expect(screen.getAllByText('Set by your organisation · you can change it')).toHaveLength(1);
  });

  it('lists the policies that were ignored, with their reasons', async () => {
    await fakeBrowser.storage.managed.set({ teamGlossary: { value: { id: 'acme', name: 'Acme', version: '1', industry: 'Sourcing', terms: [{ id: 'pool', name: 'Pool', summary: 'x', aliases: ['a\u200b'] }] } } });
    render(<OptionsApp glossary={glossary} settings={DEFAULT_SETTINGS} view={{ managed: {}, sites: {}, problems: ['policy › style › value: must be one of "underline", "tint", "both"'] }} />);
    await screen.findByText(/Some of your organisation's settings were ignored/);
    await screen.findByText('policy › teamGlossary › term "pool" › aliases[0]: contains an invisible character (U+200B ZERO WIDTH SPACE) at character 2; remove it');
    screen.getByText('policy › style › value: must be one of "underline", "tint", "both"');
  });
});

function pick(file: File) {
  const input = screen.getByLabelText('Import a team file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const packText = (version: string, count: number) =>
  JSON.stringify({
    id: 'acme-sourcing',
    name: 'Acme sourcing',
    version,
    industry: 'Sourcing',
    terms: Array.from({ length: count }, (_, i) => ({ name: `Acme term ${i}`, summary: 'A term of ours.', explanation: 'x'.repeat(1200) })),
  });

describe('team packs in the options page', () => {
  it('installs a pack after a preview, lists it with its version, refuses an older one and removes it whole', async () => {
    render(<TeamGlossary glossary={glossary} terms={[]} settings={DEFAULT_SETTINGS} />);
    pick(new File([packText('1.1', 3)], 'acme.json'));
    fireEvent.click(await screen.findByRole('button', { name: 'Install pack' }));
    await screen.findByText('Installed “Acme sourcing” version 1.1 (3 terms).');
    const table = await screen.findByRole('table', { name: 'Team packs' });
    expect(table.textContent).toContain('Acme sourcing1.13');

    pick(new File([packText('1.0', 3)], 'acme-old.json'));
    await screen.findByText('This is version 1.0 of “Acme sourcing”, older than the version 1.1 you have. Older versions are not imported; nothing changed.');

    fireEvent.click(screen.getByRole('button', { name: 'Remove Acme sourcing' }));
    await screen.findByText('Removed “Acme sourcing” and its 3 terms.');
    expect(await fakeBrowser.storage.local.get('teamPacks')).toEqual({ teamPacks: [] });
  });

  it('with a full storage, says so before "Imported" and changes nothing', async () => {
    const local = fakeBrowser.storage.local as unknown as Record<string, unknown>;
    local.QUOTA_BYTES = 600 * 1024;
    local.getBytesInUse = async (keys: string | string[] | null) => {
      const all = await fakeBrowser.storage.local.get(null);
      const wanted = keys === null ? Object.keys(all) : Array.isArray(keys) ? keys : [keys];
      return wanted.filter((key) => key in all).reduce((sum, key) => sum + itemBytes({ key, value: all[key] }), 0);
    };
    render(<TeamGlossary glossary={glossary} terms={[]} settings={DEFAULT_SETTINGS} />);
    pick(new File([packText('2', 500)], 'acme.json'));
    fireEvent.click(await screen.findByRole('button', { name: 'Install pack' }));
    await screen.findByText(/^Nothing imported: it would need [\d.]+ (KB|MB) of the browser's storage for Jargon Lens, which has 600 KB/);
    expect(screen.queryByText(/Installed/)).toBeNull();
    expect(await fakeBrowser.storage.local.get('teamPacks')).toEqual({});
  });

  it('shows what the background met storing the terms for pages', async () => {
    render(<CustomTermsSection glossary={glossary} settings={DEFAULT_SETTINGS} />);
    await glossaryStatusItem.setValue({ stage: 'write', reason: 'quota', message: "The browser's storage for Jargon Lens is full.", at: 1 });
    await waitFor(() => screen.getByText(/Your latest terms are not highlighted on pages yet/));
  });
});

describe('the popup on a site the organisation locked', () => {
  it('offers no pause or resume there, and says why', async () => {
    await fakeBrowser.storage.managed.set({ sites: { value: { 'linkedin.com': true }, locked: true } });
    render(<SiteBar url="https://www.linkedin.com/in/jane" tabId={1} settings={DEFAULT_SETTINGS} />);
    await screen.findByText('Set by your organisation');
    expect(screen.queryByRole('button', { name: 'Pause on this site' })).toBeNull();
  });

  it('still offers pause on a site the policy does not lock', async () => {
    await fakeBrowser.storage.managed.set({ sites: { value: { 'linkedin.com': true }, locked: false } });
    render(<SiteBar url="https://www.linkedin.com/in/jane" tabId={1} settings={DEFAULT_SETTINGS} />);
    await screen.findByRole('button', { name: 'Pause on this site' });
  });
});
