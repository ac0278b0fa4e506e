/** Round 68 (session 49): numbers that name, not count, on Vietnamese pages — a house number with a comma before its street's word ("ngụ tại
 *  256, đường Độc Lập") and an image's file name spaced in plain letters ("cho 40 bac can.jpg"). Counts beside them stay. Sentences written
 *  for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const texts = (text: string) => metricsOf(text.split(' // '), 2024).map((m) => m.text);

describe('names, not counts', () => {
  it.each([
    ['Ông Sơn (khách hàng ngụ tại 256, đường Độc Lập, phường Tân Thành) cho biết đã quen quét mã.', []],
    ['cho 40 bac can.jpg // Tỉnh đã thí điểm tại 12 chợ.', ['12']],
    ['anh chup 2023 12 07 man hinh.png // Thôn có 85 hộ.', ['85']],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));

  it.each([
    ['Tỉnh triển khai tại 12, Sở Nội vụ có 5 phòng.', ['12', '5']],
    ['Tỉnh có 40 chợ bán hàng qua mạng.', ['40']],
  ])('counts stay: %s', (text, want) => expect(texts(text)).toEqual(want));
});
