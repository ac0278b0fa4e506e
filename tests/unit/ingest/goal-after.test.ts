/** Session 24: goals named only after they are stated ("Để đạt được mục tiêu trên, …"). Sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { metricOf } from '../../support/metrics-of';
import { pointsBackToGoals } from '../../../scripts/ingest/goal-after';

describe('a paragraph that points back to goals', () => {
  it('is told by its opening', () => {
    expect(pointsBackToGoals('Để đạt được các mục tiêu trên, tỉnh tập trung nâng cấp hạ tầng.')).toBe(true);
    expect(pointsBackToGoals('Đạt được mục tiêu này, huyện sẽ trở thành điểm sáng.')).toBe(true);
    expect(pointsBackToGoals('Mục tiêu này được đánh giá là khả thi.')).toBe(false);
  });

  const plan = [
    'Về hạ tầng số, năm 2026, tỷ lệ hộ dùng cáp quang đạt 95%; hiện nay tỷ lệ này đã là 81%.',
    'Về dịch vụ số, số giao dịch thanh toán điện tử tăng 30 – 35%.',
    'Để đạt được các mục tiêu trên, tỉnh sẽ huy động nguồn lực của doanh nghiệp viễn thông.',
  ].join(' // ');
  it('makes the results of the paragraphs before it goals', () => {
    expect(metricOf(plan, '95%', 2025).status).toBe('target');
    expect(metricOf(plan, '30 – 35%', 2025).status).toBe('target');
  });
  it('but not a figure whose clause reports the present', () => {
    expect(metricOf(plan, '81%', 2025).status).not.toBe('target');
  });
  it('and not without the pointer', () => {
    const report = plan.split(' // ').slice(0, 2).join(' // ');
    expect(metricOf(report, '30 – 35%', 2025).status).toBe('actual');
  });
});
