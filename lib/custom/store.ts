/**
 * Where the user's custom terms live: one versioned storage item, read through a repair (like the
 * settings) and written through `saveCustomTerms`, which turns a full storage into a result the UI
 * can show instead of an exception nobody catches.
 */
import * as v from 'valibot';
import { customTermsItem } from '../storage/items';
import { CustomTermSchema, nameKey, type CustomTerm } from './custom-term';

export { customTermsItem };

/**
 * Keeps every stored term that is still valid and drops the rest (a half-written or hand-edited
 * value must not take the other terms down with it), as well as later repeats of an id or a name.
 */
export function repairCustomTerms(raw: unknown): CustomTerm[] {
  if (!Array.isArray(raw)) return [];
  const ids = new Set<string>();
  const names = new Set<string>();
  const kept: CustomTerm[] = [];
  for (const item of raw) {
    const result = v.safeParse(CustomTermSchema, item);
    if (!result.success) continue;
    const term = result.output;
    if (ids.has(term.id) || names.has(nameKey(term.name))) continue;
    ids.add(term.id);
    names.add(nameKey(term.name));
    kept.push(term);
  }
  return kept;
}

export async function loadCustomTerms(): Promise<CustomTerm[]> {
  return repairCustomTerms(await customTermsItem.getValue());
}

export function watchCustomTerms(callback: (terms: CustomTerm[]) => void): () => void {
  return customTermsItem.watch((value) => callback(repairCustomTerms(value)));
}

export type SaveResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'quota' | 'other'; readonly message: string };

/**
 * Chrome rejects with "QUOTA_BYTES quota exceeded" (or "Resource::kQuotaBytes quota exceeded");
 * Firefox and Safari with a DOMException named QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return typeof error === 'string' && /quota/i.test(error);
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}

export async function saveCustomTerms(terms: readonly CustomTerm[]): Promise<SaveResult> {
  try {
    await customTermsItem.setValue([...terms]);
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) {
      return {
        ok: false,
        reason: 'quota',
        message: 'Your custom terms were not saved: the browser has no more storage space for Jargon Lens. Delete some terms or shorten long texts, then try again.',
      };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'other', message: `Your custom terms were not saved: ${detail}` };
  }
}
