/** Round 65 (session 46, after set KG's first read): a number glued after a dot to a code with a capital letter ("các nhánh S1H.1 và
 *  S1H.3", "Q.1", "Đề án No.06") is the code's, no count; a number after a sentence's full stop typed without a space is still read.
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const texts = (text: string) => metricsOf([text], 2023).map((m) => m.text);

describe('a code glued before a dot', () => {
  it.each([
    ['Cáp AAE-1 gặp sự cố trên các nhánh S1H.1 hướng Hong Kong và S1H.3 hướng Singapore.', []],
    ['Cửa hàng ở Q.1 bán 300 sản phẩm.', ['300']],
    ['Đề án No.06 có 25 dịch vụ công thiết yếu.', ['25']],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
  it('a figure after a full stop typed without a space is read', () =>
    expect(texts('Doanh thu đạt 1.500 tỷ đồng.Tăng 5% so với năm trước.')).toEqual(['1.500 tỷ đồng', '5%']));
});
