import type { HighlightColor, HighlightStyle } from './settings';

export const HIGHLIGHT_PREFIX = 'jargon-lens';

/** Each style and colour is its own highlight name; the manifest stylesheet styles them all. */
export function highlightName(style: HighlightStyle, color: HighlightColor): string {
  return `${HIGHLIGHT_PREFIX}-${style}-${color}`;
}
