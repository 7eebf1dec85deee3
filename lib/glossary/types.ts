import type { Term } from '../../data/glossary.schema';

export type { Level, QuestionAndAnswer, Term } from '../../data/glossary.schema';
export { LEVELS } from '../../data/glossary.schema';

/** A term as the UI sees it: the shipped entry plus the industry it belongs to. */
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
  readonly pack?: { readonly id: string; readonly name: string; readonly version: string; readonly managed: boolean };
  /** The custom term's own id, when it overrides a shipped term and so carries the shipped id. */
  readonly customId?: string;
}

export interface Industry {
  readonly slug: string;
  readonly name: string;
  readonly terms: readonly GlossaryTerm[];
}

export interface Glossary {
  readonly industries: readonly Industry[];
  readonly terms: readonly GlossaryTerm[];
  readonly byId: ReadonlyMap<string, GlossaryTerm>;
}
