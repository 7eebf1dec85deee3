import type { Term } from '../../data/glossary.schema';
import type { TermSource } from './catalog';

export type { Level, QuestionAndAnswer, Term } from '../../data/glossary.schema';
export { LEVELS } from '../../data/glossary.schema';

/** A full entry as the UI shows it: the term plus the industry it belongs to. */
export interface GlossaryTerm extends Term {
  readonly industry: string;
  /** The glossary file's name without `.json`, e.g. `productivity-training`. */
  readonly industrySlug: string;
  /** Set for the user's own terms ("Yours") and a team's ("Team: …"); empty fields of those are simply not shown. */
  readonly source?: TermSource;
  /** The team pack's name, for team terms. */
  readonly packName?: string;
  /** The own term's id, when it overrides a shipped term and so carries the shipped id. */
  readonly customId?: string;
}
