/** Round 61 (session 42): a share's class bar ("30% doanh nghiệp có doanh thu trên 10 tỷ đồng") is drawn in its own clause, not past a
 *  breakdown: "90% người dân có tài khoản ngân hàng, trong đó có trên 4.000 thuê bao …" counts a part. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const texts = (text: string) => metricsOf([text], 2023).map((m) => m.text);

describe('a part after "trong đó" is no bar', () => {
  it.each([
    ['85% hộ dân có tài khoản thanh toán, trong đó có trên 3.200 hộ dùng ví điện tử.', '3.200'],
    ['70% người dân có tài khoản ngân hàng, trong số đó có hơn 12.000 người dùng Mobile Money.', '12.000'],
  ])('%s', (text, n) => expect(texts(text)).toContain(n));
  it('the class bar in its own clause stays no claim', () => expect(texts('30% doanh nghiệp có doanh thu trên 10 tỷ đồng.')).toEqual(['30%']));
});

describe('second review: a bar inside the breakdown stays a bar', () => {
  it.each([
    ['Khoảng 78% doanh nghiệp có giao dịch trực tuyến, trong số đó các giao dịch có giá trị dưới 1 triệu đồng chiếm tỷ lệ lớn.', '1 triệu đồng'],
    ['Khoảng 60% hộ kinh doanh có bán hàng trực tuyến, trong đó hộ có doanh thu dưới 3 tỷ đồng là chủ yếu.', '3 tỷ đồng'],
  ])('%s', (text, n) => expect(texts(text)).not.toContain(n));
});
