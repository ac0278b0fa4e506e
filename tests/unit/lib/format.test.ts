import { describe, expect, it } from 'vitest';
import { formatDate, formatMetric, formatPlain, formatScaled, ordinal } from '../../../src/lib/format';

describe('formatPlain', () => {
  it('formatPlain(84.7) uses a decimal comma in vi and a point in en', () => {
    expect(formatPlain(84.7, 'vi')).toBe('84,7');
    expect(formatPlain(84.7, 'en')).toBe('84.7');
  });
  it('formatPlain(4422) groups thousands with a dot in vi and a comma in en', () => {
    expect(formatPlain(4422, 'vi')).toBe('4.422');
    expect(formatPlain(4422, 'en')).toBe('4,422');
  });
});

describe('formatScaled', () => {
  it('formatScaled(84700000) reads "84,7 triệu" / "84.7 million"', () => {
    expect(formatScaled(84_700_000, 'vi')).toBe('84,7 triệu');
    expect(formatScaled(84_700_000, 'en')).toBe('84.7 million');
  });
  it('formatScaled(1.92e15) reads "1,92 triệu tỷ" / "1.92 quadrillion"', () => {
    expect(formatScaled(1.92e15, 'vi')).toBe('1,92 triệu tỷ');
    expect(formatScaled(1.92e15, 'en')).toBe('1.92 quadrillion');
  });
  it('formatScaled(75000) keeps digits below a million', () => {
    expect(formatScaled(75_000, 'vi')).toBe('75.000');
  });
});

describe('ordinal', () => {
  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [86, '86th'], [112, '112th']])('ordinal(%i) is %s', (n, s) => {
    expect(ordinal(n)).toBe(s);
  });
});

describe('formatMetric', () => {
  it('formatMetric of a percent, a range, a part/total and a rank', () => {
    expect(formatMetric({ value: 68.8, unit: 'percent' }, 'vi')).toBe('68,8%');
    expect(formatMetric({ value: 8, valueMax: 10, unit: 'percent' }, 'en')).toBe('8–10%');
    expect(formatMetric({ value: 4422, total: 6423, unit: 'count' }, 'vi')).toBe('4.422/6.423');
    expect(formatMetric({ value: 86, total: 193, unit: 'rank' }, 'en')).toBe('86th of 193');
    expect(formatMetric({ value: 86, total: 193, unit: 'rank' }, 'vi')).toBe('hạng 86/193');
  });
  it('formatMetric of a change of rank reads places, not a rank', () => {
    expect(formatMetric({ value: 5, unit: 'rank', kind: 'growth' }, 'vi')).toBe('5 bậc');
    expect(formatMetric({ value: 5, unit: 'rank', kind: 'growth' }, 'en')).toBe('5 places');
    expect(formatMetric({ value: 1, unit: 'rank', kind: 'growth' }, 'en')).toBe('1 place');
  });
  it('formatMetric of money and multipliers', () => {
    expect(formatMetric({ value: 53e9, unit: 'USD' }, 'vi')).toBe('53 tỷ USD');
    expect(formatMetric({ value: 53e9, unit: 'USD' }, 'en')).toBe('USD 53 billion');
    expect(formatMetric({ value: 3.5, unit: 'times' }, 'en')).toBe('3.5×');
    expect(formatMetric({ value: 0, unit: 'VND' }, 'vi')).toBe('0 đồng');
  });
});

describe('formatDate', () => {
  it('formatDate shows each precision in both languages', () => {
    expect(formatDate({ iso: '2024-07-19', precision: 'day' }, 'vi')).toBe('19/7/2024');
    expect(formatDate({ iso: '2024-07-19', precision: 'day' }, 'en')).toBe('19 July 2024');
    expect(formatDate({ iso: '2023-12', precision: 'month' }, 'vi')).toBe('tháng 12/2023');
    expect(formatDate({ iso: '2022-01', precision: 'quarter' }, 'vi')).toBe('Quý I/2022');
    expect(formatDate({ iso: '2025-10', precision: 'quarter' }, 'en')).toBe('Q4 2025');
    expect(formatDate({ iso: '2024-01', precision: 'half' }, 'vi')).toBe('6 tháng đầu năm 2024');
    expect(formatDate({ iso: '2024-07', precision: 'half' }, 'en')).toBe('second half of 2024');
    expect(formatDate({ iso: '2022', precision: 'year', isoEnd: '2024' }, 'en')).toBe('2022–2024');
    expect(formatDate({ iso: '2030', precision: 'year' }, 'vi')).toBe('2030');
  });
});

describe('formatDate of an undated text', () => {
  it('formatDate without an iso date is empty, never a crash', () => {
    expect(formatDate({ precision: 'unknown' } as never, 'vi')).toBe('');
  });
});
