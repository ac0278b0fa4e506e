/**
 * Round 43 (session 26): names of catalogue series that first reads of held-out pages wrote in a form the catalogue lacked.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('a shorter name of a ranking', () => {
  it.each([
    ['Việt Nam được WIPO xếp hạng 48 trên tổng số 132 nền kinh tế về Chỉ số Đổi mới Toàn cầu.', '48', 'gii-rank'],
    ['Năm 2023, Chỉ số đổi mới toàn cầu của Việt Nam xếp thứ 46/132.', '46/132', 'gii-rank'],
  ])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
  it('a province innovation index is not the world ranking', () =>
    expect(indicatorOf('Năm 2023, chỉ số đổi mới sáng tạo cấp tỉnh (PII) của Hà Nam xếp thứ 20/63.', '20/63')).toBe('none'));
});
