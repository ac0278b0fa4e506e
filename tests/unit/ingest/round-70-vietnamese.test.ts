/** Round 70 (session 51): an index's definition counted in criteria named as its component indexes ("có tổng cộng 47 tiêu chí (chỉ số
 *  thành phần) với tổng điểm tối đa là 650 điểm", held-out set ME) — the count and the maximum are no claims; criteria met and points scored
 *  stay figures. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const texts = (text: string) => metricsOf([text], 2024).map((m) => m.text);

describe('an index defined by its criteria', () => {
  it.each([
    'Khối các đơn vị cung cấp dịch vụ công có tổng cộng 47 tiêu chí (chỉ số thành phần) với tổng điểm tối đa là 650 điểm.',
    'Bộ chỉ số gồm 34 tiêu chí (chỉ số thành phần), tổng điểm tối đa là 500 điểm.',
  ])('%s', (text) => expect(texts(text)).toEqual([]));
  it.each([
    ['Năm 2024, tỉnh đạt 34 tiêu chí (chỉ số thành phần) với 500 điểm.', ['34', '500 điểm']],
    ['Tỉnh có 12 tiêu chí đạt điểm tối đa.', ['12']],
    // review of round 70: results told in criteria named as component indexes
    ['Năm 2023, tỉnh có 12 tiêu chí (chỉ số thành phần) đạt điểm tối đa, tăng 4 tiêu chí so với năm 2022.', ['12', '4']],
    ['Kết quả năm 2023, tỉnh có 30 tiêu chí (chỉ số thành phần) tăng điểm và 5 tiêu chí (chỉ số thành phần) giảm điểm so với năm 2022.', ['30', '5']],
    ['Tỉnh đạt 420,5/650 điểm, có 20 tiêu chí (chỉ số thành phần) đạt trên 80% số điểm tối đa.', ['420,5/650', '20', '80%']],
    ['Bộ chỉ số gồm 47 tiêu chí (chỉ số thành phần); năm 2024 tỉnh hoàn thành tổng cộng 40 chỉ tiêu.', ['40']],
  ])('still figures: %s', (text, want) => expect(texts(text)).toEqual(want));
});
