import { describe, expect, it } from 'vitest';
import { meansMonthBefore, monthAfter, monthBefore, periodBefore, sameSpanOfYear, wholeYear } from '../../../scripts/ingest/period-shift';

describe('monthBefore', () => {
  it('shifts a month back, across a year; leaves other periods', () => {
    expect(monthBefore({ iso: '2023-04', precision: 'month' })).toEqual({ iso: '2023-03', precision: 'month' });
    expect(monthBefore({ iso: '2024-01', precision: 'month' })).toEqual({ iso: '2023-12', precision: 'month' });
    expect(monthBefore({ iso: '2024-01', precision: 'month', isoEnd: '2024-04' })).toMatchObject({ iso: '2024-01', isoEnd: '2024-04' });
    expect(monthBefore({ iso: '2024-04', precision: 'quarter' })).toMatchObject({ iso: '2024-04', precision: 'quarter' });
  });

  it('periodBefore: the month before a month, the quarter before a quarter, as the words say', () => {
    expect(periodBefore({ iso: '2024-03', precision: 'month' }, 'so với tháng trước (5%)')).toEqual({ iso: '2024-02', precision: 'month' });
    expect(periodBefore({ iso: '2024-04', precision: 'quarter' }, 'so với quý trước (100 tỷ đồng)')).toEqual({ iso: '2024-01', precision: 'quarter' });
    expect(periodBefore({ iso: '2024-01', precision: 'quarter' }, 'so với quý liền kề (9%)')).toEqual({ iso: '2023-10', precision: 'quarter' });
    expect(periodBefore({ iso: '2024-04', precision: 'quarter' }, 'so với tháng trước')).toBeUndefined();
    expect(periodBefore({ iso: '2024', precision: 'year' }, 'so với quý trước')).toBeUndefined();
  });

  it('is what "tháng trước" says, not "trước tháng"', () => {
    expect(meansMonthBefore('so với tháng trước (5%)')).toBe(true);
    expect(meansMonthBefore('trước tháng 5')).toBe(false);
  });
});

describe('monthAfter', () => {
  it('moves a month on, across a year', () => {
    expect(monthAfter('2023-06')).toBe('2023-07');
    expect(monthAfter('2023-12')).toBe('2024-01');
    expect(monthAfter('2024-09')).toBe('2024-10');
  });
});

describe('wholeYear', () => {
  it('gives the calendar year a period ends in', () => {
    expect(wholeYear({ iso: '2026-01', isoEnd: '2026-02', precision: 'month' })).toEqual({ iso: '2026', precision: 'year' });
    expect(wholeYear({ iso: '2025-12', precision: 'month' })).toEqual({ iso: '2025', precision: 'year' });
  });
});

describe('round 29c: sameSpanOfYear', () => {
  const year = { iso: '2021', precision: 'year' as const, text: '2021' };
  it('moves the claim\'s half, quarter or month to the year after "cùng kỳ"', () => {
    expect(sameSpanOfYear(year, { iso: '2022-01', precision: 'half' }, 'tăng 9% so với cùng kỳ ')).toMatchObject({ iso: '2021-01', precision: 'half' });
    expect(sameSpanOfYear(year, { iso: '2022-07', precision: 'quarter' }, 'tăng 9% so với cùng kỳ năm ')).toMatchObject({ iso: '2021-07', precision: 'quarter' });
    expect(sameSpanOfYear(year, { iso: '2022-01', isoEnd: '2022-09', precision: 'month' }, 'tương đương cùng kỳ ')).toMatchObject({ iso: '2021-01', isoEnd: '2021-09', precision: 'month' });
  });

  it('keeps the year for a whole-year claim, no claim, or no "cùng kỳ"', () => {
    expect(sameSpanOfYear(year, { iso: '2022', precision: 'year' }, 'so với cùng kỳ ')).toBe(year);
    expect(sameSpanOfYear(year, undefined, 'so với cùng kỳ ')).toBe(year);
    expect(sameSpanOfYear(year, { iso: '2022-01', precision: 'half' }, 'so với năm ')).toBe(year);
  });
});
