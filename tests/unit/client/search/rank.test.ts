/** src/client/search/rank.ts: one Pagefind search, its first results re-ranked on their text. */
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../../../src/client/search/match';
import { adjacency, assess, bestSubResult, compareAssessed, preRank, RANKING, RERANK, runSearch } from '../../../../src/client/search/rank';
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
    const urls = await Promise.all(found.entries.map(async (e) => (await e.load()).data.url));
    expect(urls[0]).toBe(`/p${RERANK - 1}/`);
    expect(urls.slice(-2)).toEqual([`/p${RERANK}/`, `/p${RERANK + 1}/`]);
    expect(found.counts).toEqual({ kind: { A: 2 } });
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
