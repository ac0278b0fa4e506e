/**
 * Session 24: a value alone in a bracket after a comparison is the value compared with, for comparisons written "cùng kì",
 * "6 tháng đầu năm …" or "tuần cuối cùng của năm …", and when the claim it qualifies stands in the sentence before.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { metricOf } from '../../support/metrics-of';

describe('a bracketed value after a comparison', () => {
  it.each([
    ['Số doanh nghiệp an ninh mạng là 150, tăng 7% so với cùng kì năm 2024 (140 doanh nghiệp).', '140'],
    ['Lợi nhuận đạt 180 tỷ đồng, tăng 9% so với 6 tháng đầu năm 2024 (165 tỷ đồng).', '165 tỷ đồng'],
    ['Số thiết bị nhiễm mã độc là 31.200, ít hơn so với tuần cuối năm 2025 (33.900 thiết bị).', '33.900'],
  ])('%s → %s is the baseline', (s, n) => {
    expect(metricOf(s, n, 2025).status).toBe('baseline');
  });
  it('is a baseline when its claim is in the sentence before', () => {
    const s = 'Tuần đầu năm 2026 có 5.900 phản ánh lừa đảo. Con số này ít hơn so với tuần liền trước (6.300 trường hợp).';
    expect(metricOf(s, '6.300', 2026).status).toBe('baseline');
  });
  it('"cùng kì" (written with ì) dates the baseline to the same span a year before, as "cùng kỳ" does', () => {
    const s = 'Trong quý II/2025, số doanh nghiệp an ninh mạng là 150, tăng 7% so với cùng kì năm 2024 (140 doanh nghiệp).';
    expect(metricOf(s, '140', 2025).period?.iso).toBe('2024-04');
  });
  it('a bracket that is no comparison\'s value stays a claim', () => {
    expect(metricOf('Tỉnh có 12 chợ được số hóa (3 chợ loại 1).', '3', 2025).status).toBe('actual');
  });
});
