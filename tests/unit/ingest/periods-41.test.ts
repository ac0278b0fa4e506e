/** Session 24: the span of the tasks a report turns to is no period of the figures it reports. Sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

describe('a report of one half that names the tasks of the next', () => {
  const s = 'Tại hội nghị đánh giá 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm 2024, Sở cho biết doanh thu dịch vụ số ước đạt 320 tỷ đồng.';
  it('dates the figure to the half reported, not the half of the tasks', () => {
    expect(claimOf(s, '320 tỷ đồng', 2024).period).toBe('2024-01');
  });
  it('a half named for what is reached stays the figure\'s period', () => {
    expect(claimOf('Trong 6 tháng cuối năm 2024, doanh thu dịch vụ số ước đạt 320 tỷ đồng.', '320 tỷ đồng', 2024).period).toBe('2024-07');
  });
});
