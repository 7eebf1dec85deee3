/**
 * GitHub user search, offered for technology terms only. At most 256 characters and 5 AND/OR/NOT
 * operators, and parentheses break user search, so a string holds at most one OR list. Without
 * brackets an OR list can't be ANDed with other free text, so job titles, the keyword and (when there
 * are several terms) the alternatives are left out with a reason; the place goes in `location:`.
 * Exclusions are `NOT word` and qualifiers apply to the whole search, as in GitHub's own examples.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { orList, quoteToken } from '../quote';
import type { Adapted, Draft, LeftOut, Note, Platform, SearchRequest } from '../types';

/** Industries (glossary file slugs) whose people keep public code on GitHub. */
/** Industries whose people keep public code on GitHub (slugs of data/glossary files). */
export const TECHNOLOGY_INDUSTRIES: readonly string[] = ['software-engineering', 'cloud-devops', 'data-analytics', 'cybersecurity'];

const NO_GROUPS = "GitHub user search breaks on brackets, so it can't AND";

function adapt(request: SearchRequest): Adapted {
  const base = adaptCommon(request, { label: 'GitHub', unsupported: COMMON_UNSUPPORTED });
  const { draft } = base;
  const leftOut: LeftOut[] = [...base.leftOut];
  for (const title of draft.titles) {
    leftOut.push({ text: title.text, role: 'title', reason: `${NO_GROUPS} a list of titles with the term's forms` });
  }
  if (draft.keyword) leftOut.push({ text: draft.keyword.text, role: 'keyword', reason: `${NO_GROUPS} an extra word with OR-ed forms; put a place in Location` });
  const several = draft.groups.length > 1;
  if (several) {
    for (const group of draft.groups) {
      for (const item of group.alternatives) {
        leftOut.push({ text: item.text, role: 'alternative', reason: `${NO_GROUPS} the alternatives of several terms: each term is searched by its name` });
      }
    }
  }
  const notes: Note[] = [...base.notes];
  const tokens = draft.groups.flatMap((group) => [group.primary, ...group.alternatives]).map((item) => item.text);
  if (tokens.some((text) => /[+#.]/.test(text))) {
    notes.push({ level: 'info', message: 'GitHub ignores symbols such as + # and . in searches, so "C++" also finds plain "C".' });
  }
  const location = draft.location ? { text: draft.location.text, token: `location:${quoteToken(draft.location.text)}` } : null;
  const groups = several ? draft.groups.map((group) => ({ primary: group.primary, alternatives: [] })) : draft.groups;
  return { draft: { ...draft, groups, titles: [], keyword: null, location }, leftOut, notes };
}

function render(draft: Draft): string {
  const [first, ...others] = draft.groups;
  const terms = first ? [orList([first.primary, ...first.alternatives].map((item) => item.token)), ...others.map((group) => group.primary.token)] : [];
  return [...terms, ...draft.exclude.map((item) => `NOT ${item.token}`), draft.location?.token ?? '', 'type:user']
    .filter((clause) => clause !== '')
    .join(' ');
}

export const github: Platform = {
  id: 'github',
  label: 'GitHub',
  summary: 'GitHub user search for developers: one OR list, location:, no brackets.',
  syntax: {
    operators: ['AND', 'OR', 'NOT'],
    upperCase: ['AND', 'OR', 'NOT'],
    parentheses: false,
    wildcard: 'none',
    noPlusMinus: false,
    minusExcludes: false,
    stopWords: [],
    quoteSymbols: false,
  },
  limits: [
    { counter: 'characters', max: 256, strength: 'hard', explain: 'GitHub search accepts at most 256 characters' },
    { counter: 'operators', max: 5, strength: 'hard', explain: 'GitHub search allows at most 5 AND, OR and NOT operators' },
  ],
  counters: ['characters', 'operators'],
  offeredFor: (industries) => industries.length > 0 && industries.every((slug) => TECHNOLOGY_INDUSTRIES.includes(slug)),
  adapt,
  render,
  url: (text) => `https://github.com/search?q=${encodeURIComponent(text)}&type=users`,
};
