/**
 * "Every entry its own": finds red flags, indicators and questions that repeat a skeleton shared
 * by many entries with only the term swapped ("Holds X or is studying for it", "Mentors others").
 * Each item has the term's own name, aliases and acronyms replaced by a placeholder and its stop
 * words dropped; an item that says more than the term itself (two or more other words) must not
 * share half or more of its words (Jaccard >= 0.5) with items of more than `maxPeers` other entries.
 */
import type { Term } from '../../data/glossary.schema';

const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by can
  could did do does doing down during each few for from further had has have having he her here hers herself him himself his how
  i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there these they this those through to
  too under until up very was we were what when where which while who whom why will with would you your yours yourself
  yourselves s t don`.split(/\s+/),
);

const PLACEHOLDER = '§term';
/** Fewer other words than this and the item says no more than the term itself ("Holds CISSP"). */
const MIN_WORDS = 2;

export interface SkeletonItem {
  readonly id: string;
  readonly field: string;
  readonly text: string;
  readonly words: ReadonlySet<string>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An item's words with the term's own forms replaced and stop words dropped. */
export function itemWords(term: Term, text: string): Set<string> {
  let replaced = text.toLowerCase();
  const forms = [term.name, ...term.aliases, ...term.acronyms].map((form) => form.toLowerCase()).sort((a, b) => b.length - a.length);
  for (const form of forms) replaced = replaced.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu'), ` ${PLACEHOLDER} `);
  return new Set(replaced.split(/[^\p{L}\p{N}§]+/u).filter((word) => word !== '' && !STOP_WORDS.has(word)));
}

export function skeletonItems(term: Term): SkeletonItem[] {
  const items: { field: string; text: string }[] = [
    ...term.redFlags.map((text, i) => ({ field: `redFlags[${i}]`, text })),
    ...(['junior', 'mid', 'senior'] as const).flatMap((level) => [
      ...term.indicators[level].map((text, i) => ({ field: `indicators.${level}[${i}]`, text })),
      ...term.questions[level].map((qa, i) => ({ field: `questions.${level}[${i}].question`, text: qa.question })),
    ]),
  ];
  return items.map(({ field, text }) => ({ id: term.id, field, text, words: itemWords(term, text) }));
}

/** Items (saying more than the term itself) that share a skeleton with items of more than `maxPeers` other entries. */
export function sharedSkeletons(terms: readonly Term[], maxPeers = 3): { item: SkeletonItem; peers: string[] }[] {
  const items = terms.flatMap(skeletonItems).filter((item) => [...item.words].filter((word) => word !== PLACEHOLDER).length >= MIN_WORDS);
  const postings = new Map<string, number[]>();
  items.forEach((item, index) => {
    for (const word of item.words) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = []));
      list.push(index);
    }
  });
  const overlap = new Int32Array(items.length);
  const found: { item: SkeletonItem; peers: string[] }[] = [];
  items.forEach((item, index) => {
    const touched: number[] = [];
    for (const word of item.words) {
      for (const other of postings.get(word)!) {
        if (overlap[other] === 0) touched.push(other);
        overlap[other]!++;
      }
    }
    const peers = new Set<string>();
    for (const other of touched) {
      const shared = overlap[other]!;
      overlap[other] = 0;
      if (other === index || items[other]!.id === item.id) continue;
      const union = item.words.size + items[other]!.words.size - shared;
      if (shared / union >= 0.5) peers.add(items[other]!.id);
    }
    if (peers.size > maxPeers) found.push({ item, peers: [...peers].sort() });
  });
  return found;
}
