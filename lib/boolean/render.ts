/**
 * The shapes of boolean string our platforms use, from a draft of ready tokens. Platform modules
 * pick one; all keep OR groups parenthesised (GitHub has no groups: see its module).
 */
import { renderExpr } from './expr';
import { orGroup } from './quote';
import type { Clause, Draft, DraftExpr, DraftItem } from './types';

export const tokens = (items: readonly DraftItem[]) => items.map((item) => item.token);

/** Each group as `(name OR alias OR ...)`, or a bare form when it has one. */
export function groupClauses(clause: Clause): string[] {
  return clause.groups.map((group) => orGroup(tokens(group)));
}

/** `NOT (a OR b)` for the exclusions, or '' when there are none. */
function explicitExclusions(exclude: readonly DraftExpr[]): string {
  if (exclude.length === 0) return '';
  const items = exclude.flatMap((expr) => (expr.kind === 'or' ? expr.items : [expr]));
  const item: DraftExpr = items.length === 1 ? (items[0] as DraftExpr) : { kind: 'or', items };
  return renderExpr({ kind: 'not', item }, 'explicit') ?? '';
}

export interface ExplicitOptions {
  /** Titles in the string (false where they go to the platform's job-title box). */
  readonly titles: boolean;
  /** The location in the string (false where it goes to the platform's location box). */
  readonly location: boolean;
}

/**
 * Explicit-operator boolean (LinkedIn, Sales Navigator, Recruiter, ATS):
 * `(a OR b) AND (t1 OR t2) AND keyword NOT (recruiter OR intern)`. Every clause is ANDed explicitly:
 * Recruiter evaluates AND before OR, so nothing is left to precedence. Several clauses are OR-ed,
 * each in brackets: `((a OR b) AND (t1 OR t2)) OR (c AND t2)`.
 */
export function renderExplicit(draft: Draft, options: ExplicitOptions): string {
  const clauses = draft.clauses
    .map((clause) => [...groupClauses(clause), options.titles ? orGroup(tokens(clause.titles)) : ''].filter((part) => part !== '').join(' AND '))
    .filter((text) => text !== '');
  const rest = [draft.keyword ? (renderExpr(draft.keyword, 'explicit') ?? '') : '', options.location ? (draft.location?.token ?? '') : ''].filter((part) => part !== '');
  const excluded = explicitExclusions(draft.exclude);
  let body = clauses.length === 1 ? (clauses[0] as string) : clauses.map((text) => `(${text})`).join(' OR ');
  if (clauses.length > 1 && (rest.length > 0 || excluded !== '')) body = `(${body})`;
  const positive = [body, ...rest].filter((part) => part !== '').join(' AND ');
  if (positive === '') return '';
  return excluded === '' ? positive : `${positive} ${excluded}`;
}

/** `-word` / `-"a phrase"` exclusions (Google, Bing, Indeed). */
export function minusExclusions(draft: Draft): string[] {
  return draft.exclude.map((expr) => renderExpr({ kind: 'not', item: expr }, 'implicit') ?? '').filter((text) => text !== '');
}

export interface ImplicitOptions {
  /** Before everything: `site:linkedin.com/in`. */
  readonly prefix: readonly string[];
  /** After everything: noise filters such as `-inurl:tab`. */
  readonly suffix?: readonly string[];
  /** How the titles are written: an OR group by default, `title:(...)` on Indeed. */
  readonly titles?: (tokens: readonly string[]) => string;
  /** The location in the string (false where it goes to the platform's location box). */
  readonly location: boolean;
}

/**
 * Implicit-AND web search (Google and Bing X-ray, Indeed): a space means AND, OR groups
 * parenthesised, exclusions with a leading minus:
 * `site:linkedin.com/in ("Six Sigma" OR DMAIC) "Quality Engineer" -recruiter`.
 * Split platforms have one clause per part.
 */
export function renderImplicit(draft: Draft, options: ImplicitOptions): string {
  const clause: Clause = draft.clauses[0] ?? { groups: [], titles: [] };
  const titles = options.titles ?? ((list) => orGroup(list));
  return [
    ...options.prefix,
    ...groupClauses(clause),
    clause.titles.length > 0 ? titles(tokens(clause.titles)) : '',
    draft.keyword ? (renderExpr(draft.keyword, 'implicit') ?? '') : '',
    options.location ? (draft.location?.token ?? '') : '',
    ...minusExclusions(draft),
    ...(options.suffix ?? []),
  ]
    .filter((part) => part !== '')
    .join(' ');
}
