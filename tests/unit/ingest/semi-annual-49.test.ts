import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { claimOf } from '../../support/metrics-of';

describe('a semi-annual report is the first half (round 49)', () => {
  it.each([
    ['Kết quả kinh doanh bán niên 2024 của FPT.', '2024-01'],
    ['Theo báo cáo tài chính hợp nhất bán niên năm 2023, lãi tăng.', '2023-01'],
  ])('%s', (s, iso) => {
    expect(findDates(s).map((d) => [d.iso, d.precision])).toContainEqual([iso, 'half']);
  });
  it('without a year, the same period a year on from its comparison', () => {
    const s = 'Theo báo cáo tài chính hợp nhất bán niên, VNPT ghi nhận doanh thu thuần đạt 26.365 tỷ đồng, tăng hơn 6% so với cùng kỳ năm 2023.';
    expect(claimOf(s, '26.365').period).toBe('2024-01');
  });
  it('is no other "niên" word', () => {
    expect(findDates('Niên giám thống kê 2023 và thường niên 2024.').some((d) => d.precision === 'half')).toBe(false);
  });
});
