/**
 * Round 37: a figure measured against the plan of a span shorter than a year ("(bằng 103% kế hoạch 6 tháng)",
 * "đạt 100,5% kế hoạch quý II") is that span's figure, and so is the share; a year's plan ("48% kế hoạch năm 2024") still
 * dates neither. The span may be left bare after "kế hoạch" ("kế hoạch 6 tháng": the months so far of the article's year).
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';
import { findDates } from '../../../scripts/ingest/dates';

describe('a figure measured against a span’s plan', () => {
  it.each([
    ['Tổng công ty đạt doanh thu 12.400 tỷ đồng (tương đương 104,2% kế hoạch 6 tháng đầu năm).', '12.400 tỷ đồng', '2024-01'],
    ['Tổng công ty đạt doanh thu 12.400 tỷ đồng (tương đương 104,2% kế hoạch 6 tháng đầu năm).', '104,2%', '2024-01'],
    ['Lợi nhuận đạt 950 tỷ đồng (đạt 101,3% kế hoạch nửa đầu năm).', '950 tỷ đồng', '2024-01'],
    ['Doanh thu dịch vụ số đạt 3.100 tỷ đồng (bằng 98% kế hoạch quý II).', '3.100 tỷ đồng', '2024-04'],
    ['Công ty nộp ngân sách 1.800 tỷ đồng (đạt 112% kế hoạch 9 tháng).', '1.800 tỷ đồng', '2024-01'],
  ])('%s → %s: %s', (s, n, iso) => expect(claimOf(s, n, 2024).period).toBe(iso));
  it('a year’s plan dates neither the figure nor its share', () => {
    const s = 'Doanh thu dịch vụ số đạt 3.100 tỷ đồng (bằng 48% kế hoạch năm 2024).';
    expect([claimOf(s, '3.100 tỷ đồng', 2024).period, claimOf(s, '48%', 2024).period]).toEqual([null, null]);
  });
});

describe('the months of a plan, left bare', () => {
  it.each([
    ['đạt 107% kế hoạch 6 tháng)', 'half'],
    ['hoàn thành kế hoạch 9 tháng, vượt …', 'month'],
  ])('%s → %s', (s, precision) => expect(findDates(s, { defaultYear: 2024 }).map((d) => d.precision)).toEqual([precision]));
  it.each([
    ['kế hoạch 6 tháng tới sẽ tập trung', 'the months ahead'],
    ['kế hoạch 3 tháng), còn', 'three months: any quarter'],
    ['thời gian 6 tháng), còn', 'a duration, no plan'],
  ])('%s: no date (%s)', (s) => expect(findDates(s, { defaultYear: 2024 })).toEqual([]));
});
