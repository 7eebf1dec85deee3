/**
 * GitHub user search, offered for technology terms. GitHub documents that bare words match only
 * usernames, names and e-mails, so the search is built around its user qualifiers:
 * - `language:` when the term implies one (Python, React → JavaScript): people whose repositories are
 *   in it, a far stronger signal than a word; the term's other forms are then not needed;
 * - words for other terms, with `in:bio` (GitHub's search accepts it though its help page doesn't
 *   list it; tools that search bios use it), as one OR list;
 * - `location:` for the place, `repos:>=n` and `followers:>=n` thresholds, `type:user`.
 * At most 256 characters and 5 AND/OR/NOT operators, and no brackets: so one OR list per string (other
 * terms one form per part), and exclusions only where no OR is used (`a OR b NOT c` has no sure
 * meaning without brackets). Job titles can't be searched in user profiles and are left out.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { renderExpr } from '../expr';
import { githubLanguage } from '../github-languages';
import { absorb } from '../phrase-match';
import { orList, quoteToken } from '../quote';
import { tokens } from '../render';
import type { Adapted, Draft, DraftExpr, DraftItem, LeftOut, Note, Platform, SearchRequest } from '../types';
import { TECHNOLOGY_INDUSTRIES } from '../xray';

const NO_BRACKETS = 'GitHub user search has no brackets';

const hasOr = (expr: DraftExpr | null): boolean => expr !== null && (expr.kind === 'or' || (expr.kind !== 'term' && (expr.kind === 'not' ? hasOr(expr.item) : expr.items.some(hasOr))));

function adapt(request: SearchRequest): Adapted {
  const base = adaptCommon(request, { label: 'GitHub', unsupported: COMMON_UNSUPPORTED, style: 'github', orBindsTighter: true });
  const { draft } = base;
  const clause = draft.clauses[0] ?? { groups: [], titles: [] };
  const leftOut: LeftOut[] = [...base.leftOut];
  const notes: Note[] = [...base.notes];
  for (const title of clause.titles) {
    leftOut.push({ text: title.text, role: 'title', reason: 'GitHub profiles have no job title to search: use X-ray: GitHub to find titles in bios' });
  }
  const groups: (readonly DraftItem[])[] = clause.groups.map((forms) => {
    const language = githubLanguage(forms.map((item) => item.text));
    if (language) {
      notes.push({ level: 'info', message: `"${forms[0]?.text ?? ''}" is searched as language:${language}: people whose repositories are mostly in it.` });
      return [{ text: forms[0]?.text ?? language, token: `language:${language}` }];
    }
    return forms;
  });
  const wordGroups = groups.filter((forms) => !forms[0]?.token.startsWith('language:'));
  // GitHub ignores symbols, so "C" finds "C++" there: only forms that add something make an OR list.
  const orInForms = wordGroups.some((forms) => absorb(forms, (item) => item.text, true).kept.length > 1);
  let keyword = draft.keyword;
  if (keyword && hasOr(keyword) && orInForms) {
    leftOut.push({ text: request.keyword ?? '', role: 'keyword', reason: `${NO_BRACKETS}, so it can't combine your OR with the term's forms` });
    keyword = null;
  }
  let exclude = draft.exclude;
  if (exclude.length > 0 && (orInForms || hasOr(keyword))) {
    for (const entry of request.exclude) leftOut.push({ text: entry, role: 'exclude', reason: `${NO_BRACKETS}, so NOT can't follow an OR list safely` });
    exclude = [];
  }
  if (wordGroups.length > 0 || keyword) {
    notes.push({ level: 'info', message: 'Words are searched in bios with in:bio; for terms without a language, X-ray: GitHub reads whole profile pages.' });
  }
  const words = wordGroups.length > 0 || keyword !== null;
  const qualifiers = [
    ...(request.minRepos && request.minRepos > 0 ? [`repos:>=${Math.floor(request.minRepos)}`] : []),
    ...(request.minFollowers && request.minFollowers > 0 ? [`followers:>=${Math.floor(request.minFollowers)}`] : []),
    ...(words ? ['in:bio'] : []),
  ];
  const location = draft.location ? { text: draft.location.text, token: `location:${quoteToken(draft.location.text)}` } : null;
  return { draft: { ...draft, clauses: [{ groups, titles: [] }], keyword, exclude, location, qualifiers }, leftOut, notes };
}

function render(draft: Draft): string {
  const clause = draft.clauses[0] ?? { groups: [], titles: [] };
  const terms = clause.groups.filter((forms) => forms.length > 0).map((forms) => orList(tokens(forms)));
  const keyword = draft.keyword ? (renderExpr(draft.keyword, 'github') ?? '') : '';
  const exclude = draft.exclude.map((expr) => renderExpr({ kind: 'not', item: expr }, 'github') ?? '');
  return [...terms, keyword, ...exclude, draft.location?.token ?? '', ...draft.qualifiers, 'type:user'].filter((part) => part !== '').join(' ');
}

export const github: Platform = {
  id: 'github',
  label: 'GitHub',
  family: 'Other',
  summary: 'GitHub user search for developers: language:, location:, repository and follower thresholds.',
  syntax: {
    operators: ['AND', 'OR', 'NOT'],
    upperCase: ['AND', 'OR', 'NOT'],
    parentheses: false,
    wildcard: 'none',
    noPlusMinus: false,
    minusExcludes: false,
    stopWords: [],
    quoteSymbols: false,
    orBindsTighter: true,
  },
  limits: [
    { counter: 'characters', max: 256, strength: 'hard', explain: 'GitHub search accepts at most 256 characters' },
    { counter: 'operators', max: 5, strength: 'hard', explain: 'GitHub search allows at most 5 AND, OR and NOT operators' },
  ],
  counters: ['characters', 'operators'],
  mergesClauses: false,
  ignoresSymbols: true,
  offeredFor: (industries) => industries.length > 0 && industries.every((slug) => TECHNOLOGY_INDUSTRIES.includes(slug)),
  adapt,
  render,
  url: (text) => `https://github.com/search?q=${encodeURIComponent(text)}&type=users`,
};
