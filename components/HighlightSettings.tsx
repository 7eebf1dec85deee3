import { useEffect, useRef } from 'preact/hooks';
import type { CatalogIndustry } from '../lib/glossary/catalog';
import { highlightRule } from '../lib/highlight-name';
import { HIGHLIGHT_COLORS, updateSettings, type HighlightStyle, type Settings, type SettingsView } from '../lib/settings';
import { ManagedMark, managedLabel } from './ManagedMark';
import { IndustryChoices } from './IndustryChoices';
import { Toggle } from './Toggle';

interface Props {
  settings: Settings;
  industries: readonly CatalogIndustry[];
  /** Settings the organisation's policy set: marked, and read-only when locked. */
  managed?: SettingsView['managed'];
}

const STYLES: readonly [HighlightStyle, string][] = [
  ['underline', 'Underline'],
  ['tint', 'Tint'],
  ['both', 'Both'],
];

/** The preview's highlight, in this extension page only (pages get a random name; lib/highlight-name.ts). */
const PREVIEW = 'preview';
let previewSheet: CSSStyleSheet | undefined;

/** How terms look and which are highlighted, with a live preview drawn exactly as on pages. */
export function HighlightSettings({ settings, industries, managed = {} }: Props) {
  const locked = (key: keyof Settings) => managed[key] === 'locked';
  const preview = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The preview uses the same Highlight API and the same rule the background inserts into pages.
    const text = preview.current?.firstChild;
    if (!text || typeof Highlight === 'undefined') return;
    const ranges = [...(text.textContent ?? '').matchAll(/Six Sigma|Kaizen/g)].map((match) => {
      const range = new StaticRange({ startContainer: text, startOffset: match.index, endContainer: text, endOffset: match.index + match[0].length });
      return range;
    });
    if (!previewSheet) {
      previewSheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, previewSheet];
    }
    previewSheet.replaceSync(highlightRule({ name: PREVIEW, style: settings.style, color: settings.highlightColor }));
    CSS.highlights.delete(PREVIEW);
    if (settings.highlighting) CSS.highlights.set(PREVIEW, new Highlight(...ranges));
  }, [settings.style, settings.highlightColor, settings.highlighting]);

  const set = (change: Partial<Settings>) => void updateSettings(() => change);
  const chosen = settings.industries === 'all' ? industries.map((industry) => industry.slug) : settings.industries;

  return (
    <section class="settings-section" id="highlighting" aria-labelledby="highlighting-title">
      <h2 id="highlighting-title">Highlighting</h2>
      <Toggle
        label="Highlight terms on pages"
        checked={settings.highlighting}
        disabled={locked('highlighting')}
        {...(managed.highlighting ? { hint: managedLabel(managed.highlighting)! } : {})}
        onChange={(highlighting) => set({ highlighting })}
      />
      <fieldset class="choice-row" disabled={locked('style')}>
        <legend>
          Style <ManagedMark mode={managed.style} />
        </legend>
        {STYLES.map(([style, label]) => (
          <label key={style}>
            <input type="radio" name="style" checked={settings.style === style} onChange={() => set({ style })} /> {label}
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-row" disabled={locked('highlightColor')}>
        <legend>
          Colour <ManagedMark mode={managed.highlightColor} />
        </legend>
        {HIGHLIGHT_COLORS.map((color) => (
          <label key={color} class="swatch-choice">
            <input type="radio" name="color" checked={settings.highlightColor === color} onChange={() => set({ highlightColor: color })} />
            <span class={`swatch swatch--${color}`} aria-hidden="true" /> {color[0]!.toUpperCase() + color.slice(1)}
          </label>
        ))}
      </fieldset>
      <p class="preview" ref={preview} aria-label="Preview">
        Led Six Sigma projects and weekly Kaizen events across three plants.
      </p>
      <fieldset class="choice-row" disabled={locked('occurrences')}>
        <legend>
          Occurrences <ManagedMark mode={managed.occurrences} />
        </legend>
        <label>
          <input type="radio" name="occurrences" checked={settings.occurrences === 'every'} onChange={() => set({ occurrences: 'every' })} /> Every occurrence
        </label>
        <label>
          <input type="radio" name="occurrences" checked={settings.occurrences === 'first'} onChange={() => set({ occurrences: 'first' })} /> First occurrence of each term
        </label>
      </fieldset>
      <Toggle
        label="Show the card when resting on a term"
        checked={settings.hoverCard}
        disabled={locked('hoverCard')}
        {...(managed.hoverCard ? { hint: managedLabel(managed.hoverCard)! } : {})}
        onChange={(hoverCard) => set({ hoverCard })}
      />
      <div class="inline-form">
        <label for="hover-delay">Card delay</label>
        <input
          id="hover-delay"
          type="range"
          min={0}
          max={1500}
          step={50}
          disabled={locked('hoverDelayMs')}
          value={settings.hoverDelayMs}
          onInput={(event) => set({ hoverDelayMs: Number(event.currentTarget.value) })}
          aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
        />
        <output for="hover-delay">{settings.hoverDelayMs} ms</output>
        <ManagedMark mode={managed.hoverDelayMs} />
      </div>
      <h3 class="subheading">
        Industries to highlight <ManagedMark mode={managed.industries} />
      </h3>
      <IndustryChoices industries={industries} chosen={chosen} disabled={locked('industries')} onChange={(next) => set({ industries: next.length === industries.length ? 'all' : [...next] })} />
    </section>
  );
}
