/**
 * Round 60 (session 41): a move down to what remains ("từ 159 đơn vị cấp xã còn 55", "giảm từ 63 còn 34 tỉnh") starts from a baseline, as
 * "từ X xuống Y" does (`goal-turn.ts`' TO_AFTER).
 */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

const statusOf = (s: string, n: string) => claimOf(s, n, 2025).status;

describe('"từ X còn Y"', () => {
  it.each([
    ['Dữ liệu địa chính được chỉnh lý theo địa giới mới từ 159 đơn vị cấp xã còn 55 đơn vị.', '159', 'baseline'],
    ['Dữ liệu địa chính được chỉnh lý theo địa giới mới từ 159 đơn vị cấp xã còn 55 đơn vị.', '55', 'actual'],
    ['Số tỉnh, thành phố giảm từ 63 còn 34.', '63', 'baseline'],
    ['Số thủ tục hành chính của tỉnh được cắt giảm từ 1.200 thủ tục còn khoảng 900 thủ tục.', '1.200', 'baseline'],
  ])('%s → %s is %s', (s, n, want) => expect(statusOf(s, n)).toBe(want));

  it('"còn" that means "still" is no move', () =>
    expect(statusOf('Từ 120 hồ sơ tiếp nhận, Sở còn 12 hồ sơ chưa giải quyết.', '120')).toBe('actual'));
});

describe('review mends: "còn N … chưa" is what is still not done', () => {
  it.each([
    ['Từ 120 hồ sơ còn 12 hồ sơ chưa giải quyết.', '120'],
    ['Trong số 64 xã, từ 40 xã còn 8 xã chưa có bưu điện văn hóa.', '40'],
  ])('%s → %s is no baseline', (s, n) => expect(statusOf(s, n)).not.toBe('baseline'));
});
