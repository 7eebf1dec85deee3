/**
 * Shapes shared by the boolean-search builder, the platform modules and the linter.
 * A request is platform-neutral (plain words and phrases); a platform turns it into a draft of its own
 * tokens, renders drafts to strings, and declares the syntax and limits the linter and splitter obey.
 */

export type Mode = 'strict' | 'broad';

/** One required term: its name OR-ed with its alternatives. */
export interface TermGroup {
  /** The term's name: part of the anchor, so it repeats in every part of a split search. */
  readonly primary: string;
  /** Aliases, acronyms (and in broad mode the other terms' forms): each lands in exactly one part. */
  readonly alternatives: readonly string[];
}

/** What to search for, before any platform syntax. Built by `requestForTerms` or by hand. */
export interface SearchRequest {
  /** ANDed with each other. */
  readonly groups: readonly TermGroup[];
  /** OR-ed with each other and ANDed with the groups. */
  readonly titles: readonly string[];
  /** Free text ANDed to every part (a skill, a company, a city). */
  readonly keyword?: string | undefined;
  /** A place: a plain phrase on most platforms, GitHub's `location:` qualifier. */
  readonly location?: string | undefined;
  /** Words no result may contain (recruiter, intern). */
  readonly exclude: readonly string[];
  /** LinkedIn country subdomain for X-ray searches (`uk` → `site:uk.linkedin.com/in`); others ignore it. */
  readonly country?: string | undefined;
  /** Industry slugs of the terms behind the request: some platforms are offered for some industries only. */
  readonly industries: readonly string[];
}

/** One phrase as the user chose it and as the platform writes it. */
export interface DraftItem {
  /** Cleaned human text, shown in the UI and used to track which part holds what. */
  readonly text: string;
  /** What goes into the query: bare word, `"quoted phrase"` or a qualifier like `location:London`. */
  readonly token: string;
}

export interface DraftGroup {
  readonly primary: DraftItem;
  readonly alternatives: readonly DraftItem[];
}

/** A request in one platform's tokens: everything `render` needs for one string. */
export interface Draft {
  readonly groups: readonly DraftGroup[];
  readonly titles: readonly DraftItem[];
  readonly keyword: DraftItem | null;
  readonly location: DraftItem | null;
  readonly exclude: readonly DraftItem[];
  /** Validated LinkedIn country subdomain for X-ray, or null for all of linkedin.com. */
  readonly country: string | null;
}

export type Role = 'term' | 'alternative' | 'title' | 'keyword' | 'location' | 'exclude' | 'country';

/** Something the user asked for that is not in any generated string, and why. */
export interface LeftOut {
  readonly text: string;
  readonly role: Role;
  readonly reason: string;
}

export interface Note {
  readonly level: 'info' | 'warning';
  readonly message: string;
}

/** What a platform made of a request: its draft, plus what it could not express. */
export interface Adapted {
  readonly draft: Draft;
  readonly leftOut: readonly LeftOut[];
  readonly notes: readonly Note[];
}

export type CounterKind = 'words' | 'terms' | 'characters' | 'operators' | 'titles';

export interface Limit {
  readonly counter: CounterKind;
  readonly max: number;
  /**
   * `hard`: the platform cuts or rejects what is over (we split; the linter reports an error).
   * `split`: works, but poorly above it (we split; the linter warns).
   * `soft`: disputed or undocumented (we never split or refuse; we warn).
   */
  readonly strength: 'hard' | 'split' | 'soft';
  /** The limit in plain words for messages: "Google reads only the first 32 words of a search". */
  readonly explain: string;
}

export interface Counter {
  readonly kind: CounterKind;
  readonly value: number;
  readonly limit: Limit | null;
}

export type Operator = 'AND' | 'OR' | 'NOT';

/** What the linter needs to know about a platform's query language. */
export interface Syntax {
  /** Operators the platform has; they count as operators only in capitals. */
  readonly operators: readonly Operator[];
  /** Operators that must be written in capitals (lowercase ones are searched as plain words). */
  readonly upperCase: readonly Operator[];
  /** Whether `( )` grouping works (GitHub user search breaks on it). */
  readonly parentheses: boolean;
  /** `none`: `*` is not a wildcard; `whole-word`: only a lone `*` is (Google); `varies`: depends on the system (generic ATS). */
  readonly wildcard: 'none' | 'whole-word' | 'varies';
  /** A leading `-` or `+` is not an operator (LinkedIn): `-word` must become `NOT word`. */
  readonly noPlusMinus: boolean;
  /** `NOT` is a plain word and `+`/`~` are deprecated (Google): exclusions are written `-word`. */
  readonly minusExcludes: boolean;
  /** Single words the platform ignores (Sales Navigator: by, in, with). */
  readonly stopWords: readonly string[];
  /** Whether quoting C++ / C# / .NET helps (it does not on GitHub, which ignores symbols anyway). */
  readonly quoteSymbols: boolean;
}

export interface Platform {
  /** Stable id used in settings and the registry, e.g. `google-xray`. */
  readonly id: string;
  /** Short name for buttons: "Copy {label} search". */
  readonly label: string;
  /** One plain-language line for the platform picker. */
  readonly summary: string;
  readonly syntax: Syntax;
  readonly limits: readonly Limit[];
  /** Counters shown next to each string, limits or not. */
  readonly counters: readonly CounterKind[];
  /** Whether the UI offers this platform for terms of these industries (GitHub: technology only). */
  offeredFor(industries: readonly string[]): boolean;
  /** Tokens in this platform's syntax; what it can't express is left out with a reason. */
  adapt(request: SearchRequest): Adapted;
  /** One query string for a draft: the whole request, or one part of a split one. */
  render(draft: Draft): string;
  /** Where to run a rendered string, or null for copy-only platforms (ATS). */
  url(text: string): string | null;
}

/** One runnable string. Split searches have several, numbered from 1. */
export interface SearchPart {
  readonly number: number;
  readonly text: string;
  readonly url: string | null;
  readonly counters: readonly Counter[];
  /** The groups and titles this part carries (the anchor plus its share of the alternatives). */
  readonly groups: readonly TermGroup[];
  readonly titles: readonly string[];
}

export interface SearchResult {
  readonly platformId: string;
  /** Empty only when nothing searchable is left (the reason is in `notes`). */
  readonly parts: readonly SearchPart[];
  readonly leftOut: readonly LeftOut[];
  readonly notes: readonly Note[];
}

export type LintKind =
  | 'curly-quotes'
  | 'unbalanced-quotes'
  | 'unbalanced-parentheses'
  | 'empty-parentheses'
  | 'parentheses'
  | 'lowercase-operator'
  | 'dangling-operator'
  | 'unsupported-operator'
  | 'wildcard'
  | 'unquoted-symbol'
  | 'stop-word'
  | `${CounterKind}-limit`;

export interface LintProblem {
  readonly kind: LintKind;
  readonly severity: 'error' | 'warning';
  /** Plain language for a recruiter: what is wrong and what the platform will do with it. */
  readonly message: string;
  /** The whole corrected string, only when the correction is certain; it lints clean of this kind. */
  readonly fix: string | null;
}
