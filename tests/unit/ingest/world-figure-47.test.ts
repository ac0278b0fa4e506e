/** Round 47 (set DS): the world's figure is no value of a national series; the world compared with leaves the figure Viet Nam's. Sentences
 *  written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsByText } from './metrics-support';

describe('a figure of the world', () => {
  it('takes no national series', () => {
    const m = metricsByText('Theo Datareportal, năm 2024, 68% dân số thế giới sử dụng internet, tăng từ 66% của một năm trước đó.');
    expect(m['66%']?.indicator).toBeUndefined();
    expect(m['68%']?.indicator).toBeUndefined();
  });
  it('Viet Nam\'s figure compared with the world\'s keeps its series', () => {
    const m = metricsByText('Tính đến tháng 6/2024, tỷ lệ hộ gia đình sử dụng cáp quang đạt 79,3%, cao hơn trung bình thế giới (67%).');
    expect(m['79,3%']?.indicator).toBe('fibre-broadband-households');
  });
});
