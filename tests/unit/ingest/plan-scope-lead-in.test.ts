/**
 * A list's lead-in, before ":", that says the results are the province's ("… kết quả của tỉnh …: …") makes its
 * items the province's: no national series. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { placeBefore } from '../../../scripts/ingest/plan-scope';
import { indicatorOf } from '../../support/metrics-of';

describe('a list lead-in that names the province', () => {
  it('is read with the paragraph before the sentence', () => {
    const p = 'Tỉnh đẩy mạnh chuyển đổi số. Kết quả quý I của tỉnh: tỷ lệ A đạt 50%.';
    const s = 'Kết quả quý I của tỉnh: tỷ lệ A đạt 50%.';
    expect(placeBefore(p, s, s.indexOf('50%'))).toBe('Tỉnh đẩy mạnh chuyển đổi số.  Kết quả quý I của tỉnh');
    expect(placeBefore(s, 'Tỷ lệ A đạt 50%: cao nhất.', 12)).toBe('');
  });
  it.each([
    ['Sau 9 tháng, kết quả của tỉnh có mấy điểm sáng: 85% thôn có tổ công nghệ số; tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang đạt 70%.', '70%'],
    ['Năm 2024, chuyển đổi số toàn tỉnh có bước tiến: tỷ lệ người trưởng thành có điện thoại thông minh đạt 82%; 95% hồ sơ được số hóa.', '82%'],
  ])('%s → %s: the province\'s', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it.each([
    ['Sau 9 tháng, kết quả có mấy điểm sáng: tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang đạt 70%.', '70%', 'fibre-broadband-households'],
    ['Kết quả của tỉnh đạt nhiều điểm nổi bật: tỷ lệ hộ gia đình cả nước có kết nối internet băng rộng cáp quang đạt 70%.', '70%', 'fibre-broadband-households'],
  ])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
});
