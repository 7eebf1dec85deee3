/**
 * The shared half of `Platform.adapt`: every phrase of a request cleaned and quoted for one platform,
 * duplicates merged, characters it can't take dropped, the user's own keyword and exclusions read as
 * boolean and checked against what the platform can say, and every loss reported in plain language.
 * Platform modules call this and then move things where the platform wants them.
 */
import { mapTerms, parseUserWords, renderExpr, type Atom, type Style } from './expr';
import { isBareWord, phraseToken } from './quote';
import type { Adapted, DraftExpr, DraftItem, Expr, LeftOut, Note, Role, SearchRequest } from './types';

export interface AdaptOptions {
  /** The platform's name for messages. */
  readonly label: string;
  /** Global RegExp of characters the platform can't take inside a phrase; quote marks are always dropped. */
  readonly unsupported: RegExp;
  /** Single words the platform ignores (a bare one is useless as an alternative). */
  readonly stopWords?: readonly string[] | undefined;
  /** How the platform writes boolean, to check the user's own words can be said there. */
  readonly style: Style;
  /** How the platform reads `a b OR c` (see Syntax.orBindsTighter): the user's words mean what they would there. */
  readonly orBindsTighter: boolean;
}

/**
 * Default for most platforms: brackets and `*` inside phrases break or change the search, and a
 * backslash before the closing quote reads as an escaped quote to some parsers.
 */
export const COMMON_UNSUPPORTED = /[()*\\]/g;

const key = (item: DraftItem) => item.text.toLocaleLowerCase();

class Collector {
  readonly leftOut: LeftOut[] = [];
  private readonly dropped = new Map<string, Set<string>>();

  constructor(private readonly options: AdaptOptions) {}

  /** One phrase as a draft item, or null (and a left-out entry) when nothing searchable remains. */
  item(raw: string, role: Role): DraftItem | null {
    const { text, token, dropped } = phraseToken(raw, this.options.unsupported);
    if (dropped.length > 0) this.dropped.set(raw, new Set(dropped));
    if (token === '') {
      if (raw.trim() !== '') this.leftOut.push({ text: raw, role, reason: 'nothing searchable is left once quote marks and symbols are removed' });
      return null;
    }
    const stop = this.options.stopWords ?? [];
    if (isBareWord(token) && stop.includes(text.toLocaleLowerCase())) {
      this.leftOut.push({ text, role, reason: `${this.options.label} ignores the word "${text}"` });
      return null;
    }
    return { text, token };
  }

  items(raws: readonly string[], role: Role): DraftItem[] {
    return raws.map((raw) => this.item(raw, role)).filter((item): item is DraftItem => item !== null);
  }

  /** A term of the user's own boolean: qualifiers as written, words and phrases quoted as the platform needs. */
  atom(atom: Atom, role: Role): DraftItem | null {
    if (!atom.qualifier) return this.item(atom.text, role);
    // `location:"San Francisco"`, `repos:>=5`: the name as typed, the value cleaned like any phrase.
    const colon = atom.text.indexOf(':');
    const { text } = phraseToken(atom.text.slice(colon + 1), this.options.unsupported);
    if (text === '') return null;
    const name = atom.text.slice(0, colon);
    return { text: `${name}:${text}`, token: `${name}:${/\s/.test(text) ? `"${text}"` : text}` };
  }

  /**
   * The user's own words as an expression in platform tokens, or null (with the reason) when empty
   * or when the platform can't say it. `negated`: checked as an exclusion.
   */
  userWords(raw: string | undefined, role: Role, negated: boolean): DraftExpr | null {
    if (raw === undefined || raw.trim() === '') return null;
    const parsed = parseUserWords(raw, this.options.orBindsTighter);
    const mapped = parsed === null ? null : mapTerms(parsed, (atom) => this.atom(atom, role));
    const expr = negated ? asExclusion(mapped) : mapped;
    if (expr === null) {
      if (parsed === null) this.leftOut.push({ text: raw, role, reason: 'nothing searchable is left once quote marks and symbols are removed' });
      return null;
    }
    const checked: DraftExpr = negated ? { kind: 'not', item: expr } : expr;
    if (renderExpr(checked, this.options.style) === null) {
      const why =
        this.options.style === 'github'
          ? "GitHub has no brackets, so it can't combine this OR with the rest of the search"
          : `${this.options.label} can only exclude single words and phrases (write them separated by commas)`;
      this.leftOut.push({ text: raw, role, reason: why });
      return null;
    }
    return expr;
  }

  notes(): Note[] {
    if (this.dropped.size === 0) return [];
    const list = [...this.dropped].map(([raw, chars]) => `${[...chars].join(' ')} in "${raw.trim()}"`).join('; ');
    return [{ level: 'warning', message: `Removed characters ${this.options.label} can't take inside a search phrase: ${list}.` }];
  }
}

/**
 * What an exclusion entry means to exclude: typed as `-intern` or `NOT intern` in the exclude box it
 * still means "intern", and `-intern -student` means either.
 */
function asExclusion<T>(expr: Expr<T> | null): Expr<T> | null {
  if (expr === null) return null;
  if (expr.kind === 'not') return expr.item;
  if (expr.kind === 'and' && expr.items.every((item) => item.kind === 'not')) {
    return { kind: 'or', items: expr.items.map((item) => (item.kind === 'not' ? item.item : item)) };
  }
  return expr;
}

/** Keeps the first of each case-insensitive duplicate, skipping any already in `seen`. */
export function unique(items: readonly DraftItem[], seen = new Set<string>()): DraftItem[] {
  return items.filter((item) => {
    if (seen.has(key(item))) return false;
    seen.add(key(item));
    return true;
  });
}

export function adaptCommon(request: SearchRequest, options: AdaptOptions): Adapted {
  const collect = new Collector(options);
  const groups: DraftItem[][] = [];
  for (const group of request.groups) {
    const forms = unique(collect.items(group.forms, 'form'));
    if (forms.length > 0) groups.push(forms);
  }
  const titles = unique(collect.items(request.titles, 'title'));
  const keyword = collect.userWords(request.keyword, 'keyword', false);
  const exclude = request.exclude.map((entry) => collect.userWords(entry, 'exclude', true)).filter((expr): expr is DraftExpr => expr !== null);
  const location = request.location === undefined || request.location.trim() === '' ? null : collect.item(request.location, 'location');
  return {
    draft: { clauses: [{ groups, titles }], keyword, location, exclude, country: null, qualifiers: [] },
    leftOut: collect.leftOut,
    notes: collect.notes(),
  };
}
