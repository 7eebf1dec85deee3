/**
 * The job-title box of LinkedIn Recruiter and Sales Navigator: it takes boolean too, so the titles
 * go there as one OR list and the keywords keep the term. A title typed into the keywords would match
 * anywhere in a profile ("worked with a Quality Engineer"); in the title box it matches the title.
 */
import { tokens } from '../render';
import type { Draft, SearchField } from '../types';

export function titleField(draft: Draft, label: string, hint: string): SearchField[] {
  const titles = draft.clauses[0]?.titles ?? [];
  if (titles.length === 0) return [];
  return [{ kind: 'title', label, text: tokens(titles).join(' OR '), hint }];
}
