/**
 * Validates whole glossaries: each file against the schema, then the rules that span files
 * (unique ids, links that resolve, no two terms claiming the same words). Every problem names
 * the file, the term and the field, so a failing test or a refused import says exactly what to fix.
 */
import * as v from 'valibot';
import { GlossaryFileSchema, type GlossaryFile } from '../../data/glossary.schema';

export interface GlossarySource {
  /** Where the data came from: a file path, or an imported file's name. */
  readonly path: string;
  readonly data: unknown;
}

export interface GlossaryProblem {
  readonly path: string;
  /** The term's id (or its position when the id itself is broken). */
  readonly term?: string;
  /** Dotted path to the field inside the term, e.g. `questions.mid[1].expectedAnswer`. */
  readonly field?: string;
  readonly message: string;
}

export function formatProblem(p: GlossaryProblem): string {
  return [p.path, p.term && `term "${p.term}"`, p.field].filter(Boolean).join(' › ') + `: ${p.message}`;
}

type PathItem = { key: unknown };

function fieldPath(items: readonly PathItem[]): string {
  return items
    .map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${String(item.key)}`))
    .join('');
}

function termLabel(data: unknown, index: number): string {
  const terms = (data as { terms?: unknown } | null)?.terms;
  const id = Array.isArray(terms) ? (terms[index] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

/** Valibot's wording for object-shape issues, in the words a person fixing the file needs. */
function readableMessage(issue: v.GenericIssue, atTop: boolean): string {
  const isObjectIssue = issue.type === 'strict_object' || issue.type === 'object';
  if (isObjectIssue && issue.expected === 'never') return 'is not a known field (check its spelling)';
  if (isObjectIssue && issue.received === 'undefined') return 'is missing';
  if (isObjectIssue && atTop) return 'must be an object like { "industry": "...", "terms": [...] }';
  if (isObjectIssue) return `must be an object, not ${issue.received}`;
  return issue.message;
}

function schemaProblems(source: GlossarySource): GlossaryProblem[] {
  // Valibot accepts arrays where objects are expected; a glossary file is never one.
  if (typeof source.data !== 'object' || source.data === null || Array.isArray(source.data)) {
    return [{ path: source.path, message: 'must be an object like { "industry": "...", "terms": [...] }' }];
  }
  const result = v.safeParse(GlossaryFileSchema, source.data, { abortEarly: false });
  if (result.success) return [];
  return result.issues.map((issue) => {
    const items = (issue.path ?? []) as PathItem[];
    const message = readableMessage(issue, items.length === 0);
    if (items[0]?.key === 'terms' && typeof items[1]?.key === 'number') {
      const rest = items.slice(2);
      return {
        path: source.path,
        term: termLabel(source.data, items[1].key),
        ...(rest.length > 0 ? { field: fieldPath(rest) } : {}),
        message,
      };
    }
    return { path: source.path, ...(items.length > 0 ? { field: fieldPath(items) } : {}), message };
  });
}

/** Cross-file rules; only run on files that passed the schema. */
function crossFileProblems(files: readonly { path: string; file: GlossaryFile }[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const idOwner = new Map<string, string>();
  const wordOwner = new Map<string, string>();
  const acronymOwner = new Map<string, string>();
  const industryOwner = new Map<string, string>();

  for (const { path, file } of files) {
    const industryKey = file.industry.toLowerCase();
    const otherFile = industryOwner.get(industryKey);
    if (otherFile) problems.push({ path, field: 'industry', message: `industry "${file.industry}" is also used by ${otherFile}` });
    else industryOwner.set(industryKey, path);

    for (const term of file.terms) {
      const owner = idOwner.get(term.id);
      if (owner) problems.push({ path, term: term.id, field: 'id', message: `id is already used in ${owner}` });
      else idOwner.set(term.id, path);

      // Names and aliases are matched case-insensitively on pages, so they must belong to one term.
      const ownWords = new Set<string>();
      for (const [field, word] of [['name', term.name] as const, ...term.aliases.map((a, i) => [`aliases[${i}]`, a] as const)]) {
        const key = word.toLowerCase();
        if (ownWords.has(key)) {
          problems.push({ path, term: term.id, field, message: `"${word}" repeats the term's own name or another alias` });
          continue;
        }
        ownWords.add(key);
        const claimedBy = wordOwner.get(key);
        if (claimedBy) problems.push({ path, term: term.id, field, message: `"${word}" also belongs to term "${claimedBy}"` });
        else wordOwner.set(key, term.id);
      }
      term.acronyms.forEach((acronym, i) => {
        const claimedBy = acronymOwner.get(acronym);
        if (claimedBy) problems.push({ path, term: term.id, field: `acronyms[${i}]`, message: `"${acronym}" also belongs to term "${claimedBy}"` });
        else acronymOwner.set(acronym, term.id);
      });
    }
  }

  for (const { path, file } of files) {
    for (const term of file.terms) {
      term.related.forEach((id, i) => {
        if (id === term.id) problems.push({ path, term: term.id, field: `related[${i}]`, message: 'a term cannot link to itself' });
        else if (!idOwner.has(id)) problems.push({ path, term: term.id, field: `related[${i}]`, message: `links to "${id}", which is not in the glossary` });
      });
    }
  }
  return problems;
}

export interface GlossaryValidation {
  readonly problems: readonly GlossaryProblem[];
  /** The files that passed the schema, typed. */
  readonly files: readonly { path: string; file: GlossaryFile }[];
}

export function validateGlossary(sources: readonly GlossarySource[]): GlossaryValidation {
  const problems: GlossaryProblem[] = [];
  const files: { path: string; file: GlossaryFile }[] = [];
  for (const source of sources) {
    const own = schemaProblems(source);
    problems.push(...own);
    if (own.length === 0) files.push({ path: source.path, file: source.data as GlossaryFile });
  }
  problems.push(...crossFileProblems(files));
  return { problems, files };
}
