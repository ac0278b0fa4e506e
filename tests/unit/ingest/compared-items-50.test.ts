import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

describe('a `;`-list whose first item closes a year by its comparison (round 50)', () => {
  const s = 'Cụ thể, thanh toán qua kênh Internet đạt gần 2 tỷ giao dịch (tăng hơn 56% về số lượng so với năm 2022); qua kênh điện thoại di động đạt hơn 7 tỷ giao dịch (tăng hơn 61% về số lượng); qua phương thức QR code đạt gần 183 triệu giao dịch (tăng gần 172% về số lượng so với năm trước).';
  it.each(['2 tỷ', '7 tỷ', '61', '183 triệu', '172'])('%s takes the year the list reports', (n) => {
    expect(claimOf(s, n).period).toBe('2023');
  });
  it('an item with a date of its own keeps it', () => {
    const own = 'Năm 2023, doanh thu đạt 20 tỷ USD (tăng 15% so với năm 2022); riêng quý I/2024 đạt 6 tỷ USD.';
    expect(claimOf(own, '6 tỷ').period).toBe('2024-01');
  });
});
