/**
 * Smartphone subscriptions as telecom reports write them: "SMP" for the smartphone, and the feature
 * phone ("Feature phone", "điện thoại phổ thông") that is no smartphone. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('smartphone subscriptions', () => {
  it.each([
    ['Thuê bao di động sử dụng SMP đạt 95 triệu thuê bao, tăng 5%.', '95 triệu', 'smartphone-subscriptions'],
    ['Số thuê bao sử dụng SMP (Smartphone) ước đạt hơn 98 triệu.', '98 triệu', 'smartphone-subscriptions'],
    ['Cả nước có 90 triệu thuê bao dùng điện thoại thông minh.', '90 triệu', 'smartphone-subscriptions'],
  ])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));

  it.each([
    ['Thuê bao Feature phone còn 22 triệu thuê bao, giảm 2 triệu.', '22 triệu'],
    ['Số thuê bao điện thoại phổ thông còn 20 triệu.', '20 triệu'],
    ['Thuê bao di động sử dụng SMP ước đạt 95 triệu thuê bao. Thuê bao Feature phone 21 triệu thuê bao.', '21 triệu'],
  ])('%s → %s: no smartphone series', (s, n) => expect(indicatorOf(s, n)).not.toBe('smartphone-subscriptions'));
});
