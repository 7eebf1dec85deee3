/**
 * Reading the page glossary and the overlay back from storage. Storage can hold anything: an
 * artifact of an older format (after an update), a half-written one, or garbage. A reader checks
 * every number it will follow before using it, in one linear pass, so a bad artifact is refused
 * (and rebuilt by the background) instead of throwing on every page or looping forever.
 */
import { MATCHER_FORMAT, unpackNodes, type CompiledMatcher } from '../matcher/compiled';
import { SENSE_TABLE_FORMAT, type SenseTable } from '../senses/table';
import { PACKAGE_FORMAT, type PageGlossary } from './artifacts';
import { OVERLAY_FORMAT, type OverlayGlossary } from './overlay';

/** More terms than any glossary this extension ships or accepts, by far: a bound, not a target. */
const MAX_TERMS = 1_000_000;

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isIntArray = (value: unknown, min: number, max: number): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && (item as number) >= min && (item as number) < max);

/** A compiled matcher whose every index points inside its own arrays, children after parents. */
export function checkMatcher(value: unknown): Checked<CompiledMatcher & { readonly nodes: Int32Array }> {
  if (!isRecord(value) || value.format !== MATCHER_FORMAT) return { ok: false, reason: 'matcher format' };
  const { ids, labels, accepts } = value;
  if (!isStringArray(ids) || ids.length > MAX_TERMS || typeof labels !== 'string' || !Array.isArray(accepts)) return { ok: false, reason: 'matcher shape' };
  let nodes: Int32Array;
  try {
    nodes = unpackNodes(value.nodes as string | number[] | Int32Array);
  } catch {
    return { ok: false, reason: 'matcher nodes' };
  }
  const count = nodes.length / 5;
  if (!Number.isInteger(count) || count < 1) return { ok: false, reason: 'matcher nodes' };
  for (let node = 0; node < count; node++) {
    const [labelStart, labelLength, firstChild, childCount, accept] = nodes.subarray(node * 5, node * 5 + 5) as unknown as number[];
    if (labelStart! < 0 || labelLength! < 0 || labelStart! + labelLength! > labels.length) return { ok: false, reason: 'matcher label' };
    if (node > 0 && labelLength === 0) return { ok: false, reason: 'matcher label' };
    // Children come after their parent (breadth-first), so no walk can loop.
    if (childCount! < 0 || (childCount! > 0 && (firstChild! <= node || firstChild! + childCount! > count))) return { ok: false, reason: 'matcher children' };
    if (accept! < -1 || accept! >= accepts.length) return { ok: false, reason: 'matcher accepts' };
  }
  for (const list of accepts) {
    if (!Array.isArray(list)) return { ok: false, reason: 'matcher accepts' };
    for (const entry of list) {
      if (!Array.isArray(entry) || entry.length !== 3) return { ok: false, reason: 'matcher accepts' };
      const [target, flags, exact] = entry as unknown[];
      if (!Number.isInteger(target) || (target as number) < 0 || (target as number) >= ids.length) return { ok: false, reason: 'matcher accepts' };
      if (!Number.isInteger(flags) || typeof exact !== 'string') return { ok: false, reason: 'matcher accepts' };
    }
  }
  const nevers = value.nevers ?? {};
  if (!isRecord(nevers)) return { ok: false, reason: 'matcher nevers' };
  for (const [term, list] of Object.entries(nevers)) {
    const number = Number(term);
    if (!Number.isInteger(number) || number < 0 || number >= ids.length || !Array.isArray(list)) return { ok: false, reason: 'matcher nevers' };
    if (!list.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string')) return { ok: false, reason: 'matcher nevers' };
  }
  // Nodes come back decoded, so the matcher does not decode them a second time.
  return { ok: true, value: { ...(value as unknown as CompiledMatcher), nodes } };
}

/** A sense table for `terms` terms (keyed by its own numbers), whose cue terms exist below `limit`. */
export function checkSenses(value: unknown, terms: number, limit: number): Checked<SenseTable> {
  if (!isRecord(value) || value.format !== SENSE_TABLE_FORMAT) return { ok: false, reason: 'senses format' };
  const { industries, termIndustry, cues, cueTerms, readings } = value;
  if (!isStringArray(industries) || !isIntArray(termIndustry, 0, Math.max(industries.length, 1)) || termIndustry.length !== terms) return { ok: false, reason: 'senses industries' };
  if (!isRecord(cues) || !isRecord(cueTerms) || !isRecord(readings)) return { ok: false, reason: 'senses shape' };
  // Keys are the table's own term numbers (joinSenseTables adds the offset); cue terms are joined numbers.
  const ownTerm = (key: string) => Number.isInteger(Number(key)) && Number(key) >= 0 && Number(key) < terms;
  for (const [key, list] of Object.entries(cues)) if (!ownTerm(key) || !isStringArray(list)) return { ok: false, reason: 'senses cues' };
  for (const [key, list] of Object.entries(cueTerms)) if (!ownTerm(key) || !isIntArray(list, 0, limit)) return { ok: false, reason: 'senses cue terms' };
  for (const [key, list] of Object.entries(readings)) {
    if (!ownTerm(key) || !Array.isArray(list)) return { ok: false, reason: 'senses readings' };
    for (const reading of list) {
      if (!isRecord(reading) || typeof reading.key !== 'string' || typeof reading.meaning !== 'string' || !isStringArray(reading.cues) || typeof reading.afterName !== 'boolean') {
        return { ok: false, reason: 'senses readings' };
      }
    }
  }
  return { ok: true, value: value as unknown as SenseTable };
}

export function checkPageGlossary(value: unknown): Checked<PageGlossary> {
  if (!isRecord(value) || value.format !== PACKAGE_FORMAT || typeof value.dataVersion !== 'string') return { ok: false, reason: 'page format' };
  const matcher = checkMatcher(value.matcher);
  if (!matcher.ok) return matcher;
  const terms = matcher.value.ids.length;
  const senses = checkSenses(value.senses, terms, terms);
  if (!senses.ok) return senses;
  return { ok: true, value: { ...(value as unknown as PageGlossary), matcher: matcher.value } };
}

/** An overlay compiled for this page glossary (same build, numbers continuing after its terms). */
export function checkOverlay(value: unknown, page: PageGlossary): Checked<OverlayGlossary> {
  if (!isRecord(value) || value.format !== OVERLAY_FORMAT || value.dataVersion !== page.dataVersion || typeof value.ownVersion !== 'string') return { ok: false, reason: 'overlay format' };
  const matcher = checkMatcher(value.matcher);
  if (!matcher.ok) return matcher;
  const shipped = page.matcher.ids.length;
  const own = matcher.value.ids.length;
  const senses = checkSenses(value.senses, own, shipped + own);
  if (!senses.ok) return senses;
  if (!isIntArray(value.overridden, 0, shipped)) return { ok: false, reason: 'overlay overrides' };
  return { ok: true, value: { ...(value as unknown as OverlayGlossary), matcher: matcher.value } };
}
