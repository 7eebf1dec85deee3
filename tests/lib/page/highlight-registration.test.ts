import { describe, expect, it } from 'vitest';
import { HighlightRegistration } from '../../../lib/page/highlight-registration';

/** A Highlight stand-in: a set of ranges. */
class FakeHighlight extends Set<AbstractRange> {}

function setup() {
  const registry = new Map<string, unknown>();
  const highlight = new FakeHighlight();
  const shown = [{} as AbstractRange, {} as AbstractRange];
  for (const range of shown) highlight.add(range);
  let now = 0;
  const names: (string | null)[] = [];
  const registration = new HighlightRegistration({
    registry: registry as never,
    highlight,
    shown: () => shown,
    shownCount: () => shown.length,
    onName: (name) => names.push(name),
    now: () => now,
    newName: () => `name${names.length}`,
  });
  return { registry, highlight, registration, names, advance: (ms: number) => (now += ms) };
}

describe('highlight registration', () => {
  it('registers under a fresh name and reports it (for styling), and takes it away again', () => {
    const { registry, highlight, registration, names } = setup();
    registration.register();
    expect(registry.get('name0')).toBe(highlight);
    registration.unregister();
    expect(registry.size).toBe(0);
    registration.register();
    expect([...registry.keys()]).toEqual(['name2']);
    expect(names).toEqual(['name0', null, 'name2']);
  });

  it('prepares the name first (its style rule goes in while the page is small), then registers under it', () => {
    const { registry, highlight, registration, names } = setup();
    expect(registration.prepare()).toBe('name0');
    expect(names).toEqual(['name0']);
    expect(registry.size).toBe(0);
    expect(registration.verify()).toBe('ok');
    registration.register();
    expect(registry.get('name0')).toBe(highlight);
    expect(names).toEqual(['name0']);
  });

  it('puts the highlight back when the page deletes it, replaces it, or empties it', () => {
    const { registry, highlight, registration, advance } = setup();
    registration.register();
    expect(registration.verify()).toBe('ok');
    registry.clear();
    expect(registration.verify()).toBe('restored');
    expect(registry.get('name0')).toBe(highlight);
    advance(60_000);
    registry.set('name0', new FakeHighlight());
    expect(registration.verify()).toBe('restored');
    expect(registry.get('name0')).toBe(highlight);
    advance(60_000);
    highlight.clear();
    expect(registration.verify()).toBe('restored');
    expect(highlight.size).toBe(2);
    advance(60_000);
    highlight.add({} as AbstractRange); // the page added a range of its own
    expect(registration.verify()).toBe('restored');
    expect(highlight.size).toBe(2);
    expect(registration.restores).toBe(4);
  });

  it('backs off against a page that keeps wiping it: restores spread out, never a loop', () => {
    const { registry, registration, advance } = setup();
    registration.register();
    let restores = 0;
    // The page wipes the registry every 10 ms for five minutes; the registration is checked as often.
    for (let t = 0; t < 300_000; t += 10) {
      registry.clear();
      if (registration.verify() === 'restored') restores++;
      advance(10);
    }
    // 1 s, 2 s, 4 s, … up to a minute apart: a handful of restores, not thirty thousand.
    expect(restores).toBeLessThanOrEqual(12);
    expect(restores).toBeGreaterThanOrEqual(6);
  });

  it('starts the back-off over once a restore has held for a while', () => {
    const { registry, registration, advance } = setup();
    registration.register();
    for (let i = 0; i < 5; i++) {
      registry.clear();
      registration.verify();
      advance(20_000);
    }
    advance(40_000);
    expect(registration.verify()).toBe('ok');
    registry.clear();
    expect(registration.verify()).toBe('restored');
    registry.clear();
    advance(1_000);
    expect(registration.verify()).toBe('restored');
  });

  it('does not remove a highlight the page registered under the name after it was unregistered', () => {
    const { registry, registration } = setup();
    registration.register();
    const theirs = new FakeHighlight();
    registry.set('name0', theirs);
    registration.unregister();
    expect(registry.get('name0')).toBe(theirs);
  });
});
