/**
 * The shared half of `Platform.adapt`: every phrase of a request cleaned and quoted for one platform,
 * duplicates merged, characters it can't take dropped, and every loss reported in plain language.
 * Platform modules call this and then adjust the draft to what they can express.
 */
import { isBareWord, phraseToken } from './quote';
import type { Adapted, DraftGroup, DraftItem, LeftOut, Note, Role, SearchRequest } from './types';

export interface AdaptOptions {
  /** The platform's name for messages. */
  readonly label: string;
  /** Global RegExp of characters the platform can't take inside a phrase; quote marks are always dropped. */
  readonly unsupported: RegExp;
  /** Single words the platform ignores (a bare one is useless as an alternative). */
  readonly stopWords?: readonly string[] | undefined;
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

  notes(): Note[] {
    if (this.dropped.size === 0) return [];
    const list = [...this.dropped].map(([raw, chars]) => `${[...chars].join(' ')} in "${raw.trim()}"`).join('; ');
    return [{ level: 'warning', message: `Removed characters ${this.options.label} can't take inside a search phrase: ${list}.` }];
  }
}

/** Keeps the first of each case-insensitive duplicate, skipping any already in `seen`. */
export function unique(items: readonly DraftItem[], seen = new Set<string>()): DraftItem[] {
  return items.filter((item) => {
    if (seen.has(key(item))) return false;
    seen.add(key(item));
    return true;
  });
}

function adaptGroups(request: SearchRequest, collect: Collector): DraftGroup[] {
  const groups: DraftGroup[] = [];
  for (const group of request.groups) {
    const primary = collect.item(group.primary, 'term');
    const alternatives = collect.items(group.alternatives, 'alternative');
    // A name with nothing searchable left: its first usable alternative stands in for it.
    const [head, ...rest] = primary ? [primary, ...alternatives] : alternatives;
    if (head === undefined) continue;
    groups.push({ primary: head, alternatives: unique(rest, new Set([key(head)])) });
  }
  return groups;
}

export function adaptCommon(request: SearchRequest, options: AdaptOptions): Adapted {
  const collect = new Collector(options);
  const groups = adaptGroups(request, collect);
  const titles = unique(collect.items(request.titles, 'title'));
  const keyword = request.keyword === undefined ? null : collect.item(request.keyword, 'keyword');
  const location = request.location === undefined ? null : collect.item(request.location, 'location');
  const exclude = unique(collect.items(request.exclude, 'exclude'));
  return {
    draft: { groups, titles, keyword, location, exclude, country: null },
    leftOut: collect.leftOut,
    notes: collect.notes(),
  };
}
