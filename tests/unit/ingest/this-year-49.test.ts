import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

describe('"năm nay" after a part of the year on an undated page (round 49)', () => {
  const half = 'Trong 6 tháng đầu năm 2024, doanh thu đạt 26.365 tỷ đồng.';
  it.each([
    `${half} // Năm nay, VNPT kỳ vọng tổng doanh thu đạt 59.089 tỷ đồng, tăng gần 8% so với kết quả thực hiện năm 2023.`,
    `${half} // Doanh thu của cả năm nay dự kiến đạt 59.089 tỷ đồng.`,
  ])('is the whole year: %s', (s) => {
    expect(claimOf(s, '59.089').period).toBe('2024');
  });
  it('not a part of the year said with "năm nay"', () => {
    const s = 'Trong tháng 9/2024, Cục phát hiện 120 hệ thống. // Như vậy, lũy kế từ đầu năm nay đến hết tháng 9, Cục đã phát hiện tổng số 321 hệ thống.';
    expect(claimOf(s, '321').period).not.toBe('2024');
  });
  it('leaves a dated page to its own year', () => {
    expect(claimOf(`${half} // Năm nay, doanh thu dự kiến đạt 59.089 tỷ đồng.`, '59.089', 2024).period).toBe('2024');
  });
});
