import type { Term } from '../../data/glossary.schema';
import type { OverlayPack } from '../custom/overlay-terms';

export type { Level, QuestionAndAnswer, Term } from '../../data/glossary.schema';
export { LEVELS } from '../../data/glossary.schema';

/** A full entry as the UI shows it: the term plus the industry it belongs to. */
export interface GlossaryTerm extends Term {
  readonly industry: string;
  /** The glossary file's name without `.json`, e.g. `productivity-training`. */
  readonly industrySlug: string;
  /**
   * Set for terms laid over the shipped glossary: the user's own (`custom`, shown as "Yours") and a
   * team's (`team`, shown as "Team: <pack name>"); empty fields of those are simply not shown.
   */
  readonly source?: 'custom' | 'team';
  /** The team pack a `team` term comes from. */
  readonly pack?: OverlayPack;
  /** The own term's id, when it overrides a shipped term and so carries the shipped id. */
  readonly customId?: string;
}
