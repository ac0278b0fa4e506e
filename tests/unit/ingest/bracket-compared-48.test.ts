import { describe, expect, it } from 'vitest';
import { inGoalBracket } from '../../../scripts/ingest/goal-bracket';
import { claimOf, indicatorOf } from '../../support/metrics-of';

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

describe("last year's rank in a bracket after its comparison (round 48)", () => {
  it('is the baseline of that year', () => {
    const s = 'Kết quả Chỉ số DTI năm 2022, tỉnh Tiền Giang xếp hạng 20 trên cả nước, tăng 3 hạng so với năm 2021 (xếp hạng 23).';
    expect(claimOf(s, '23', 2023)).toMatchObject({ status: 'baseline', period: '2021' });
    expect(claimOf(s, '20', 2023).status).toBe('actual');
  });
});

describe('the provincial governance index (PAPI) is no PAR Index (round 48)', () => {
  it('gives its rank no PAR series even after a PAR rank in the same sentence', () => {
    const s = 'Chỉ số CCHC của tỉnh năm 2022 đạt 82,58 điểm, xếp hạng 53/63 tỉnh, thành phố; Chỉ số Hiệu quả Quản trị và Hành chính công của tỉnh năm 2022 đạt 40,97 điểm, xếp hạng 45/63 tỉnh, thành phố.';
    expect(indicatorOf(s, '45/63', 2023)).toBe('none');
    expect(indicatorOf(s, '53/63', 2023)).toBe('par-index-province-rank');
  });
});
