import { describe, expect, it } from 'vitest';
import { inGoalBracket } from '../../../scripts/ingest/goal-bracket';
import { claimOf } from '../../support/metrics-of';

describe("a scenario's bracket and a higher-than-last-year bracket (round 48)", () => {
  const s = 'GRDP của Hà Nội trong 6 tháng đầu năm tăng 7,63%, vượt kịch bản đề ra (7,59%) và cao hơn cùng kỳ năm ngoái (6,13%).';
  it("reads the scenario's value as a goal", () => {
    expect(inGoalBracket(s, s.indexOf('7,59%'))).toBe(true);
    expect(claimOf(s, '7,59%', 2025).status).toBe('target');
  });
  it("reads last year's value as the baseline of its span", () => {
    expect(claimOf(s, '6,13%', 2025)).toMatchObject({ status: 'baseline', period: '2024-01' });
    expect(claimOf(s, '7,63%', 2025)).toMatchObject({ status: 'actual', period: '2025-01' });
  });
  it("but not another's figure it is higher than", () => {
    expect(claimOf('Tỷ lệ hộ gia đình sử dụng cáp quang đạt 77,1%, cao hơn trung bình thế giới (67%).', '67%', 2023).status).toBe('actual');
  });
});
