/** One search the site's way: one Pagefind query, then its first results re-ranked on their text
 * (phrase and whole-word matches first, the title's next, a report before pages that quote it). */
import { searchHits } from './hits';
import { locate, normalizeQuery, queryKeys, splitWords, Tier, Words, type Match, type QueryKeys } from './match';
import type { Filters, Hit, PairIndex, Pagefind, PageData, SubResult } from './types';

/** Pagefind ranking, tuned on this site's pages: articles are long and aggregate pages short, so page
 * length counts for less than the default, a term's first mentions for more than its repetitions,
 * titles weigh most, and the index-only folded words (`fold`, `fold_title`, see
 * scripts/build/search-index.ts) find a page typed without "đ" without lifting it. */
export const RANKING = {
  termFrequency: 0.8,
  pageLength: 0.45,
  termSaturation: 1.2,
  termSimilarity: 1.5,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 5, fold_title: 4, fold: 0.2, date: 0 },
} as const;

/** Results whose text is read to re-rank them, after the pre-ranking (see preRank): the first page
 * of results (loading more costs more than it brings: aggregate pages are long); the rest follow. */
export const RERANK = 10;

/** Results of the first page read before it shows (see Found): the others of the first RERANK are
 * inserted in their places as they arrive (each page's text is a round trip to Pagefind's worker). */
export const SHOWN_FIRST = 5;

/** Hit positions of a page read at most (the first ones): a long aggregate page mentions a common
 * word thousands of times, and its first phrase is all the ranking needs. */
const MAX_POSITIONS = 300;

/** Kinds of page about one report; the others (indicator, topic, timeline, story…) gather and quote
 * reports, so on the same match they come after the report itself. */
const PRIMARY_KINDS = new Set(['article']);

/** A result read against the query. */
export interface Assessed {
  data: PageData;
  /** Where and how closely the page's text holds the query. */
  match: Match;
  /** The page's words, as Pagefind counts them. */
  words: string[];
  /** The word positions of Pagefind's hits that were read (the first MAX_POSITIONS). */
  near: number[];
  /** Whether its title holds the query as a phrase (folded). */
  inTitle: boolean;
  /** Whether it is about one report (see PRIMARY_KINDS). */
  primary: boolean;
  /** A section (timeline event, heading) whose title holds the query as closely as the text does. */
  section: SubResult | null;
  score: number;
}

/** Sections of a page that can be linked to: anchored, titled, not the page's top. */
const linkable = (data: PageData) => (data.sub_results ?? []).filter((s) => s.anchor && !/^h1$/i.test(s.anchor.element) && s.title);

/** The first linkable section whose title holds the query at least as closely as `tier`, with the
 * best passage from its start on. */
function titledSection(q: QueryKeys, data: PageData, text: Words, near: number[], tier: number): { section: SubResult; match: Match } | null {
  for (const s of linkable(data)) {
    if (locate(q, splitWords(s.title)).tier > Math.min(tier, Tier.folded)) continue;
    return { section: s, match: locate(q, text, s.anchor!.location, near) };
  }
  return null;
}

/** Reads a result's data against the query. */
export function assess(q: QueryKeys, data: PageData, score: number): Assessed {
  const text = new Words(splitWords(data.content || ''));
  const title = locate(q, splitWords(data.meta.title || ''));
  const near = [...new Set(data.locations ?? [])].sort((a, b) => a - b).slice(0, MAX_POSITIONS);
  const match = locate(q, text, 0, near);
  const titled = match.at < 0 ? null : titledSection(q, data, text, near, match.tier);
  return {
    data,
    match: titled && titled.match.tier <= match.tier ? titled.match : match,
    words: text.words,
    near,
    inTitle: title.tier <= Tier.folded,
    primary: PRIMARY_KINDS.has(data.meta.kind || ''),
    section: titled?.section ?? null,
    score,
  };
}

/** Order of results: match tier, then title match, then reports first, then a section titled with
 * the query, then Pagefind's score. */
export function compareAssessed(a: Assessed, b: Assessed): number {
  return a.match.tier - b.match.tier || Number(b.inTitle) - Number(a.inTitle) ||
    Number(b.primary) - Number(a.primary) || Number(!!b.section) - Number(!!a.section) || b.score - a.score;
}

/** The section to link a result to: one titled with the query; else, on a page that gathers many
 * (a timeline year, a topic), the last linkable section starting at or before the best passage (or,
 * with no passage, the first with hits); null when there is none or the page is about one report
 * (its sections are the parts of that report: "Nội dung bài báo"). */
export function bestSubResult(r: Assessed): SubResult | null {
  if (r.section) return r.section;
  if (r.primary) return null;
  let best: SubResult | null = null;
  for (const s of linkable(r.data)) {
    const at = s.anchor!.location;
    if (r.match.at < 0) {
      if (s.locations.length) return s;
      continue;
    }
    if (at <= r.match.at && (!best || best.anchor!.location < at)) best = s;
  }
  return best;
}

/** A result: its assessment, loaded for the first RERANK results and on demand for the rest. */
export interface Entry {
  load(): Promise<Assessed>;
}

/** Whether `xs` ascends strictly, as Pagefind gives a hit's word positions (sorted, one per word). */
function ascending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! <= xs[i - 1]!) return false;
  return true;
}

/** The most of Pagefind's hit positions `words` that fall within any `n` consecutive words: `n` for
 * a page holding an `n`-word query as a phrase (fewer when words typed without "đ" are found only
 * through the index's folded copy, which has no position), 1 when the words are apart. One pass over
 * the positions when they ascend (Pagefind's order: a search finds thousands of pages, each with
 * dozens of positions, and this runs on every one before anything shows); sorted first otherwise. */
export function adjacency(words: readonly number[], n: number): number {
  const at = ascending(words) ? words : [...new Set(words)].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < at.length && best < n; i++) {
    while (at[i]! - at[j]! >= n) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/** Pagefind's hits ordered before any page's text is loaded: by adjacency (phrases first), then by
 * Pagefind's score. Stable. */
export function preRank<H extends Pick<Hit, 'score'> & { words?: number[] }>(hits: H[], n: number): H[] {
  if (n < 2) return hits;
  const near = hits.map((h, i) => ({ h, i, near: adjacency(h.words ?? [], n) }));
  near.sort((a, b) => b.near - a.near || b.h.score - a.h.score || a.i - b.i);
  return near.map((x) => x.h);
}

/** What a search found: its first results re-ranked in two steps, so the first page can show as soon
 * as a few are read and fill in as the others arrive; the other results; and the filter counts. */
export interface Found {
  /** The first SHOWN_FIRST results of the pre-ranking, read and re-ranked (compareAssessed). */
  early: Promise<Assessed[]>;
  /** The first RERANK results, read and re-ranked: the early ones keep their order among themselves
   * (the sort is stable and they come first), so the page only gains results between them. The
   * others are read only when this is called (after the early ones: reading them at the same time
   * delays those, and a reader who typed on does not need them). */
  head: () => Promise<Assessed[]>;
  /** The results after the first RERANK, in the pre-ranking's order, read when shown. */
  rest: Entry[];
  /** After a search through the query's word pairs (src/client/search/hits.ts): the pages that hold
   * its words but not the phrase, searched when called (when a reader asks for more than `rest`). */
  more?: () => Promise<Entry[]>;
  /** Count of each filter value for the query. */
  counts: Record<string, Record<string, number>>;
}

/** The results of `head` (in order) missing from `shown`, each with the shown or inserted result it
 * goes after (null: at the top): inserting them so turns the list `shown` into `head` without moving
 * any result already shown (a reader's focus stays where it is). `shown` must keep `head`'s order. */
export function insertions<T>(shown: readonly T[], head: readonly T[]): { item: T; after: T | null }[] {
  const have = new Set(shown);
  const out: { item: T; after: T | null }[] = [];
  let after: T | null = null;
  for (const item of head) {
    if (!have.has(item)) out.push({ item, after });
    after = item;
  }
  return out;
}

/** Runs `query` with `filters` on Pagefind: one search (in the word-pair index `pairs` when the
 * query's pairs find a first page there, see searchHits); its hits pre-ranked on their positions
 * (preRank); the first RERANK read at once and re-ranked (compareAssessed), the first SHOWN_FIRST of
 * them also on their own (see Found). */
export async function runSearch(pf: Pagefind, query: string, filters: Filters, pairs: PairIndex | null = null): Promise<Found> {
  const q = queryKeys(normalizeQuery(query));
  const found = await searchHits(pf, pairs, normalizeQuery(query), filters, RERANK);
  const hits = preRank(found.hits, found.span);
  const entry = (h: Hit): Entry => ({ load: async () => assess(q, await h.data(), h.score) });
  const read = (h: Hit) => h.data().then((data) => assess(q, data, h.score));
  const ranked = (list: Promise<Assessed>[]) => Promise.all(list).then((a) => a.sort(compareAssessed));
  const first = hits.slice(0, SHOWN_FIRST).map(read);
  const early = ranked(first);
  let head: Promise<Assessed[]> | undefined;
  return {
    early,
    head: () => (head ??= early.then(() => ranked([...first, ...hits.slice(SHOWN_FIRST, RERANK).map(read)]))),
    rest: hits.slice(RERANK).map(entry),
    counts: found.counts,
    ...(found.more ? { more: () => found.more!().then((more) => more.map(entry)) } : {}),
  };
}
