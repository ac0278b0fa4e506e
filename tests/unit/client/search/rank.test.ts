/** src/client/search/rank.ts: one Pagefind search, its first results re-ranked on their text. */
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../../../src/client/search/match';
import { adjacency, assess, bestSubResult, compareAssessed, insertions, preRank, RANKING, RERANK, runSearch, SHOWN_FIRST } from '../../../../src/client/search/rank';
import type { Hit, PageData, Pagefind, SubResult } from '../../../../src/client/search/types';

const page = (url: string, kind: string, title: string, content: string, sub_results: SubResult[] = []): PageData =>
  ({ url, raw_url: url, content, excerpt: '', meta: { title, kind }, sub_results });
const sub = (title: string, location: number, locations: number[] = [], element = 'li'): SubResult =>
  ({ title, url: `/t/#${location}`, excerpt: '', locations, anchor: { element, id: String(location), location } });

const order = (q: string, pages: [PageData, number][]) =>
  pages.map(([d, score]) => assess(queryKeys(q), d, score)).sort(compareAssessed).map((a) => a.data.url);

describe('compareAssessed', () => {
  it('compareAssessed puts the phrase before pages with the words apart, whatever Pagefind scored', () => {
    expect(order('ninh binh', [
      [page('/an-ninh/', 'article', 'An ninh', 'an ninh và Thái Bình Dương'), 9],
      [page('/ninh-binh/', 'topic', 'Tỉnh', 'tại tỉnh Ninh Bình'), 1],
    ])).toEqual(['/ninh-binh/', '/an-ninh/']);
  });
  it('compareAssessed puts the report before an aggregate page quoting the same sentence', () => {
    const s = 'đã cấp trên 84,7 triệu thẻ';
    expect(order('84,7', [[page('/indicator/', 'indicator', 'Thẻ', s), 5], [page('/timeline/', 'timeline', 'Năm', s), 4], [page('/article/', 'article', 'Bài', s), 1]]))
      .toEqual(['/article/', '/indicator/', '/timeline/']);
  });
  it('compareAssessed puts a page titled with the query before reports that only mention it', () => {
    expect(order('chu ky so', [[page('/article/', 'article', 'Bài', 'dùng chữ ký số'), 5], [page('/indicator/', 'indicator', 'Tỷ lệ chữ ký số', 'chữ ký số'), 1]]))
      .toEqual(['/indicator/', '/article/']);
  });
  it('compareAssessed prefers the phrase as typed to the phrase folded', () => {
    expect(order('Bình', [[page('/binh/', 'article', 'A', 'binh sĩ'), 9], [page('/bình/', 'article', 'B', 'Ninh Bình'), 1]])).toEqual(['/bình/', '/binh/']);
  });
});

describe('bestSubResult', () => {
  const text = 'Năm 2025 Mục tiêu dịch vụ công Phiên họp thứ 10 của Ủy ban đã họp';
  const subs = [sub('Năm 2025', 0, [0], 'h1'), sub('Mục tiêu dịch vụ công', 2, [3]), sub('Phiên họp thứ 10 của Ủy ban', 7, [7, 8])];
  it('bestSubResult takes the section titled with the query', () => {
    const r = assess(queryKeys('phien hop thu 10'), page('/t/', 'timeline', 'Năm 2025', text, subs), 1);
    expect(bestSubResult(r)?.title).toBe('Phiên họp thứ 10 của Ủy ban');
    expect(r.match.at).toBe(7);
  });
  it('bestSubResult takes the section holding the best passage, never the h1', () => {
    expect(bestSubResult(assess(queryKeys('dich vu'), page('/t/', 'timeline', 'Năm 2025', text, subs), 1))?.title).toBe('Mục tiêu dịch vụ công');
    expect(bestSubResult(assess(queryKeys('2025'), page('/t/', 'timeline', 'Năm 2025', text, subs), 1))).toBeNull();
  });
  it('bestSubResult links no section of a report unless it is titled with the query', () => {
    expect(bestSubResult(assess(queryKeys('da hop'), page('/a/', 'article', 'Bài', text, subs), 1))).toBeNull();
  });
});

describe('runSearch', () => {
  const hit = (d: PageData, score: number): Hit => ({ id: d.url, score, data: () => Promise.resolve(d) });
  const fake = (hits: Hit[]): Pagefind & { queries: string[] } => {
    const queries: string[] = [];
    return { queries, init: async () => {}, filters: async () => ({}), search: async (q) => { queries.push(q); return { results: hits, filters: { kind: { A: 2 } } }; } };
  };
  it('runSearch runs one Pagefind search per query, without đ variants', async () => {
    const pf = fake([]);
    await runSearch(pf, '  dinh danh  dien tu ', {});
    expect(pf.queries).toEqual(['dinh danh dien tu']);
  });
  it('runSearch re-ranks the first RERANK results, keeps the rest in Pagefind’s order, and returns the counts', async () => {
    const hits = Array.from({ length: RERANK + 2 }, (_, i) => hit(page(`/p${i}/`, 'topic', 'T', i === RERANK - 1 ? 'Ninh Bình' : 'ninh và bình'), 100 - i));
    const found = await runSearch(fake(hits), 'ninh binh', {});
    const head = (await found.head()).map((a) => a.data.url);
    const rest = await Promise.all(found.rest.map(async (e) => (await e.load()).data.url));
    expect(head).toHaveLength(RERANK);
    expect(head[0]).toBe(`/p${RERANK - 1}/`);
    expect(rest).toEqual([`/p${RERANK}/`, `/p${RERANK + 1}/`]);
    expect(found.counts).toEqual({ kind: { A: 2 } });
  });
  it('runSearch gives the first SHOWN_FIRST results early, re-ranked, in the order the whole head keeps them', async () => {
    // Scores fall with i; pages 1 and 3 hold the phrase as typed, 7 too (read only with the head).
    const exact = new Set([1, 3, 7]);
    const hits = Array.from({ length: RERANK + 1 }, (_, i) => hit(page(`/p${i}/`, 'topic', 'T', exact.has(i) ? 'Ninh Bình' : 'ninh và bình'), 100 - i));
    const found = await runSearch(fake(hits), 'Ninh Bình', {});
    const early = (await found.early).map((a) => a.data.url);
    const head = (await found.head()).map((a) => a.data.url);
    expect(early).toEqual(['/p1/', '/p3/', '/p0/', '/p2/', '/p4/'].slice(0, SHOWN_FIRST));
    expect(head.slice(0, 3)).toEqual(['/p1/', '/p3/', '/p7/']);
    expect(head.filter((u) => early.includes(u))).toEqual(early);
  });
  it('runSearch reads the results after the first SHOWN_FIRST only when the head is asked for, after the early ones', async () => {
    const read: number[] = [];
    const hits = Array.from({ length: RERANK + 1 }, (_, i): Hit => ({ ...hit(page(`/p${i}/`, 'topic', 'T', 'ninh'), 100 - i), data: async () => { read.push(i); return page(`/p${i}/`, 'topic', 'T', 'ninh'); } }));
    const found = await runSearch(fake(hits), 'ninh', {});
    await found.early;
    expect(read).toEqual([0, 1, 2, 3, 4].slice(0, SHOWN_FIRST));
    const head = await found.head();
    expect(read).toHaveLength(RERANK);
    expect(head).toHaveLength(RERANK);
    expect(await found.head()).toBe(head);
  });
  it('runSearch reports a page that fails to load through `early`, without an unhandled rejection of `head`', async () => {
    const broken: Hit = { id: 'x', score: 1, data: () => Promise.reject(new Error('offline-data')) };
    const found = await runSearch(fake([broken]), 'ninh', {});
    await expect(found.early).rejects.toThrow('offline-data');
  });
});

describe('RANKING', () => {
  it('RANKING sets every Pagefind ranking option within its documented range', () => {
    for (const k of ['termFrequency', 'pageLength'] as const) expect(RANKING[k]).toBeGreaterThanOrEqual(0);
    expect(RANKING.termFrequency).toBeLessThanOrEqual(1);
    expect(RANKING.pageLength).toBeLessThanOrEqual(1);
    expect(RANKING.termSaturation).toBeLessThanOrEqual(2);
    expect(RANKING.metaWeights.title).toBeGreaterThan(RANKING.metaWeights.fold);
  });
});

describe('adjacency', () => {
  it('adjacency counts the hit positions within any n consecutive words', () => {
    expect(adjacency([10, 57], 2)).toBe(1);
    expect(adjacency([57, 3, 4, 90], 2)).toBe(2);
    expect(adjacency([5, 7, 30], 4)).toBe(2);
    expect(adjacency([], 2)).toBe(0);
  });
  it('adjacency reads ascending positions (Pagefind’s order) and any other order alike', () => {
    expect(adjacency([3, 4, 5, 40], 3)).toBe(3);
    expect(adjacency([40, 5, 3, 4, 4], 3)).toBe(3);
    expect(adjacency([3, 5, 7, 9], 3)).toBe(2);
    expect(adjacency([1, 2, 3, 4, 5], 2)).toBe(2);
  });
});

describe('insertions', () => {
  it('insertions places the results missing from the list where the head has them, moving none shown', () => {
    expect(insertions(['a', 'c'], ['x', 'a', 'y', 'z', 'c', 'w'])).toEqual([
      { item: 'x', after: null }, { item: 'y', after: 'a' }, { item: 'z', after: 'y' }, { item: 'w', after: 'c' },
    ]);
    expect(insertions(['a', 'b'], ['a', 'b'])).toEqual([]);
    expect(insertions([], ['a'])).toEqual([{ item: 'a', after: null }]);
  });
});

describe('preRank', () => {
  it('preRank puts hits with the words side by side first, then by score, before loading any text', () => {
    const hits = [{ id: 'apart', score: 9, words: [1, 40] }, { id: 'phrase', score: 1, words: [7, 8] }, { id: 'also', score: 2, words: [3, 4, 50] }];
    expect(preRank(hits, 2).map((h) => h.id)).toEqual(['also', 'phrase', 'apart']);
  });
  it('preRank keeps Pagefind’s order for one-word queries', () => {
    const hits = [{ id: 'a', score: 1, words: [1] }, { id: 'b', score: 2, words: [2] }];
    expect(preRank(hits, 1)).toEqual(hits);
  });
});
