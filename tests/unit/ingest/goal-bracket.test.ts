import { describe, expect, it } from 'vitest';
import { inGoalBracket } from '../../../scripts/ingest/goal-bracket';
import { claimOf } from '../../support/metrics-of';

/** Whether the figure `n` of `s` stands in a bracket listing a goal's values. */
const inBracket = (s: string, n: string) => inGoalBracket(s, s.indexOf(n));

describe("a bracket that lists a goal's values (round 31g)", () => {
  it('holds the goal for every figure in it', () => {
    for (const [s, n] of [
      ['Tập đoàn hướng tới hoàn thành các chỉ tiêu năm 2025 (doanh thu 5.000 tỷ đồng, lợi nhuận 900 tỷ đồng và nộp ngân sách 300 tỷ đồng).', '300 tỷ đồng'],
      ['Công ty giao mục tiêu cho từng đơn vị (thuê bao di động 8 triệu, doanh thu số 2.000 tỷ đồng).', '2.000 tỷ đồng'],
      ['Đại hội thông qua kế hoạch kinh doanh năm 2026 (doanh thu 1.200 tỷ đồng, lãi 150 tỷ đồng).', '150 tỷ đồng'],
    ]) expect(inBracket(s!, n!), s).toBe(true);
  });
  it('not a share of the goal reached, a bracket of results, or no goal word', () => {
    for (const [s, n] of [
      ['Công ty đạt 95% kế hoạch năm (doanh thu 4.000 tỷ đồng, lợi nhuận 800 tỷ đồng).', '800 tỷ đồng'],
      ['Doanh thu vượt kế hoạch năm 2024 (đạt 5.000 tỷ đồng, tăng 10%).', '5.000 tỷ đồng'],
      ['Kết quả kinh doanh năm 2024 (doanh thu 5.000 tỷ đồng, lợi nhuận 700 tỷ đồng).', '700 tỷ đồng'],
      ['Chỉ số giảm nhiều nhất là Bộ Kế hoạch và Đầu tư (-4,2%).', '4,2%'],
      ['Điểm của Sở Kế hoạch tỉnh (82,5 điểm) đứng đầu.', '82,5'],
    ]) expect(inBracket(s!, n!), s).toBe(false);
  });
  it('marks them targets', () => {
    const s = 'Tập đoàn hướng tới hoàn thành các chỉ tiêu năm 2025 (doanh thu 5.000 tỷ đồng, lợi nhuận 900 tỷ đồng và nộp ngân sách 300 tỷ đồng).';
    for (const n of ['5.000 tỷ đồng', '900 tỷ đồng', '300 tỷ đồng']) expect(claimOf(s, n, 2025).status, n).toBe('target');
  });
});
