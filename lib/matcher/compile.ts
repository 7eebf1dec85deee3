/**
 * Compiles glossary forms (names, aliases, acronyms, never-phrases) into the matcher's flat radix
 * tree. Runs at build time for the shipped glossary, and at run time only for the user's and the
 * team's own terms (a small tree searched beside the shipped one).
 */
import { Flag, MATCHER_FORMAT, type Accept, type CompiledMatcher, type NeverAround } from './compiled';
import { foldText, wordCharAt } from './fold';

/** What the matcher needs of a term: its id and the forms it is written in. */
export interface MatchableTerm {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronyms: readonly string[];
  readonly nameMatchCase?: boolean | undefined;
  /** Shared forms for which this term is the default sense. */
  readonly defaultFor?: readonly string[] | undefined;
  /** Phrases containing one of its forms that are not the term. */
  readonly never?: readonly string[] | undefined;
}

export interface MatcherForm {
  readonly term: number;
  /** Folded, case kept. */
  readonly exact: string;
  /** Folded to lower case: the tree key. */
  readonly key: string;
  readonly flags: number;
  /** Sorts a shared form's default sense before the others. */
  readonly isDefault: boolean;
}

/**
 * Whether a name or alias reads as ordinary words, which take a plural: every word is lower case
 * or capitalised ("Six Sigma", "scrum masters"). All-caps and mixed-case names ("LEED", "SAS",
 * "SAFe", "iOS") get none: "Leeds" is a city and "Sass" a stylesheet language.
 */
function takesPlural(text: string): boolean {
  return text.split(/[\s-]+/).every((word) => word.slice(1) === word.slice(1).toLowerCase());
}

function pluralFlags(exact: string, acronym: boolean, plainCase: boolean): number {
  const last = exact.charAt(exact.length - 1);
  if (acronym) return /[A-Z]/.test(last) ? Flag.PluralS : 0;
  if (!plainCase || !/\p{L}/u.test(last)) return 0;
  return /[sxz]$|[cs]h$/i.test(exact) ? Flag.PluralS | Flag.PluralEs : Flag.PluralS;
}

/** Every form of every term, in glossary order. */
export function matcherForms(terms: readonly MatchableTerm[]): MatcherForm[] {
  const forms: MatcherForm[] = [];
  terms.forEach((term, index) => {
    const defaults = new Set((term.defaultFor ?? []).map((form) => foldText(form, false)));
    const add = (text: string, caseSensitive: boolean, acronym: boolean) => {
      const exact = foldText(text, true);
      if (exact === '') return;
      const key = foldText(text, false);
      const flags = (caseSensitive ? Flag.CaseSensitive : 0) | pluralFlags(exact, acronym, takesPlural(text));
      forms.push({ term: index, exact, key, flags, isDefault: defaults.has(key) });
    };
    add(term.name, term.nameMatchCase === true, false);
    term.aliases.forEach((alias) => add(alias, false, false));
    term.acronyms.forEach((acronym) => add(acronym, true, true));
  });
  return forms;
}

/**
 * Each never-phrase of each term, as the words before and after every whole-word occurrence of
 * one of the term's forms in it (a phrase that holds none is left out: validation refuses it).
 */
export function neverPhrases(terms: readonly MatchableTerm[]): Record<number, NeverAround[]> {
  const nevers: Record<number, NeverAround[]> = {};
  terms.forEach((term, index) => {
    const keys = [term.name, ...term.aliases, ...term.acronyms].map((form) => foldText(form, false));
    const around = new Map<string, NeverAround>();
    for (const phrase of term.never ?? []) {
      const folded = foldText(phrase, false);
      for (const key of keys) {
        for (let at = folded.indexOf(key); key !== '' && at >= 0; at = folded.indexOf(key, at + 1)) {
          if ((at > 0 && wordCharAt(folded, at - 1)) || wordCharAt(folded, at + key.length)) continue;
          const entry: NeverAround = [folded.slice(0, at), folded.slice(at + key.length)];
          around.set(entry.join('\u0000'), entry);
        }
      }
    }
    if (around.size > 0) nevers[index] = [...around.values()];
  });
  return nevers;
}

/**
 * The order forms ending at one node are tried in, best first: a case-sensitive form before a
 * case-insensitive one ("SAFe" before "safe"), a shared form's default sense before its other
 * senses, then glossary order.
 */
export function compareAccepts(a: MatcherForm, b: MatcherForm): number {
  const exact = (b.flags & Flag.CaseSensitive) - (a.flags & Flag.CaseSensitive);
  if (exact !== 0) return exact;
  return Number(b.isDefault) - Number(a.isDefault) || a.term - b.term;
}

interface BuildNode {
  label: string;
  children: Map<string, BuildNode>;
  accepts: MatcherForm[];
}

const newNode = (label: string): BuildNode => ({ label, children: new Map(), accepts: [] });

const sameForm = (a: MatcherForm, b: MatcherForm) => a.term === b.term && a.exact === b.exact && a.flags === b.flags;

export function compileMatcher(terms: readonly MatchableTerm[]): CompiledMatcher {
  // 1. A plain trie, one unit per edge.
  const root = newNode('');
  for (const form of matcherForms(terms)) {
    let node = root;
    for (const unit of form.key) {
      let child = node.children.get(unit);
      if (!child) node.children.set(unit, (child = newNode(unit)));
      node = child;
    }
    const twin = node.accepts.findIndex((other) => sameForm(other, form));
    if (twin < 0) node.accepts.push(form);
    else if (form.isDefault) node.accepts[twin] = form;
  }

  // 2. Radix: fold chains of single-child, non-accepting nodes into one edge label.
  const compress = (node: BuildNode): void => {
    for (const child of node.children.values()) {
      while (child.children.size === 1 && child.accepts.length === 0) {
        const only = [...child.children.values()][0]!;
        child.label += only.label;
        child.children = only.children;
        child.accepts = only.accepts;
      }
      compress(child);
    }
  };
  compress(root);

  // 3. Flatten breadth-first so each node's children are contiguous and sorted.
  const order: BuildNode[] = [root];
  const firstChild = new Map<BuildNode, number>();
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    firstChild.set(node, order.length);
    order.push(...[...node.children.values()].sort((a, b) => a.label.charCodeAt(0) - b.label.charCodeAt(0)));
  }
  let labels = '';
  const nodes: number[] = [];
  const accepts: Accept[][] = [];
  for (const node of order) {
    let acceptIndex = -1;
    if (node.accepts.length > 0) {
      acceptIndex = accepts.length;
      accepts.push([...node.accepts].sort(compareAccepts).map((form): Accept => [form.term, form.flags, form.flags & Flag.CaseSensitive ? form.exact : '']));
    }
    nodes.push(labels.length, node.label.length, firstChild.get(node) ?? 0, node.children.size, acceptIndex);
    labels += node.label;
  }
  return { format: MATCHER_FORMAT, ids: terms.map((term) => term.id), labels, nodes, accepts, nevers: neverPhrases(terms) };
}
