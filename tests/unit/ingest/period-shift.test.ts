import { describe, expect, it } from 'vitest';
import { meansMonthBefore, monthAfter, monthBefore, periodBefore, wholeYear } from '../../../scripts/ingest/period-shift';

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
