import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

describe('a yearless day a count is taken at, and the months the page dates just before it (round 49)', () => {
  it.each([
    ['Theo thống kê của Cục Viễn thông, đến ngày 8/9, số thuê bao còn khoảng 3,4 triệu thuê bao 2G Only. So với tháng 7/2024, số thuê bao giảm mạnh.', '3,4 triệu', '2024-09-08'],
    ['Tính đến ngày 26/11, tỷ lệ hồ sơ trực tuyến đạt 71%, tăng 4% so với tháng 10/2022.', '71%', '2022-11-26'],
  ])('%s', (s, n, want) => {
    expect(claimOf(s, n).period).toBe(want);
  });
  it('not a deadline nor an event day', () => {
    expect(claimOf('Viettel khai trương 5G vào tháng 10/2024. Theo đó, sẽ có hơn 22.000 trạm 5G phát sóng trước ngày 31/12.', '22.000').period).not.toBe('2024-12-31');
    expect(claimOf('Ngày 5/5, Chính phủ cho biết các nhà mạng đã lắp đặt 10.600 trạm BTS 5G tính đến hết quý I/2025. Tốc độ tháng 4/2025 tăng.', '10.600').period).toBe('2025-01');
  });
});
