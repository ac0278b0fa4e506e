import { describe, expect, it } from 'vitest';
import { baselineSpan, isBaselineValue, meansMonthBefore, monthBefore } from '../../../scripts/ingest/status';

/** The span of the first occurrence of `text` in `s`. */
const at = (s: string, text: string) => ({ start: s.indexOf(text), end: s.indexOf(text) + text.length });

describe('a value alone in a bracket after a comparison', () => {
  it('is the value compared with', () => {
    for (const [s, v] of [
      ['Tỷ lệ đạt 61,5%, tăng 2,1% so với tháng trước (59,4%).', '59,4%'],
      ['Doanh thu đạt 900 tỷ đồng, tăng 12% so với quý 2/2024 (khoảng 800 tỷ đồng).', '800'],
      ['Số hồ sơ là 40.000, giảm 3% so với cùng kỳ (hơn 41.200).', '41.200'],
    ] as const) expect(isBaselineValue(s, at(s, v), true), s).toBe(true);
  });

  it('is not when the bracket says more, follows no comparison, or no claim stands before it', () => {
    for (const [s, v, before] of [
      ['Tỷ lệ đạt 61,5%, tăng so với tháng trước (Hà Nội 59,4%).', '59,4%', true],
      ['Đà Nẵng (67%) và Huế (65%) dẫn đầu.', '65%', true],
      ['Tăng so với tháng trước (59,4%).', '59,4%', false],
    ] as const) expect(isBaselineValue(s, at(s, v), before), s).toBe(false);
  });

  it('takes its period from the comparison: the span runs from "so với" to the bracket', () => {
    const s = 'Doanh thu đạt 900 tỷ đồng, tăng 12% so với tháng 9/2023 (khoảng 800 tỷ đồng).';
    const span = baselineSpan(s, at(s, '800'));
    expect(s.slice(span.start, span.end)).toMatch(/^so với tháng 9\/2023 \(khoảng 800 tỷ đồng\)?$/u);
  });
});

describe('monthBefore', () => {
  it('shifts a month back, across a year; leaves other periods', () => {
    expect(monthBefore({ iso: '2023-04', precision: 'month' })).toEqual({ iso: '2023-03', precision: 'month' });
    expect(monthBefore({ iso: '2024-01', precision: 'month' })).toEqual({ iso: '2023-12', precision: 'month' });
    expect(monthBefore({ iso: '2024-01', precision: 'month', isoEnd: '2024-04' })).toMatchObject({ iso: '2024-01', isoEnd: '2024-04' });
    expect(monthBefore({ iso: '2024-04', precision: 'quarter' })).toMatchObject({ iso: '2024-04', precision: 'quarter' });
  });

  it('is what "tháng trước" says, not "trước tháng"', () => {
    expect(meansMonthBefore('so với tháng trước (5%)')).toBe(true);
    expect(meansMonthBefore('trước tháng 5')).toBe(false);
  });
});
