import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

describe('a headline whole of 100 or more that the body states with a date takes that date (round 49)', () => {
  const body = 'Năm 2024, tỉnh có thêm 57 sản phẩm OCOP, đạt 190% kế hoạch năm. Tính đến 31/1/2025, tỉnh có 269 sản phẩm OCOP từ 3 sao đến 5 sao.';
  it('takes the restated figure\'s period, not the lead\'s', () => {
    expect(claimOf(`Lào Cai có 269 sản phẩm OCOP từ 3 sao trở lên // ${body}`, '269', undefined, true).period).toBe('2025-01-31');
    expect(claimOf(`Việt Nam có 93,5 triệu thuê bao smartphone // Năm 2022, doanh thu tăng 5%. Đến tháng 3/2022, cả nước có 93,5 triệu thuê bao smartphone.`, '93,5 triệu', undefined, true).period).toBe('2022-03');
  });
  it('keeps the lead\'s period for a small whole', () => {
    expect(claimOf(`Lào Cai có 57 sản phẩm OCOP mới // Năm 2024, tỉnh có thêm 57 sản phẩm OCOP. Tính đến 31/1/2025, tỉnh có 57 sản phẩm mới được công nhận.`, '57', undefined, true).period).toBe('2024');
  });
});
