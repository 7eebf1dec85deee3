// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { cardView, type CardViewOptions } from '../../../lib/page/card-view';
import type { CardData } from '../../../lib/messages';

const CARD: CardData = {
  id: 'good-clinical-practice',
  name: 'Good Clinical Practice',
  industry: 'Pharma and Life Sciences',
  summary: 'The international standard for running clinical trials.',
  typicalTitle: 'Clinical Research Associate',
  relatedTitles: ['Clinical Trial Manager', 'Study Coordinator'],
  search: { platform: 'LinkedIn', text: '"Good Clinical Practice" OR GCP', note: null },
};

function view(overrides: Partial<CardViewOptions> = {}) {
  const options: CardViewOptions = { card: CARD, onCopySearch: async () => true, onOpenEntry: vi.fn(), onClose: vi.fn(), dark: false, ...overrides };
  const root = cardView(document, options);
  document.body.replaceChildren(root);
  const buttonNamed = (name: string | RegExp) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').match(name))!;
  return { root, options, buttonNamed };
}

describe('the hover card view', () => {
  it('is a dialog labelled by the term, with its industry, summary, titles and actions', () => {
    const { root } = view();
    expect(root.getAttribute('role')).toBe('dialog');
    expect(root.querySelector(`#${root.getAttribute('aria-labelledby')}`)!.textContent).toBe('Good Clinical Practice');
    expect(root.querySelector(`#${root.getAttribute('aria-describedby')}`)!.textContent).toBe(CARD.summary);
    expect(root.querySelector('.industry')!.textContent).toBe('Pharma and Life Sciences');
    expect([...root.querySelectorAll('.titles li')].map((li) => li.textContent)).toEqual(['Clinical Trial Manager', 'Study Coordinator']);
    expect([...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['Close', 'Copy LinkedIn search', 'Open full entry']);
    expect(root.className).toBe('card');
  });

  it('offers the other senses in one click, and says whose term it is', () => {
    const onChooseSense = vi.fn();
    const { root, buttonNamed } = view({
      card: { ...CARD, owner: 'Team: Acme' },
      others: [{ id: 'google-cloud-platform', name: 'Google Cloud Platform', industry: 'Cloud and DevOps' }],
      onChooseSense,
    });
    expect(root.querySelector('.senses')!.textContent).toBe('Also: Google Cloud Platform (Cloud and DevOps)');
    expect(root.querySelector('.owner')!.textContent).toBe('Team: Acme');
    buttonNamed(/Google Cloud Platform/).click();
    expect(onChooseSense).toHaveBeenCalledWith('google-cloud-platform');
  });

  it('says "Copied" (or why not) in a polite status, and describes a search with several parts', async () => {
    let works = true;
    const { root, buttonNamed } = view({ onCopySearch: async () => works, card: { ...CARD, search: { ...CARD.search, note: 'Two boxes: paste the second in Title.' } } });
    expect(root.querySelector(`#${buttonNamed('Copy LinkedIn search').getAttribute('aria-describedby')}`)!.textContent).toBe('Two boxes: paste the second in Title.');
    buttonNamed('Copy LinkedIn search').click();
    await vi.waitFor(() => expect(root.querySelector('[role="status"][aria-live="polite"]')!.textContent).toBe('✓ Copied'));
    works = false;
    buttonNamed('Copy LinkedIn search').click();
    await vi.waitFor(() => expect(root.querySelector('.status')!.textContent).toMatch(/^Could not copy here/));
  });

  it('mutes with an undo, and offers muting again after the undo', async () => {
    const undo = vi.fn(async () => undefined);
    const onMute = vi.fn(async () => undo);
    const { root, buttonNamed } = view({ onMute });
    buttonNamed('Don’t highlight this').click();
    await vi.waitFor(() => expect(root.querySelector('.mute')!.textContent).toBe('“Good Clinical Practice” is no longer highlighted. Undo'));
    buttonNamed('Undo').click();
    await vi.waitFor(() => expect(root.querySelector('.mute')!.textContent).toBe('Don’t highlight this'));
    expect(onMute).toHaveBeenCalledTimes(1);
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape and with its close button, and matches a dark site', () => {
    const { root, options, buttonNamed } = view({ dark: true });
    expect(root.className).toBe('card dark');
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    buttonNamed('Close').click();
    expect(options.onClose).toHaveBeenCalledTimes(2);
  });

  it('property: whatever a card says, it is shown as text and makes no element of its own', () => {
    const hostile = fc.oneof(fc.string(), fc.constantFrom('<img src=x onerror=alert(1)>', '<b>bold</b>', '&lt;script&gt;', '"><svg onload=1>'));
    fc.assert(
      fc.property(hostile, hostile, fc.array(hostile, { maxLength: 3 }), (name, summary, titles) => {
        const { root } = view({ card: { ...CARD, name, summary, relatedTitles: titles, owner: name } });
        expect(root.querySelector('#jl-card-title')!.textContent).toBe(name);
        expect(root.querySelector('.summary')!.textContent).toBe(summary);
        expect(root.querySelectorAll('img, svg, script, b').length).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
