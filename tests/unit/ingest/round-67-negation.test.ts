/** Round 67 (session 48, after set LJ's first read) and its reviews: "chưa" in a concession before the figure ("…, nhưng vẫn chưa đạt yêu
 *  cầu, chỉ số DTI … đứng thứ 63", "Dù chưa …, …") is not the figure's negation; one in its subject, its piece or after it still keeps the
 *  figure off every series, and so does a sentence's opening connector ("Tuy nhiên …", "Nhưng …"). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const series = (text: string) => metricsOf([text], 2023).map((m) => `${m.text} ${m.indicator ?? 'none'}`);

describe('"chưa" and the indicator', () => {
  it('a concession\'s "chưa" leaves the rank its series', () =>
    expect(series('Các nội dung chuyển đổi số của tỉnh Bạc Liêu đạt mức cơ bản, nhưng vẫn chưa đạt yêu cầu, chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh đứng thứ 60/63 tỉnh, thành.'))
      .toEqual(['60/63 dti-province-rank']));
  it.each([
    'Còn 6.632.785 chủ hộ (26,1%) chưa đăng ký tài khoản ngân hàng.',
    'Vẫn còn khoảng 11 triệu thuê bao sử dụng điện thoại 2G, tức chưa tiếp cận Internet băng rộng di động.',
  ])('"chưa" in or after the figure\'s piece: %s', (text) => expect(series(text).every((r) => r.endsWith(' none'))).toBe(true));
  it.each([
    'Tuy nhiên tỷ lệ người dân chưa có tài khoản thanh toán, tính đến cuối năm 2024, còn 13%.',
    'Nhưng số người dân chưa kích hoạt tài khoản định danh điện tử, đến nay, còn khoảng 200.000 người.',
  ])('an opening connector grants nothing (second review): %s', (text) => expect(series(text).every((r) => r.endsWith(' none'))).toBe(true));
});
