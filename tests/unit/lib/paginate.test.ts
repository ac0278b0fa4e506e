import { describe, expect, it } from 'vitest';
import { groupByMonth, laterPageOf, monthStarts, newestFirstPage, pageCount, pagePath, pagerNumbers, paginate, yearMonthOf } from '../../../src/lib/paginate';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('paginate(items, size) cuts items into pages of size, the last shorter, numbered from 1', () => {
    const pages = paginate(range(7), 3);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => [p.number, p.total])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });
  it('paginate(items, size) gives one page when items fit exactly, and one empty page for no items', () => {
    expect(paginate(range(3), 3)).toHaveLength(1);
    expect(paginate([], 3)).toEqual([{ number: 1, total: 1, items: [] }]);
  });
  it('paginate(items, size) keeps every item once, in order, at any size', () => {
    for (const n of [1, 99, 100, 101, 10_000]) {
      const pages = paginate(range(n), 100);
      expect(pages.flatMap((p) => p.items)).toEqual(range(n));
      expect(Math.max(...pages.map((p) => p.items.length))).toBeLessThanOrEqual(100);
    }
  });
  it('paginate(items, size) rejects a size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 1.5)).toThrow(RangeError);
  });
});

describe('pagePath and pagerNumbers', () => {
  it('pagePath(base, n) is base for page 1 and base + n/ after', () => {
    expect(pagePath('/timeline/2024/', 1)).toBe('/timeline/2024/');
    expect(pagePath('/en/timeline/2024/', 3)).toBe('/en/timeline/2024/3/');
  });
  it('pagerNumbers(current, total) shows first, last and neighbours, with null for gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pagerNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
  });
});

describe('months', () => {
  const iso = (x: { iso: string }) => x.iso;
  const items = [{ iso: '2024' }, { iso: '2024-01-05' }, { iso: '2024-01' }, { iso: '2024-03-02' }, { iso: '2025-03-02' }];
  it('yearMonthOf(iso) reads the year and month of any precision, month 0 when absent', () => {
    expect(yearMonthOf('2024-03-05')).toEqual({ year: 2024, month: 3 });
    expect(yearMonthOf('2024-11')).toEqual({ year: 2024, month: 11 });
    expect(yearMonthOf('2024')).toEqual({ year: 2024, month: 0 });
    expect(yearMonthOf('')).toEqual({ year: 0, month: 0 });
  });
  it('groupByMonth(items, isoOf) groups consecutive items of one year and month, in order', () => {
    expect(groupByMonth(items, iso).map((g) => [g.year, g.month, g.items.length])).toEqual([[2024, 0, 1], [2024, 1, 2], [2024, 3, 1], [2025, 3, 1]]);
  });
  it('monthStarts(pages, isoOf) gives each month its total count and the page it starts on', () => {
    expect(monthStarts(paginate(items, 2), iso)).toEqual([
      { year: 2024, month: 0, page: 1, count: 1 },
      { year: 2024, month: 1, page: 1, count: 2 },
      { year: 2024, month: 3, page: 2, count: 1 },
      { year: 2025, month: 3, page: 3, count: 1 },
    ]);
  });
  it('laterPageOf(pages, idOf) maps items beyond the first page to their page', () => {
    expect(laterPageOf(paginate(['a', 'b', 'c', 'd', 'e'], 2), (x) => x)).toEqual({ c: 2, d: 2, e: 3 });
    expect(laterPageOf(paginate(['a'], 2), (x) => x)).toEqual({});
  });
});

describe('newestFirstPage and pageCount', () => {
  it('newestFirstPage(items, n, size) gives page n of the items reversed, empty past the end', () => {
    expect(newestFirstPage(range(5), 1, 2).items).toEqual([5, 4]);
    expect(newestFirstPage(range(5), 3, 2)).toEqual({ number: 3, total: 3, items: [1] });
    expect(newestFirstPage(range(5), 4, 2)).toEqual({ number: 4, total: 3, items: [] });
  });
  it('pageCount(lengths, size) is decided by the longest list, at least 1', () => {
    expect(pageCount([0, 0], 100)).toBe(1);
    expect(pageCount([250, 30], 100)).toBe(3);
    expect(pageCount([], 100)).toBe(1);
  });
});
