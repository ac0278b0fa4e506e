import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { claimOf } from '../../support/metrics-of';

describe('a balance-sheet day written without "ngày" (round 50)', () => {
  const lead = 'Theo báo cáo tài chính bán niên, tập đoàn ghi nhận doanh thu thuần đạt 26.365 tỷ đồng, tăng hơn 6% so với cùng kỳ năm 2023.';
  it.each(['Tại thời điểm 30/6, tổng tài sản của tập đoàn tăng 3% lên 108.426 tỷ đồng.', 'Đến 30/6, tổng tài sản của tập đoàn tăng 3% lên 108.426 tỷ đồng.'])('%s', (s) => {
    expect(claimOf([lead, s].join(' // '), '108.426').period).toBe('2024-06-30');
  });
  it('a bare "30/6" elsewhere stays no date (a fraction, a range\'s end)', () => {
    expect(findDates('Tỉnh có 30/6 xã đạt chuẩn.')).toEqual([]);
    expect(findDates('Số điểm tăng từ 20 đến 30/6 điểm.')).toEqual([]);
  });
});
