import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

describe('a change against a plain year on an undated page (round 49)', () => {
  it.each([
    ['Doanh số trên 5 sàn thương mại điện tử đạt 318,9 ngàn tỷ đồng (tăng 37,36% so với năm 2023).', '37,36%', '2024'],
    ['Doanh số trên 5 sàn thương mại điện tử đạt 318,9 ngàn tỷ đồng (tăng 37,36% so với năm 2023).', '318,9', '2024'],
    ['Giá trị giao dịch qua ATM khoảng 2,6 triệu tỷ đồng, giảm hơn 9% so với 2022.', '9%', '2023'],
    ['Chỉ số của tỉnh đã tụt 4 bậc so với năm 2021.', '4', '2022'],
  ])('%s → %s is of the year after', (s, n, want) => {
    expect(claimOf(s, n).period).toBe(want);
  });
  it('keeps an undated comparison that closes no change, and a sentence with another date', () => {
    expect(claimOf('Giải pháp đã tiết kiệm khoản tiền in thẻ (24,7 tỉ đồng so với năm 2021).', '24,7 tỉ đồng').period).toBeNull();
    expect(claimOf('Việt Nam đứng thứ 71/193 (công bố tháng 9/2024), tăng 15 bậc so với 2022.', '15 bậc').period).not.toBe('2023');
  });
  it('leaves a dated page to its own year', () => {
    expect(claimOf('Doanh số đạt 318,9 ngàn tỷ đồng (tăng 37,36% so với năm 2023).', '37,36%', 2025).period).not.toBe('2024');
  });
});
