import { describe, expect, it } from 'vitest';
import { bracketYears, yearParts } from '../../../scripts/ingest/period-bracket';
import type { Metric } from '../../../src/schemas/metric';

type Draft = { metric: Pick<Metric, 'period' | 'offset' | 'status'> };

/** Drafts for every figure of `text` (a paragraph at offset 0), all with `status` and `period`. */
function draftsOf(text: string, status: Metric['status'] = 'target', period: Metric['period'] = { iso: '2027', precision: 'year' }): Draft[] {
  return [...text.matchAll(/\d+(?:,\d+)?%/g)].map((m) => ({ metric: { offset: m.index, status, period: { ...period } } }));
}

const years = (drafts: Draft[]) => drafts.map((d) => d.metric.period?.iso);

describe('yearParts', () => {
  it('splits at semicolons and spaced commas, never at a decimal comma', () => {
    expect(yearParts('12,5%, 20%; 31,5%', 0, { from: 2024, to: 2026 })?.length).toBe(3);
    expect(yearParts('12,5%, 20%', 0, { from: 2024, to: 2026 })).toBeUndefined();
  });

  it('wants parts of one shape', () => {
    expect(yearParts('2% xã đạt 10%; 4% xã đạt 20%', 0, { from: 2025, to: 2026 })).toHaveLength(2);
    expect(yearParts('nông thôn 30%, đô thị 50%', 0, { from: 2025, to: 2026 })).toBeUndefined();
  });
});

describe('bracketYears', () => {
  it('gives each part of a bracket one year of the span named before, with or without "lần lượt"', () => {
    const heading = { text: 'Chỉ tiêu các năm 2025 - 2027', offset: 0 };
    const text = '- Tỷ lệ hồ sơ xử lý trực tuyến hằng năm đạt (45%, 60%, 75%); tỷ lệ xã có điểm truy cập đạt (10%; 20%; 35,5%).';
    const para = { text, offset: 100 };
    const drafts = draftsOf(text).map((d) => ({ metric: { ...d.metric, offset: d.metric.offset + 100 } }));
    bracketYears(drafts, [heading, para]);
    expect(years(drafts)).toEqual(['2025', '2026', '2027', '2025', '2026', '2027']);
  });

  it('reads pairs of figures in each part', () => {
    const text = 'Giai đoạn 2024-2025: doanh nghiệp đạt (10% doanh nghiệp tăng năng suất 5%; 20% doanh nghiệp tăng năng suất 8%).';
    const drafts = draftsOf(text, 'target', { iso: '2025', precision: 'year' });
    bracketYears(drafts, [{ text, offset: 0 }]);
    expect(years(drafts)).toEqual(['2024', '2024', '2025', '2025']);
  });

  it('leaves alone results, a count of parts that is not the span\'s and goals of another period', () => {
    const text = 'Trong giai đoạn 2021-2023, tỷ lệ đạt (40%, 55%, 70%).';
    const results = draftsOf(text, 'actual');
    bracketYears(results, [{ text, offset: 0 }]);
    expect(years(results)).toEqual(['2027', '2027', '2027']);
    const two = 'Kế hoạch 2025-2027 đặt ra mức (30%, 60%).';
    const twoDrafts = draftsOf(two);
    bracketYears(twoDrafts, [{ text: two, offset: 0 }]);
    expect(years(twoDrafts)).toEqual(['2027', '2027']);
    const later = draftsOf('Giai đoạn 2022-2024 đạt (30%, 50%, 70%).', 'target', { iso: '2030', precision: 'year' });
    bracketYears(later, [{ text: 'Giai đoạn 2022-2024 đạt (30%, 50%, 70%).', offset: 0 }]);
    expect(years(later)).toEqual(['2030', '2030', '2030']);
  });
});
