import { describe, expect, it } from 'vitest';
import { goalSetBefore } from '../../../scripts/ingest/goal-opening';
import { claimOf } from '../../support/metrics-of';

describe("a company's plan for the year (round 49)", () => {
  const plan = 'Năm 2025, FPT lên kế hoạch doanh thu 75.400 tỷ đồng và lợi nhuận trước thuế 13.395 tỷ đồng, lần lượt tăng 20% và 21% so với thực hiện 2024.';
  it.each(['75.400', '13.395', '20%', '21%'])('"lên kế hoạch" governs its clause: %s is a goal', (n) => {
    expect(claimOf(plan, n, 2025).status).toBe('target');
  });
  it('"mục tiêu cho …" before "dự kiến" makes what it expects the goal', () => {
    const s = 'Trong đó, mục tiêu cho khối hạ tầng số vẫn dự kiến đạt doanh thu 3.544 tỷ đồng và lợi nhuận trước thuế 390 tỷ đồng, lần lượt tăng 20% và 15% so với năm 2023.';
    expect(claimOf(s, '3.544', 2024).status).toBe('target');
    expect(claimOf(s, '390', 2024).status).toBe('target');
    expect(goalSetBefore('mục tiêu của tập đoàn dự kiến')).toBe(true);
  });
  it('leaves an estimate with no goal before it, and a share of a goal', () => {
    expect(claimOf('Khối hạ tầng số dự kiến đạt doanh thu 3.544 tỷ đồng trong năm 2024.', '3.544', 2024).status).toBe('estimate');
    expect(goalSetBefore('đạt 80% mục tiêu năm, dự kiến')).toBe(false);
  });
});

describe("a company's accounts are no duty (round 49)", () => {
  it.each(['Tính đến giữa năm, tổng nợ phải trả tăng 10% lên gần 36.200 tỷ đồng.', 'Các khoản phải thu tăng 10% so với đầu năm.'])('%s', (s) => {
    expect(claimOf(s, '10%').status).toBe('actual');
  });
  it('a duty stays a goal', () => {
    expect(claimOf('Các địa phương phải bảo đảm 100% hồ sơ được số hóa.', '100%').status).toBe('target');
  });
});
