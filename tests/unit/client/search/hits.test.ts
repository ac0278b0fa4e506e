/** src/client/search/hits.ts: a phrase searched through its word pairs first, else its words. */
import { describe, expect, it } from 'vitest';
import { searchHits } from '../../../../src/client/search/hits';
import { RERANK, runSearch } from '../../../../src/client/search/rank';
import { queryPairs } from '../../../../src/lib/pairs';
import type { Hit, PageData, Pagefind, PairIndex } from '../../../../src/client/search/types';

const data = (url: string, content: string, locations: number[] = []): PageData =>
  ({ url, raw_url: url, content, excerpt: '', meta: { title: 'T', kind: 'article' }, locations });
const hit = (id: string, d: PageData, score = 1): Hit => ({ id, score, words: d.locations ?? [], data: () => Promise.resolve(d) });

/** A Pagefind that answers every query with `hits` and filter counts named `tag`, recording the queries. */
const fake = (hits: Hit[], tag: string): Pagefind & { queries: string[] } => {
  const queries: string[] = [];
  return { queries, init: async () => {}, filters: async () => ({}), search: async (q) => { queries.push(q); return { results: hits, filters: { kind: { [tag]: hits.length } } }; } };
};

/** RERANK pages holding "kinh tế số" (found through pairs as `p<i>`, through words as `w<i>`) and one holding the words apart. */
const phrase = Array.from({ length: RERANK }, (_, i) => data(`/p${i}/`, `mở đầu kinh tế số ${i}`, [2, 3]));
const byPairs = phrase.map((d, i) => hit(`p${i}`, d, 10 - i));
const apart = hit('w-apart', data('/apart/', 'kinh doanh và tế bào số'), 20);
const byWords = [apart, ...phrase.map((d, i) => hit(`w${i}`, d))];
const ids = Object.fromEntries(phrase.map((_, i) => [`p${i}`, `w${i}`]));
const pairIndex = (hits: Hit[]): PairIndex & { pf: { queries: string[] } } => ({ pf: fake(hits, 'P'), wordIds: async () => ids });

describe('searchHits', () => {
  it('searchHits answers a phrase from the pair index when its pairs find a first page, with their counts and span', async () => {
    const words = fake(byWords, 'W');
    const pairs = pairIndex(byPairs);
    const found = await searchHits(words, pairs, 'kinh tế số', {}, RERANK);
    expect(pairs.pf.queries).toEqual([queryPairs('kinh tế số')]);
    expect(words.queries).toEqual([]);
    expect(found.hits.map((h) => h.id)).toEqual(byPairs.map((h) => h.id));
    expect(found.span).toBe(2);
    expect(found.counts).toEqual({ kind: { P: RERANK } });
  });
  it('searchHits adds, on demand, the word search’s pages not found through the pairs (ids mapped to the word index)', async () => {
    const words = fake(byWords, 'W');
    const found = await searchHits(words, pairIndex(byPairs), 'kinh tế số', {}, RERANK);
    expect((await found.more!()).map((h) => h.id)).toEqual(['w-apart']);
    expect(words.queries).toEqual(['kinh tế số']);
  });
  it('searchHits searches the words when the pairs find less than a first page', async () => {
    const words = fake(byWords, 'W');
    const found = await searchHits(words, pairIndex(byPairs.slice(1)), 'kinh tế số', {}, RERANK);
    expect(words.queries).toEqual(['kinh tế số']);
    expect(found.more).toBeUndefined();
    expect(found.span).toBe(3);
    expect(found.counts).toEqual({ kind: { W: byWords.length } });
  });
  it('searchHits searches the words alone for a one-word query or without a pair index (offline, English)', async () => {
    const pairs = pairIndex(byPairs);
    const words = fake(byWords, 'W');
    await searchHits(words, pairs, 'số', {}, RERANK);
    await searchHits(words, null, 'kinh tế số', {}, RERANK);
    expect(pairs.pf.queries).toEqual([]);
    expect(words.queries).toEqual(['số', 'kinh tế số']);
  });
});

describe('runSearch with a pair index', () => {
  it('runSearch shows the pages found through the pairs and reads the others as entries when asked for more', async () => {
    const found = await runSearch(fake(byWords, 'W'), 'kinh tế số', {}, pairIndex(byPairs));
    expect((await found.head()).map((a) => a.data.url).sort()).toEqual(phrase.map((d) => d.url).sort());
    expect(found.rest).toEqual([]);
    const more = await found.more!();
    expect(await Promise.all(more.map(async (e) => (await e.load()).data.url))).toEqual(['/apart/']);
  });
});
