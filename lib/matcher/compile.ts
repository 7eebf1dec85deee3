/**
 * Compiles glossary forms (names, aliases, acronyms) into the matcher's flat radix tree.
 * Runs once per glossary (in the background), never per page.
 */
import { Flag, MATCHER_FORMAT, type CompiledMatcher } from './compiled';
import { foldText } from './fold';

/** What the matcher needs of a term: its id and the forms it is written in. */
export interface MatchableTerm {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronyms: readonly string[];
  readonly nameMatchCase?: boolean | undefined;
}

export interface MatcherForm {
  readonly term: number;
  /** Folded, case kept. */
  readonly exact: string;
  /** Folded to lower case: the tree key. */
  readonly key: string;
  readonly flags: number;
}

function pluralFlags(exact: string, acronym: boolean): number {
  const last = exact.charAt(exact.length - 1);
  if (acronym) return /[A-Z]/.test(last) ? Flag.PluralS : 0;
  if (!/\p{L}/u.test(last)) return 0;
  return /[sxz]$|[cs]h$/i.test(exact) ? Flag.PluralS | Flag.PluralEs : Flag.PluralS;
}

/** Every form of every term, in priority order (the matcher and the reference both use it). */
export function matcherForms(terms: readonly MatchableTerm[]): MatcherForm[] {
  const forms: MatcherForm[] = [];
  terms.forEach((term, index) => {
    const add = (text: string, caseSensitive: boolean, acronym: boolean) => {
      const exact = foldText(text, true);
      if (exact === '') return;
      forms.push({ term: index, exact, key: foldText(text, false), flags: (caseSensitive ? Flag.CaseSensitive : 0) | pluralFlags(exact, acronym) });
    };
    add(term.name, term.nameMatchCase === true, false);
    term.aliases.forEach((alias) => add(alias, false, false));
    term.acronyms.forEach((acronym) => add(acronym, true, true));
  });
  return forms;
}

interface BuildNode {
  label: string;
  children: Map<string, BuildNode>;
  accepts: MatcherForm[];
}

const newNode = (label: string): BuildNode => ({ label, children: new Map(), accepts: [] });

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
    if (!node.accepts.some((other) => other.term === form.term && other.exact === form.exact && other.flags === form.flags)) node.accepts.push(form);
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
  const accepts: [number, number, string][][] = [];
  for (const node of order) {
    let acceptIndex = -1;
    if (node.accepts.length > 0) {
      acceptIndex = accepts.length;
      // Case-sensitive forms first: where "SAFe" and "safe" share a key, the exact one wins.
      const sorted = [...node.accepts].sort((a, b) => (b.flags & Flag.CaseSensitive) - (a.flags & Flag.CaseSensitive));
      accepts.push(sorted.map((form) => [form.term, form.flags, form.exact]));
    }
    nodes.push(labels.length, node.label.length, firstChild.get(node) ?? 0, node.children.size, acceptIndex);
    labels += node.label;
  }
  return { format: MATCHER_FORMAT, ids: terms.map((term) => term.id), labels, nodes, accepts };
}
