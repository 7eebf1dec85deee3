import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isPausedHost, repairSettings } from '../../lib/settings';

describe('settings', () => {
  it('falls back to defaults for missing or corrupted values', () => {
    expect(repairSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each valid choice and repairs only the broken fields', () => {
    const repaired = repairSettings({ style: 'tint', occurrences: 'sometimes', pausedSites: ['www.linkedin.com', 3], hoverDelayMs: -5, hoverCard: false });
    expect(repaired).toEqual({ ...DEFAULT_SETTINGS, style: 'tint', hoverCard: false });
  });

  it('pauses a host and its subdomains, not look-alikes', () => {
    const settings = { ...DEFAULT_SETTINGS, pausedSites: ['linkedin.com'] };
    expect(isPausedHost(settings, 'linkedin.com')).toBe(true);
    expect(isPausedHost(settings, 'www.linkedin.com')).toBe(true);
    expect(isPausedHost(settings, 'notlinkedin.com')).toBe(false);
  });
});
