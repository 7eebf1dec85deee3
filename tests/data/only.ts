/**
 * `GLOSSARY_ONLY=<industry-slug> npx vitest run tests/data` reports only the problems of one
 * glossary file (its terms, its coverage snippets): for whoever is editing that file while others
 * edit theirs. Whole-glossary totals are skipped then. Unset, every test checks everything.
 */
export const ONLY = process.env.GLOSSARY_ONLY?.trim() || undefined;

/** Keeps the lines that name the file (by path or slug) or one of its term ids. */
export function onlyMine(lines: readonly string[], ids: ReadonlySet<string> = new Set()): string[] {
  if (!ONLY) return [...lines];
  return lines.filter((line) => line.includes(`${ONLY}.json`) || line.includes(`/${ONLY}`) || [...ids].some((id) => line.startsWith(`${id} `) || line.includes(`"${id}"`) || line.includes(`(${id})`)));
}
