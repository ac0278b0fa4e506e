/** Round 68 (session 49): a year's goal opening a later clause after the plan it comes from ("Theo Kế hoạch số 136/KH-UBND …, mục tiêu trong
 *  năm 2022, 100% trường học …") marks the figures after it as goals, as it does opening the sentence; a result reported between stays a
 *  result, and a plan named mid-sentence does not count. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { opensOnYearGoal } from '../../../scripts/ingest/goal-opening';

const at = (s: string, n: string) => s.toLowerCase().indexOf(n);

describe('a year\'s goal opening a later clause', () => {
  it.each([
    ['Theo Kế hoạch số 136/KH-UBND về thanh toán không dùng tiền mặt, mục tiêu trong năm 2022, 100% trường học sử dụng thanh toán điện tử.', '100%'],
    ['Theo đề án của tỉnh, chỉ tiêu năm 2025, 80% hồ sơ được xử lý trực tuyến.', '80%'],
  ])('%s', (s, n) => expect(opensOnYearGoal(s.toLowerCase(), at(s, n))).toBe(true));
  it.each([
    ['Theo báo cáo, mục tiêu năm 2022, tỉnh đã đạt được 95% hồ sơ trực tuyến.', '95%'],
    ['Tỉnh hoàn thành vượt mức, kế hoạch năm 2023, với 90% hồ sơ trực tuyến.', '90%'],
    ['Mục tiêu của tỉnh là rõ ràng và 100% xã đã có wifi.', '100%'],
  ])('not a goal: %s', (s, n) => expect(opensOnYearGoal(s.toLowerCase(), at(s, n))).toBe(false));
});
