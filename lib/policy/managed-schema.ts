/**
 * The Chrome `storage.managed_schema`: what an administrator may set for Jargon Lens through
 * enterprise policy (Google Admin console, Group Policy, or a JSON policy file on Linux). Chrome
 * refuses to publish a policy value that does not fit this schema; the extension then checks
 * every published value again, with the same rules as a team file (lib/policy/read-policy.ts).
 *
 * Every policy has the same shape, `{ "value": …, "locked": true|false }`: a locked value is
 * applied and cannot be changed in the options page; an unlocked one is the organisation's
 * default, which each user may change. The build writes this object to `managed-schema.json`
 * (wxt.config.ts); Firefox needs no schema (its `3rdparty` policy is read as is).
 *
 * Kept free of imports from the rest of the extension, because wxt.config.ts loads it at build time.
 */

import { POLICY_HIGHLIGHT_COLORS, POLICY_PLATFORM_IDS, type PolicyName } from './policy-names';

type Schema = Readonly<Record<string, unknown>>;

const text = (description: string): Schema => ({ type: 'string', description });
const texts = (description: string): Schema => ({ type: 'array', description, items: { type: 'string' } });
const level = (items: Schema): Schema => ({
  type: 'object',
  properties: { junior: { type: 'array', items }, mid: { type: 'array', items }, senior: { type: 'array', items } },
});

/** One team-file term (as in a glossary file): only name and summary are required, which the extension checks. */
const term: Schema = {
  type: 'object',
  properties: {
    id: text('kebab-case id, unique in the glossary'),
    name: text('The term as it appears on pages'),
    industry: text("The term's industry (default: the glossary's)"),
    overrides: text('Id of a shipped term this one replaces'),
    aliases: texts('Other names, matched on pages'),
    acronyms: texts('Acronyms, matched with their capitalisation'),
    summary: text('One sentence'),
    explanation: text('Longer explanation'),
    resumeExamples: texts('How the term shows up in resumes'),
    typicalTitle: text('Typical job title'),
    relatedTitles: texts('Titles to also search for'),
    questions: level({ type: 'object', properties: { question: { type: 'string' }, expectedAnswer: { type: 'string' } } }),
    indicators: level({ type: 'string' }),
    redFlags: texts('Red flags'),
    related: texts('Ids of related terms'),
    nameMatchCase: { type: 'boolean' },
    allowedCommonWords: texts('Everyday words this term may use as a form'),
  },
};

const policy = (title: string, description: string, value: Schema): Schema => ({
  type: 'object',
  title,
  description: `${description} "locked": true applies it and stops users changing it; false makes it the default each user may change.`,
  properties: { value, locked: { type: 'boolean' } },
});


export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    teamGlossary: policy(
      'Team glossary',
      "The organisation's glossary, in the shape of a team file: id, name, version, industry and terms.",
      {
        type: 'object',
        properties: {
          id: text('Pack id, kebab-case'),
          name: text('Pack name shown to users'),
          version: text('Version, e.g. 1.4.0'),
          industry: text('Industry of terms that name none'),
          terms: { type: 'array', items: term },
        },
      },
    ),
    mutedTerms: policy('Muted terms', 'Ids of terms never highlighted.', texts('Term ids')),
    defaultPlatform: policy('Default search platform', "The hover card's search platform.", { type: 'string', enum: [...POLICY_PLATFORM_IDS] }),
    defaultCountry: policy('X-ray country', 'LinkedIn country subdomain for Google and Bing X-ray searches ("" for all).', { type: 'string', pattern: '^[a-z]{0,3}$' }),
    defaultExclude: policy('Always-excluded words', 'Words every search excludes (NOT).', texts('Words')),
    sites: policy(
      'Sites on or off',
      'Host names mapped to true (Jargon Lens runs there) or false (switched off), e.g. {"indeed.com": false}. A name covers its subdomains.',
      { type: 'object', additionalProperties: { type: 'boolean' } },
    ),
    highlighting: policy('Highlighting', 'Highlight terms on pages at all.', { type: 'boolean' }),
    style: policy('Highlight style', 'How terms are marked.', { type: 'string', enum: ['underline', 'tint', 'both'] }),
    highlightColor: policy('Highlight colour', 'Colour of the marks.', { type: 'string', enum: [...POLICY_HIGHLIGHT_COLORS] }),
    occurrences: policy('Occurrences', 'Mark every occurrence, or only the first of each term.', { type: 'string', enum: ['every', 'first'] }),
    hoverCard: policy('Hover card', 'Show the card when the pointer rests on a term.', { type: 'boolean' }),
    hoverDelayMs: policy('Hover card delay', 'Milliseconds before the card shows (0-3000).', { type: 'integer', minimum: 0, maximum: 3000 }),
    industries: policy('Industries', 'Industry slugs to highlight (e.g. ["software-engineering", "sales"]); leave out for all.', texts('Industry slugs')),
  },
} as const satisfies { readonly type: 'object'; readonly properties: Readonly<Record<PolicyName, Schema>> };

