/** public/js/search-core.js and search-view.js: the browser search's pure functions (classic scripts, run here as such). */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

interface Part { text: string; mark: boolean }
interface Core {
  RANKING: Record<string, unknown>;
  VARIANT_FACTOR: number;
  normalizeQuery(q: string): string;
  queryVariants(q: string): string[];
  matchTier(q: string, text: string): number;
  phraseWords(text: string): string[];
  mergeVariantHits<T extends { id: string; score: number }>(lists: T[][]): { hit: T; score: number; variant: number }[];
  rankByTier<T extends { tier: number; score: number }>(r: T[]): T[];
  rankSubResults<S extends { title?: string }>(q: string, subs: S[], max: number): S[];
  wordKey(s: string): string;
  highlight(excerpt: string, q: string): Part[];
  resultHref(root: string, path: string, offline: boolean): string;
  formatIsoDate(iso: string, lang: string): string;
  mergeCounts(r: { filters?: Record<string, Record<string, number>> }[]): Record<string, Record<string, number>>;
}

let core: Core;
beforeAll(() => {
  for (const f of ['search-core.js', 'search-view.js']) new Function(readFileSync(new URL(`../../../public/js/${f}`, import.meta.url), 'utf8'))();
  core = (globalThis as unknown as { CdsSearchCore: Core }).CdsSearchCore;
});

const marked = (parts: Part[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe('normalizeQuery', () => {
  it('normalizeQuery trims, collapses spaces and composes marks (NFC)', () => {
    expect(core.normalizeQuery('  Chi\u0301nh   phủ \n')).toBe('Chính phủ');
  });
});

describe('queryVariants', () => {
  it('queryVariants("dinh danh") adds đ at each initial d, the query as typed first', () => {
    expect(core.queryVariants('dinh danh')).toEqual(['dinh danh', 'đinh danh', 'dinh đanh', 'đinh đanh']);
  });
  it('queryVariants leaves words with đ or without an initial d alone', () => {
    expect(core.queryVariants('định danh')).toEqual(['định danh', 'định đanh']);
    expect(core.queryVariants('Ninh Bình')).toEqual(['Ninh Bình']);
  });
  it('queryVariants caps the variants at 2^3', () => {
    expect(core.queryVariants('dinh danh dien tu du lieu dan cu')).toHaveLength(8);
  });
  it('queryVariants handles capitals ("De an" → "đe an")', () => {
    expect(core.queryVariants('De an 06')).toEqual(['De an 06', 'đe an 06']);
  });
});

describe('matchTier', () => {
  it('matchTier is 0 for the phrase as typed, case aside', () => {
    expect(core.matchTier('Phạm Minh Chính', 'Thủ tướng Chính phủ phạm minh chính, Chủ tịch')).toBe(0);
  });
  it('matchTier is 1 for the phrase once folded', () => {
    expect(core.matchTier('pham minh chinh', 'Thủ tướng Phạm Minh Chính.')).toBe(1);
    expect(core.matchTier('de an 06', 'theo Đề án 06 của Chính phủ')).toBe(1);
  });
  it('matchTier is 2 when the words are apart', () => {
    expect(core.matchTier('Ninh Bình', 'an ninh mạng ở Hòa Bình')).toBe(2);
  });
  it('matchTier lets the last word be a prefix ("Phạm Minh Ch")', () => {
    expect(core.matchTier('Phạm Minh Ch', 'ông Phạm Minh Chính')).toBe(0);
    expect(core.matchTier('inh Bình', 'Ninh Bình')).toBe(2);
  });
  it('matchTier does not take a slug or file name for the phrase ("kinh-te-so.csv")', () => {
    expect(core.matchTier('kinh te so', 'Tải kinh-te-so.csv (12 kB)')).toBe(2);
    expect(core.matchTier('e-government', 'UN E-Government Development Index')).toBe(0);
  });
  it('matchTier trims punctuation around words ("Chính-", "(Đề án 06).")', () => {
    expect(core.matchTier('Phạm Minh Chính', 'Thủ tướng Phạm Minh Chính- Chủ tịch')).toBe(0);
    expect(core.matchTier('đề án 06', 'tầm nhìn đến năm 2030 (Đề án 06).')).toBe(0);
  });
  it('matchTier reads numbers as Pagefind does ("84,7" and "84.7")', () => {
    expect(core.matchTier('84,7', 'đã cấp trên 84,7 triệu thẻ')).toBe(0);
    expect(core.matchTier('84.7', 'đã cấp trên 84,7 triệu thẻ')).toBe(0);
  });
});

describe('phraseWords', () => {
  it('phraseWords trims punctuation, keeps joined words whole and drops marks inside numbers', () => {
    expect(core.phraseWords('“Chuyển đổi số”, kinh-te-so.csv: 84,7 triệu; 50.350 DN')).toEqual(['chuyển', 'đổi', 'số', 'kinh-te-so.csv', '847', 'triệu', '50350', 'dn']);
  });
});

describe('mergeVariantHits', () => {
  it('mergeVariantHits keeps one hit per page with its best score, variants discounted', () => {
    const typed = [{ id: 'a', score: 2 }, { id: 'b', score: 1 }];
    const variant = [{ id: 'b', score: 10 }, { id: 'c', score: 1 }];
    const merged = core.mergeVariantHits([typed, variant]);
    expect(merged.map((m) => [m.hit.id, m.score, m.variant])).toEqual([['b', 10 * core.VARIANT_FACTOR, 1], ['a', 2, 0], ['c', core.VARIANT_FACTOR, 1]]);
  });
  it('mergeVariantHits prefers the query as typed on a tie', () => {
    const merged = core.mergeVariantHits([[{ id: 'a', score: 0.9 }], [{ id: 'a', score: 1 }]]);
    expect(merged[0]!.variant).toBe(0);
  });
});

describe('rankByTier', () => {
  it('rankByTier orders by tier, then score, stable otherwise', () => {
    const r = [{ id: 1, tier: 2, score: 9 }, { id: 2, tier: 0, score: 1 }, { id: 3, tier: 1, score: 5 }, { id: 4, tier: 0, score: 3 }, { id: 5, tier: 0, score: 1 }];
    expect(core.rankByTier(r).map((x) => x.id)).toEqual([4, 2, 5, 3, 1]);
  });
});

describe('rankSubResults', () => {
  it('rankSubResults puts sections titled with the phrase first, then by hits, and drops untitled ones', () => {
    const subs = [
      { title: 'Năm 2025', anchor: { element: 'h1' }, locations: [1, 2, 3, 4] },
      { title: 'Mục tiêu 2025: dịch vụ công', anchor: { element: 'li' }, locations: [5, 6, 7] },
      { title: 'Phiên họp thứ 10 của Ủy ban', anchor: { element: 'li' }, locations: [8] },
      { title: '', anchor: { element: 'li' }, locations: [9, 10, 11, 12] },
      { title: 'Mục tiêu 2025: sinh trắc', anchor: { element: 'li' }, locations: [13, 14] },
    ];
    expect(core.rankSubResults('phien hop thu 10', subs, 2).map((s) => s.title)).toEqual(['Phiên họp thứ 10 của Ủy ban', 'Mục tiêu 2025: dịch vụ công']);
  });
});

describe('wordKey', () => {
  it('wordKey folds and drops punctuation as Pagefind reads words', () => {
    expect(core.wordKey('E-Government')).toBe('egovernment');
    expect(core.wordKey('84,7')).toBe('847');
    expect(core.wordKey('“Điện,')).toBe('dien');
  });
});

describe('highlight', () => {
  it('highlight marks the words a folded query starts ("dinh" → "định")', () => {
    const parts = core.highlight('Tài khoản định danh điện tử; dinh thự.', 'dinh danh');
    expect(marked(parts)).toEqual(['định', 'danh', 'dinh']);
    expect(parts.map((p) => p.text).join('')).toBe('Tài khoản định danh điện tử; dinh thự.');
  });
  it('highlight keeps Pagefind’s marks, without their punctuation', () => {
    const parts = core.highlight('tỉnh <mark>Ninh</mark> <mark>Bình.</mark> Hội nghị', 'xyz');
    expect(marked(parts)).toEqual(['Ninh', 'Bình']);
    expect(parts.map((p) => p.text).join('')).toBe('tỉnh Ninh Bình. Hội nghị');
  });
  it('highlight marks a number with its decimal comma whole', () => {
    expect(marked(core.highlight('cấp trên 84,7 triệu thẻ', '84,7'))).toEqual(['84,7']);
  });
  it('highlight unescapes Pagefind’s &lt; and &gt; and marks nothing else', () => {
    const parts = core.highlight('a &lt;b&gt; c', 'zzz');
    expect(parts).toEqual([{ text: 'a <b> c', mark: false }]);
  });
});

describe('resultHref', () => {
  it('resultHref joins the site root and the page path online', () => {
    expect(core.resultHref('http://h/a/b/', '/timeline/2024/#e-x', false)).toBe('http://h/a/b/timeline/2024/#e-x');
  });
  it('resultHref adds index.html to folder paths offline', () => {
    expect(core.resultHref('file:///x/cds/', '/timeline/2024/#e-x', true)).toBe('file:///x/cds/timeline/2024/index.html#e-x');
    expect(core.resultHref('file:///x/cds/', '/', true)).toBe('file:///x/cds/index.html');
    expect(core.resultHref('file:///x/cds/', '/data/metrics.csv', true)).toBe('file:///x/cds/data/metrics.csv');
  });
});

describe('formatIsoDate', () => {
  it('formatIsoDate writes day, month or year dates in each language', () => {
    expect(core.formatIsoDate('2024-07-19', 'vi')).toBe('19/7/2024');
    expect(core.formatIsoDate('2024-07', 'vi')).toBe('7/2024');
    expect(core.formatIsoDate('2030', 'vi')).toBe('2030');
    expect(core.formatIsoDate('2024-07-19', 'en')).toBe('19 Jul 2024');
    expect(core.formatIsoDate('2024-07', 'en')).toBe('Jul 2024');
  });
});

describe('mergeCounts', () => {
  it('mergeCounts keeps the highest count of each filter value', () => {
    expect(core.mergeCounts([{ filters: { kind: { A: 1, B: 3 } } }, { filters: { kind: { A: 4 }, year: { '2024': 2 } } }, {}]))
      .toEqual({ kind: { A: 4, B: 3 }, year: { '2024': 2 } });
  });
});

describe('RANKING', () => {
  it('RANKING sets every Pagefind ranking option within its documented range', () => {
    const r = core.RANKING as { termFrequency: number; pageLength: number; termSaturation: number; termSimilarity: number; diacriticSimilarity: number; metaWeights: Record<string, number> };
    expect(r.termFrequency).toBeGreaterThanOrEqual(0); expect(r.termFrequency).toBeLessThanOrEqual(1);
    expect(r.pageLength).toBeGreaterThanOrEqual(0); expect(r.pageLength).toBeLessThanOrEqual(1);
    expect(r.termSaturation).toBeGreaterThanOrEqual(0); expect(r.termSaturation).toBeLessThanOrEqual(2);
    expect(r.termSimilarity).toBeGreaterThanOrEqual(0);
    expect(r.metaWeights.title).toBeGreaterThan(r.metaWeights.fold!);
  });
});
