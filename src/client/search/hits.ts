/** Which Pagefind search answers a query: its word pairs first (src/lib/pairs.ts), when they find a
 * full page of results, else its words. A phrase's syllables ("kinh", "tế", "số") are in nearly every
 * Vietnamese page, so Pagefind scores tens of thousands of their positions; its pairs ("ǃkinhte
 * ǃteso") are in the pages that hold the phrase, a few positions each, and scored as words are (the
 * title's pairs too), so the first results are the phrase matches the ranking puts first anyway. */
import { queryPairs } from '../../lib/pairs';
import { queryKeys } from './match';
import type { Filters, Hit, Pagefind } from './types';

/** The hits of one query, in Pagefind's order. */
export interface Hits {
  hits: Hit[];
  /** Words of the query searched (its pairs, or its words): a phrase puts this many hits side by side. */
  span: number;
  /** Count of each filter value for the hits. */
  counts: Record<string, Record<string, number>>;
  /** The pages that hold the words but not the pair (after a pair search): the word search, run
   * when called (after the pages found through the pairs). */
  more?: () => Promise<Hit[]>;
}

/** Searches `query` (normalised) with `filters`: through its pairs when it has two words or more
 * and they find at least `enough` pages (a first page), otherwise through its words. */
export async function searchHits(pf: Pagefind, query: string, filters: Filters, enough: number): Promise<Hits> {
  const words = async (): Promise<Hits> => {
    const r = await pf.search(query, { filters });
    return { hits: r?.results ?? [], span: queryKeys(query).folded.length, counts: r?.filters ?? {} };
  };
  const pairs = queryPairs(query);
  if (!pairs) return words();
  const r = await pf.search(pairs, { filters });
  const hits = r?.results ?? [];
  if (hits.length < enough) return words();
  const seen = new Set(hits.map((h) => h.id));
  return {
    hits,
    span: pairs.split(' ').length,
    counts: r?.filters ?? {},
    more: async () => (await words()).hits.filter((h) => !seen.has(h.id)),
  };
}
