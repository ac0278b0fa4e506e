/** Round 67 (session 48, after set LJ's first read): "chưa" in an earlier comma-piece of the clause ("…, nhưng vẫn chưa đạt yêu cầu, chỉ số DTI
 *  năm 2021 … đứng thứ 63") is not the figure's negation; one in the figure's piece or after it still keeps the figure off every series.
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const series = (text: string) => metricsOf([text], 2023).map((m) => `${m.text} ${m.indicator ?? 'none'}`);

describe('"chưa" and the indicator', () => {
  it('an earlier piece\'s "chưa" leaves the rank its series', () =>
    expect(series('Các nội dung chuyển đổi số của tỉnh Bạc Liêu đạt mức cơ bản, nhưng vẫn chưa đạt yêu cầu, chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh đứng thứ 60/63 tỉnh, thành.'))
      .toEqual(['60/63 dti-province-rank']));
  it.each([
    'Còn 6.632.785 chủ hộ (26,1%) chưa đăng ký tài khoản ngân hàng.',
    'Vẫn còn khoảng 11 triệu thuê bao sử dụng điện thoại 2G, tức chưa tiếp cận Internet băng rộng di động.',
  ])('"chưa" in or after the figure\'s piece: %s', (text) => expect(series(text).every((r) => r.endsWith(' none'))).toBe(true));
});
