/** Which Pagefind search answers a query: its word pairs first, in the pair index (src/lib/pairs.ts),
 * when they find a full page of results, else its words. A phrase's syllables ("kinh", "tế", "số")
 * are in nearly every Vietnamese page, so Pagefind scores tens of thousands of their positions; its
 * pairs ("ǃkinhte ǃteso") are in the pages that hold the phrase, a few positions each, and scored as
 * words are (the title's pairs too), so the first results are the phrase matches the ranking puts
 * first anyway. A pair hit reads as the page itself, its hits at the places of the phrase. */
import { queryPairs } from '../../lib/pairs';
import { queryKeys } from './match';
import type { Filters, Hit, PairIndex, Pagefind } from './types';

/** The hits of one query, in Pagefind's order. */
export interface Hits {
  hits: Hit[];
  /** Words of the query searched (its pairs, or its words): a phrase puts this many hits side by side. */
  span: number;
  /** Count of each filter value for the hits. */
  counts: Record<string, Record<string, number>>;
  /** The pages that hold the words but not the phrase (after a pair search): the word search, run
   * when called (after the pages found through the pairs). */
  more?: () => Promise<Hit[]>;
}

/** Searches `query` (normalised) with `filters`: in the pair index when there is one, the query has
 * two words or more and its pairs find at least `enough` pages (a first page); otherwise in the word
 * index `pf`. */
export async function searchHits(pf: Pagefind, pairIndex: PairIndex | null, query: string, filters: Filters, enough: number): Promise<Hits> {
  const words = async (): Promise<Hits> => {
    const r = await pf.search(query, { filters });
    return { hits: r?.results ?? [], span: queryKeys(query).folded.length, counts: r?.filters ?? {} };
  };
  const pairs = queryPairs(query);
  if (!pairs || !pairIndex) return words();
  const r = await pairIndex.pf.search(pairs, { filters });
  const hits = r?.results ?? [];
  if (hits.length < enough) return words();
  return {
    hits,
    span: pairs.split(' ').length,
    counts: r?.filters ?? {},
    more: async () => {
      const [found, ids] = await Promise.all([words(), pairIndex.wordIds()]);
      const seen = new Set(hits.map((h) => ids[h.id]));
      return found.hits.filter((h) => !seen.has(h.id));
    },
  };
}
