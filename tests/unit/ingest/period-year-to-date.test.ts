import { describe, expect, it } from 'vitest';
import { yearToDate } from '../../../scripts/ingest/period-year-to-date';

const q3 = { iso: '2024-07', precision: 'quarter' as const };
const at = (s: string, n: string) => s.indexOf(n);

describe('a year-to-date sum in a later quarter\'s report', () => {
  it('is the year when no month ends it', () => {
    for (const [s, n] of [['lũy kế từ đầu năm của trung tâm đạt 40 tỷ đồng', '40'], ['số thu từ đầu năm 2024 đến nay đạt 6 tỷ đồng', '6'], ['Tính từ đầu năm, số thu đạt 9 tỷ đồng', '9']]) {
      expect(yearToDate(s!, at(s!, n!), q3), s).toEqual({ iso: '2024', precision: 'year' });
    }
  });

  it('keeps the period when a month ends the sum, the quarter is the first, or the period is no quarter', () => {
    const month = 'lũy kế từ đầu năm đến hết tháng 8 đạt 40 tỷ đồng';
    expect(yearToDate(month, at(month, '40'), q3)).toBe(q3);
    const s = 'lũy kế từ đầu năm đạt 40 tỷ đồng';
    const q1 = { iso: '2024-01', precision: 'quarter' as const };
    expect(yearToDate(s, at(s, '40'), q1)).toBe(q1);
    const run = { iso: '2024-01', isoEnd: '2024-07', precision: 'month' as const };
    expect(yearToDate(s, at(s, '40'), run)).toBe(run);
    const plain = 'doanh thu đạt 40 tỷ đồng';
    expect(yearToDate(plain, at(plain, '40'), q3)).toBe(q3);
  });
});
