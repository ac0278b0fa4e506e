import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { claimOf } from '../../support/metrics-of';

const spans = (s: string) => findDates(s).map((d) => [d.text, d.iso, d.isoEnd ?? null]);

describe('a weekly report\'s week (round 50)', () => {
  it('reads a span of days joined by a spaced dash, the month written twice', () => {
    expect(spans('(Từ ngày 24/6 - 28/6/2024)')).toEqual([['Từ ngày 24/6 - 28/6/2024', '2024-06-24', '2024-06-28']]);
    expect(spans('ngày 2/12 – 6/12/2024')).toEqual([['ngày 2/12 – 6/12/2024', '2024-12-02', '2024-12-06']]);
    expect(spans('ngày 27-4-2024')).toEqual([['ngày 27-4-2024', '2024-04-27', null]]); // a day written with hyphens stays one day
    expect(spans('sáng 19/7 - 20 đại biểu dự họp')).toEqual([]); // a dash then a count: no day range
  });
  it('the year of a numbered week dates none of the week\'s figures; its days do', () => {
    const page = 'TÌNH HÌNH DOANH NGHIỆP ĐĂNG KÝ TUẦN 26/2024 (Từ ngày 24/6 - 28/6/2024) // Số doanh nghiệp thành lập mới trong tuần thứ 26 của năm 2024 tăng 4,6% so với tuần trước, đạt 3.502 doanh nghiệp.';
    expect(claimOf(page, '4,6', undefined, true).period).toBe('2024-06-24');
    expect(claimOf('Trong tuần thứ 26 của năm 2024, số doanh nghiệp thành lập mới tăng 4,6%.', '4,6').period).toBeNull();
    expect(claimOf('Trong năm 2024, số doanh nghiệp thành lập mới tăng 4,6%.', '4,6').period).toBe('2024');
  });
});
