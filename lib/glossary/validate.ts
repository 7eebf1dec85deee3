/**
 * Validates whole glossaries: each file against the schema, then the rules that span files
 * (unique ids, links that resolve, no two terms claiming the same words). Every problem names
 * the file, the term and the field, so a failing test or a refused import says exactly what to fix.
 */
import * as v from 'valibot';
import { GlossaryFileSchema, type GlossaryFile, type Term } from '../../data/glossary.schema';
import { foldText, wordCharAt } from '../matcher/fold';

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

/** One form a term can be matched by, as the matcher compares it. */
interface FormRef {
  readonly path: string;
  readonly term: string;
  readonly field: string;
  readonly text: string;
  /** Folded to lower case (the matcher's key). */
  readonly key: string;
  /** Folded with case kept, for case-sensitive forms; undefined for case-insensitive ones. */
  readonly exact: string | undefined;
}

function formsOf(path: string, term: Term): FormRef[] {
  const ref = (field: string, text: string, caseSensitive: boolean): FormRef => ({
    path,
    term: term.id,
    field,
    text,
    key: foldText(text, false),
    exact: caseSensitive ? foldText(text, true) : undefined,
  });
  return [
    ref('name', term.name, term.nameMatchCase === true),
    ...term.aliases.map((alias, i) => ref(`aliases[${i}]`, alias, false)),
    ...term.acronyms.map((acronym, i) => ref(`acronyms[${i}]`, acronym, true)),
  ];
}

/** Two forms can match the same words on a page (case-sensitive ones only in their own case). */
const sameWords = (a: FormRef, b: FormRef) => a.key === b.key && (a.exact === undefined || b.exact === undefined || a.exact === b.exact);

/** Whole-word containment of a folded form in a folded phrase. */
function containsForm(phrase: string, form: string): boolean {
  for (let at = phrase.indexOf(form); at >= 0; at = phrase.indexOf(form, at + 1)) {
    const before = at === 0 || !wordCharAt(phrase, at - 1);
    const after = !wordCharAt(phrase, at + form.length);
    if (before && after) return true;
  }
  return false;
}

/** Cross-file rules; only run on files that passed the schema. */
function crossFileProblems(files: readonly { path: string; file: GlossaryFile }[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const idOwner = new Map<string, string>();
  const industryOwner = new Map<string, string>();
  const formsByKey = new Map<string, FormRef[]>();
  const termsById = new Map<string, { path: string; term: Term }>();

  for (const { path, file } of files) {
    const industryKey = file.industry.toLowerCase();
    const otherFile = industryOwner.get(industryKey);
    if (otherFile) problems.push({ path, field: 'industry', message: `industry "${file.industry}" is also used by ${otherFile}` });
    else industryOwner.set(industryKey, path);

    for (const term of file.terms) {
      const owner = idOwner.get(term.id);
      if (owner) problems.push({ path, term: term.id, field: 'id', message: `id is already used in ${owner}` });
      else {
        idOwner.set(term.id, path);
        termsById.set(term.id, { path, term });
      }
      const own: FormRef[] = [];
      for (const form of formsOf(path, term)) {
        // Within a term, a name and an acronym may repeat each other's letters ("Two" and "TWO"): only same-kind repeats are mistakes.
        if (own.some((other) => (other.exact === undefined) === (form.exact === undefined) && sameWords(other, form))) {
          problems.push({ path, term: term.id, field: form.field, message: `"${form.text}" repeats another of the term's own forms` });
          continue;
        }
        own.push(form);
        const list = formsByKey.get(form.key) ?? [];
        list.push(form);
        formsByKey.set(form.key, list);
      }
    }
  }

  // Shared forms are senses: each term sharing one needs cues, and exactly one is its default.
  const sharedKeys = new Set<string>();
  const hasCues = (id: string) => {
    const term = termsById.get(id)?.term;
    return (term?.cues?.length ?? 0) + (term?.cueTerms?.length ?? 0) > 0;
  };
  const claimsDefault = (ref: FormRef) => (termsById.get(ref.term)?.term.defaultFor ?? []).some((form) => foldText(form, false) === ref.key);
  for (const [key, forms] of formsByKey) {
    const groups: FormRef[][] = [];
    for (const form of forms) {
      const group = groups.find((candidates) => candidates.some((other) => sameWords(other, form)));
      if (group) group.push(form);
      else groups.push([form]);
    }
    for (const group of groups) {
      const terms = [...new Set(group.map((form) => form.term))];
      if (terms.length < 2) continue;
      sharedKeys.add(key);
      for (const form of group) {
        const others = terms.filter((id) => id !== form.term).map((id) => `"${id}"`).join(', ');
        if (!hasCues(form.term)) {
          problems.push({ path: form.path, term: form.term, field: form.field, message: `"${form.text}" is also a form of ${others}: a shared form needs cues (or cueTerms) on every term that has it` });
        }
      }
      const defaults = group.filter(claimsDefault);
      const defaultTerms = new Set(defaults.map((form) => form.term));
      if (defaultTerms.size !== 1) {
        const first = group[0]!;
        const message =
          defaultTerms.size === 0
            ? `"${first.text}" is shared by ${terms.map((id) => `"${id}"`).join(', ')}: exactly one of them must list it in defaultFor`
            : `"${first.text}" is the default (defaultFor) of ${[...defaultTerms].map((id) => `"${id}"`).join(' and ')}: only one term can be`;
        problems.push({ path: first.path, term: first.term, field: first.field, message });
      }
    }
  }

  for (const { path, file } of files) {
    for (const term of file.terms) {
      const own = formsOf(path, term);
      const ownKeys = new Set(own.map((form) => form.key));
      term.related.forEach((id, i) => {
        if (id === term.id) problems.push({ path, term: term.id, field: `related[${i}]`, message: 'a term cannot link to itself' });
        else if (!idOwner.has(id)) problems.push({ path, term: term.id, field: `related[${i}]`, message: `links to "${id}", which is not in the glossary` });
      });
      (term.cueTerms ?? []).forEach((id, i) => {
        if (id === term.id) problems.push({ path, term: term.id, field: `cueTerms[${i}]`, message: 'a term cannot be its own cue' });
        else if (!idOwner.has(id)) problems.push({ path, term: term.id, field: `cueTerms[${i}]`, message: `names "${id}", which is not in the glossary` });
      });
      (term.defaultFor ?? []).forEach((form, i) => {
        const key = foldText(form, false);
        if (!ownKeys.has(key)) problems.push({ path, term: term.id, field: `defaultFor[${i}]`, message: `"${form}" is not one of the term's name, aliases or acronyms` });
        else if (!sharedKeys.has(key)) problems.push({ path, term: term.id, field: `defaultFor[${i}]`, message: `"${form}" belongs to no other term, so it needs no default: remove it` });
      });
      (term.readings ?? []).forEach((reading, i) => {
        if (!ownKeys.has(foldText(reading.form, false))) {
          problems.push({ path, term: term.id, field: `readings[${i}].form`, message: `"${reading.form}" is not one of the term's name, aliases or acronyms` });
        }
        if (reading.cues.length === 0 && reading.afterName !== true) {
          problems.push({ path, term: term.id, field: `readings[${i}].cues`, message: 'a reading needs cues or afterName, or it can never be chosen' });
        }
      });
      (term.never ?? []).forEach((phrase, i) => {
        const key = foldText(phrase, false);
        if (!own.some((form) => containsForm(key, form.key))) {
          problems.push({ path, term: term.id, field: `never[${i}]`, message: `"${phrase}" does not contain any of the term's forms as whole words` });
        }
        const clash = formsByKey.get(key)?.[0];
        if (clash) problems.push({ path, term: term.id, field: `never[${i}]`, message: `"${phrase}" is itself a form of "${clash.term}"` });
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
