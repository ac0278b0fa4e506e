/** Round 47 (set DO): a lead opening on the purpose "Để đạt được mục tiêu …" sets goals; its "đạt được" reports no result. Sentences
 *  written for this test. */
import { describe, expect, it } from 'vitest';
import { hasTargetFrame } from '../../../scripts/ingest/status';
import { metricsByText } from './metrics-support';

describe('a lead opening on a purpose', () => {
  it.each(['Để đạt được mục tiêu đến năm 2025 tỷ lệ hộ có cáp quang đạt 90%; …', 'Nhằm hoàn thành các chỉ tiêu đến năm 2026: …'])('%s opens a goal frame', (s) =>
    expect(hasTargetFrame(s)).toBe(true));
  it('a result reported before the goal word still opens none', () => expect(hasTargetFrame('Kết quả đạt được so với mục tiêu đến năm 2025: …')).toBe(false));
  it('on a page: every item of the list is a goal of its year', () => {
    const m = metricsByText('Để đạt được mục tiêu đến năm 2025 tỷ trọng kinh tế số trong GRDP của tỉnh đạt 25%; tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 70%, tỉnh đang triển khai nhiều giải pháp.');
    expect(m['25%']).toMatchObject({ status: 'target', period: { iso: '2025' } });
    expect(m['70%']).toMatchObject({ status: 'target', period: { iso: '2025' } });
  });
});
