/**
 * Names and styles of the page highlight. A page can list the names in its highlight registry, so
 * the name says nothing about the extension and is new on every page load; the rule that styles it
 * is inserted for that one document by the background (`scripting.insertCSS`, which pages cannot
 * list) and removed when the page is paused, so no rule answers for a name a page may have seen.
 */
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightStyle } from './settings-model';

/** Lower-case letters only: a valid CSS identifier that looks like any other. */
const NAME = /^[a-z]{12}$/;

export function isHighlightName(value: unknown): value is string {
  return typeof value === 'string' && NAME.test(value);
}

/** A fresh random name (12 letters, about 56 bits). */
export function randomHighlightName(random: (values: Uint8Array<ArrayBuffer>) => Uint8Array = (values) => crypto.getRandomValues(values)): string {
  const bytes = random(new Uint8Array(12));
  let name = '';
  for (const byte of bytes) name += String.fromCharCode(97 + (byte % 26));
  return name;
}

/** Underline and tint colours of each palette entry (they read well on light and dark sites). */
const PALETTE: Readonly<Record<HighlightColor, { readonly line: string; readonly tint: string }>> = {
  indigo: { line: 'rgb(99 102 241 / 0.9)', tint: 'rgb(129 140 248 / 0.3)' },
  teal: { line: 'rgb(13 148 136 / 0.9)', tint: 'rgb(45 212 191 / 0.3)' },
  amber: { line: 'rgb(217 119 6 / 0.9)', tint: 'rgb(250 204 21 / 0.3)' },
  rose: { line: 'rgb(225 29 72 / 0.9)', tint: 'rgb(251 113 133 / 0.3)' },
  green: { line: 'rgb(22 163 74 / 0.9)', tint: 'rgb(74 222 128 / 0.3)' },
};

export interface HighlightLook {
  readonly name: string;
  readonly style: HighlightStyle;
  readonly color: HighlightColor;
}

export function isHighlightLook(value: unknown): value is HighlightLook {
  if (typeof value !== 'object' || value === null) return false;
  const { name, style, color } = value as Record<string, unknown>;
  return isHighlightName(name) && (style === 'underline' || style === 'tint' || style === 'both') && (HIGHLIGHT_COLORS as readonly unknown[]).includes(color);
}

/** The one `::highlight()` rule for a look. The name is checked, so nothing else can reach the CSS text. */
export function highlightRule({ name, style, color }: HighlightLook): string {
  if (!isHighlightName(name) && name !== 'preview') throw new Error('Not a highlight name');
  const { line, tint } = PALETTE[color];
  const declarations: string[] = [];
  if (style !== 'underline') declarations.push(`background-color: ${tint};`);
  if (style !== 'tint') declarations.push(`text-decoration: underline dotted 2px ${line};`, 'text-underline-offset: 3px;');
  return `::highlight(${name}) { ${declarations.join(' ')} }`;
}
