/**
 * The three shapes of boolean string our platforms use, from a draft of ready tokens. Platform modules
 * pick one; all of them keep OR groups parenthesised (GitHub has no groups: see its module).
 */
import { orGroup } from './quote';
import type { Draft, DraftItem } from './types';

const tokens = (items: readonly DraftItem[]) => items.map((item) => item.token);

/** The term groups, each `(name OR alias OR ...)` or a bare name when it has no alternatives. */
export function groupClauses(draft: Draft): string[] {
  return draft.groups.map((group) => orGroup(tokens([group.primary, ...group.alternatives])));
}

/**
 * Explicit-operator boolean (LinkedIn, Sales Navigator, ATS):
 * `(a OR b) AND (t1 OR t2) AND "London" NOT (recruiter OR intern)`.
 * Every clause is ANDed explicitly: Recruiter evaluates AND before OR, so nothing is left to precedence.
 */
export function renderExplicit(draft: Draft): string {
  const clauses = [
    ...groupClauses(draft),
    orGroup(tokens(draft.titles)),
    draft.keyword?.token ?? '',
    draft.location?.token ?? '',
  ].filter((clause) => clause !== '');
  const body = clauses.join(' AND ');
  const excluded = orGroup(tokens(draft.exclude));
  if (excluded === '' || body === '') return body;
  return `${body} NOT ${excluded}`;
}

/** `-word` / `-"a phrase"` exclusions (Google, Bing, Indeed). */
export function minusExclusions(draft: Draft): string[] {
  return draft.exclude.map((item) => `-${item.token}`);
}

/**
 * Implicit-AND web search (Google and Bing X-ray): a space means AND, OR groups parenthesised,
 * exclusions with a leading minus: `site:linkedin.com/in ("Six Sigma" OR DMAIC) "Quality Engineer" -recruiter`.
 */
export function renderImplicit(draft: Draft, prefix: readonly string[]): string {
  return [
    ...prefix,
    ...groupClauses(draft),
    orGroup(tokens(draft.titles)),
    draft.keyword?.token ?? '',
    draft.location?.token ?? '',
    ...minusExclusions(draft),
  ]
    .filter((clause) => clause !== '')
    .join(' ');
}
