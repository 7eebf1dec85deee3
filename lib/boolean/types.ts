/**
 * Shapes shared by the boolean-search builder, the platform modules and the linter.
 * A request is platform-neutral (plain words and phrases); a platform turns it into a draft of its own
 * tokens, renders drafts to strings (and, where it has them, separate fields such as a job-title
 * filter), and declares the syntax and limits the linter and the planner obey.
 */

/**
 * `strict`: the term (in any of its names) AND one of the titles.
 * `broad`: the term in any of its names, whatever the job title.
 */
export type Mode = 'strict' | 'broad';

/** One term: its forms (name first, then the aliases and acronyms people write), OR-ed. Groups are ANDed. */
export interface TermGroup {
  readonly forms: readonly string[];
}

/** What to search for, before any platform syntax. Built by `requestForTerms` or by hand. */
export interface SearchRequest {
  /** ANDed with each other: a person must show every term, in any of its forms. */
  readonly groups: readonly TermGroup[];
  /** OR-ed with each other and ANDed with the groups; empty: no title is required. */
  readonly titles: readonly string[];
  /**
   * The user's own words, ANDed to every part: a phrase (`supply chain`), a comma list (any of
   * them: `fintech, banking`) or boolean (`Python OR Java`, `"C#" -Unity`).
   */
  readonly keyword?: string | undefined;
  /** A place: the platform's location field or qualifier where it has one, else a phrase. */
  readonly location?: string | undefined;
  /** No result may match any entry; each entry a word, a phrase or boolean (`recruiter OR sourcer`). */
  readonly exclude: readonly string[];
  /** LinkedIn country subdomain for LinkedIn X-ray searches (`uk` → `site:uk.linkedin.com/in`); others ignore it. */
  readonly country?: string | undefined;
  /** Industry slugs of the terms behind the request: some platforms are offered for some industries only. */
  readonly industries: readonly string[];
  /** GitHub user search: at least this many public repositories (0 or absent: any). */
  readonly minRepos?: number | undefined;
  /** GitHub user search: at least this many followers (0 or absent: any). */
  readonly minFollowers?: number | undefined;
}

/** One phrase as the user chose it and as the platform writes it. */
export interface DraftItem {
  /** Cleaned human text, shown in the UI and used to track which part holds what. */
  readonly text: string;
  /** What goes into the query: bare word, `"quoted phrase"` or a qualifier like `language:Python`. */
  readonly token: string;
}

/** A boolean expression over terms of type T: the user's own words, and strings read back for checking. */
export type Expr<T> =
  | { readonly kind: 'term'; readonly value: T }
  | { readonly kind: 'and' | 'or'; readonly items: readonly Expr<T>[] }
  | { readonly kind: 'not'; readonly item: Expr<T> };

export type DraftExpr = Expr<DraftItem>;

/** One rectangle of the search: a form of every group AND (when there are titles) one of the titles. */
export interface Clause {
  readonly groups: readonly (readonly DraftItem[])[];
  /** Empty: no title required. */
  readonly titles: readonly DraftItem[];
}

/** A request in one platform's tokens: everything `render` needs for one string. */
export interface Draft {
  /** OR-ed; one clause except on platforms that never split (they OR several into one string). */
  readonly clauses: readonly Clause[];
  /** The user's keyword, ANDed to every clause. */
  readonly keyword: DraftExpr | null;
  readonly location: DraftItem | null;
  /** Each excluded expression: no result may match any of them. */
  readonly exclude: readonly DraftExpr[];
  /** Validated LinkedIn country subdomain for LinkedIn X-ray, or null for all of linkedin.com. */
  readonly country: string | null;
  /** Qualifiers the platform set for this part (GitHub's `language:`). */
  readonly qualifiers: readonly string[];
}

export type Role = 'term' | 'form' | 'title' | 'keyword' | 'location' | 'exclude' | 'country';

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

/** What a platform made of a request: its draft (one clause with everything), plus what it could not express. */
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
  /** How loudly to mention a `soft` limit that is passed (disputed ones: `info`). Default `warning`. */
  readonly level?: 'info' | 'warning' | undefined;
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
  /**
   * How a space combines with OR. Web search engines (Google, Bing, Indeed, GitHub) bind OR tighter
   * (`a b OR c` is a AND (b OR c)); LinkedIn and ATS boolean bind AND tighter. Our strings bracket
   * every OR group, so this only matters when reading a string back.
   */
  readonly orBindsTighter: boolean;
}

/** A separate box on the platform's search form, with what to type into it. */
export interface SearchField {
  readonly kind: 'keywords' | 'title' | 'location';
  /** The platform's own name for the box: "Keywords", "Job titles", "Locations". */
  readonly label: string;
  readonly text: string;
  /** Where to find the box, when it is not obvious. */
  readonly hint?: string | undefined;
}

export interface Platform {
  /** Stable id used in settings and the registry, e.g. `google-xray`. */
  readonly id: string;
  /** Short name for buttons: "Copy {label} search". */
  readonly label: string;
  /** The picker's group: LinkedIn's own search, X-ray through a web search engine, or elsewhere. */
  readonly family: 'LinkedIn' | 'X-ray' | 'Other';
  /** One plain-language line for the platform picker. */
  readonly summary: string;
  readonly syntax: Syntax;
  readonly limits: readonly Limit[];
  /** Counters shown next to each string, limits or not. */
  readonly counters: readonly CounterKind[];
  /** Whether several clauses may be OR-ed into one string; otherwise each is its own part. */
  readonly mergesClauses: boolean;
  /** Whether the platform ignores symbols (GitHub): "C++" searches "C", so phrases compare without them. */
  readonly ignoresSymbols: boolean;
  /** Whether the UI offers this platform for terms of these industries (GitHub: technology only). */
  offeredFor(industries: readonly string[]): boolean;
  /** Tokens in this platform's syntax; what it can't express is left out with a reason. */
  adapt(request: SearchRequest): Adapted;
  /** The main query string for a draft (what the limits count): the whole request, or one part of it. */
  render(draft: Draft): string;
  /** Other boxes of the platform's form, filled from the draft (job titles, location), in form order. */
  fields?(draft: Draft): readonly SearchField[];
  /** Where to run a rendered string, or null for copy-only platforms (ATS, Recruiter). */
  url(text: string, draft?: Draft): string | null;
}

/** The forms and titles one part (or one clause of it) carries, as the user reads them. */
export interface PartClause {
  readonly groups: readonly (readonly string[])[];
  /** Empty: no title required. */
  readonly titles: readonly string[];
}

/** One runnable search. Split searches have several, numbered from 1. */
export interface SearchPart {
  readonly number: number;
  /** The main string (the keywords box, or the whole query). */
  readonly text: string;
  /** The platform's other boxes for this part (job titles, location); empty where it has none. */
  readonly fields: readonly SearchField[];
  readonly url: string | null;
  readonly counters: readonly Counter[];
  readonly clauses: readonly PartClause[];
  /** How many form × title combinations this part finds (its share of the whole). */
  readonly combinations: number;
}

/**
 * Combinations of forms and titles no part finds, as a rectangle: for each group the forms concerned
 * (null: any form), and the titles concerned (null: any title). Every such combination is listed in
 * one of these, with the reason, so nothing is lost without a word.
 */
export interface Uncovered {
  readonly groups: readonly (readonly string[] | null)[];
  readonly titles: readonly string[] | null;
  readonly reason: string;
}

/** A form or title that is not searched on its own because a shorter one already finds it. */
export interface Absorbed {
  readonly text: string;
  readonly role: 'form' | 'title';
  /** The shorter form or title that finds it. */
  readonly by: string;
}

/** More parts than a person will run: what to drop to get back to the cap. */
export interface CapAdvice {
  readonly parts: number;
  readonly cap: number;
  /** The fewest forms and titles whose removal brings the parts to `after`, least used first. */
  readonly drop: readonly { readonly role: 'form' | 'title'; readonly text: string }[];
  readonly after: number;
}

export interface SearchResult {
  readonly platformId: string;
  /** Empty only when nothing searchable is left (the reason is in `notes`). */
  readonly parts: readonly SearchPart[];
  readonly leftOut: readonly LeftOut[];
  readonly absorbed: readonly Absorbed[];
  readonly uncovered: readonly Uncovered[];
  readonly capAdvice: CapAdvice | null;
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
