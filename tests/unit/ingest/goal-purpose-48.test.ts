import { describe, expect, it } from 'vitest';
import { isPurposeGoal } from '../../../scripts/ingest/goal-purpose';
import { claimOf } from '../../support/metrics-of';

/** Whether the figure `n` of `s` is what a purpose aims at. */
const aimed = (s: string, n: string) => isPurposeGoal(s, s.indexOf(n), s.indexOf(n) + n.length);

describe('a purpose of securing that something is done by a deadline (round 48)', () => {
  it('is a goal, its "hoàn thành" what is secured', () => {
    for (const [s, n] of [
      ['Tổng cục Thuế xây dựng lộ trình nhằm đảm bảo đến hết ngày 30/6/2022 hoàn thành 100% số doanh nghiệp chuyển sang hóa đơn điện tử.', '100%'],
      ['Tỉnh nỗ lực để bảo đảm trước năm 2025 hoàn thành 100% số xã có cáp quang.', '100%'],
    ]) expect(aimed(s!, n!), s).toBe(true);
    expect(claimOf('Cục Thuế triển khai nhằm đảm bảo đến hết ngày 30/6/2022 hoàn thành 100% số doanh nghiệp chuyển đổi.', '100%', 2022).status).toBe('target');
  });
  it('not what was done by the day', () => {
    expect(aimed('Đến hết ngày 30/6/2022 đã hoàn thành 100% số doanh nghiệp.', '100%')).toBe(false);
    expect(claimOf('Đến hết ngày 30/6/2022, Cục Thuế đã hoàn thành 100% số doanh nghiệp chuyển đổi.', '100%', 2022).status).toBe('actual');
  });
});
