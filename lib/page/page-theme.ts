/** Whether the site looks dark, so the hover card can match it (sites often ignore the system theme). */

function parseRgb(color: string): [number, number, number, number] | undefined {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) return undefined;
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function pageLooksDark(doc: Document = document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgba = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.25;
  }
  // A transparent page paints the browser's canvas colour, which follows the page's color-scheme.
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches === true && view.getComputedStyle(doc.documentElement).colorScheme.includes('dark');
}
