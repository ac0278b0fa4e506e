/**
 * Round 57 (session 38): a sentence that only foresees ("sẽ", "will"), with a year later than the page's and no goal words, hands its
 * year on to no later figure: "… Thị trường này sẽ đạt 70-80 tỷ USD vào năm 2025." then "Trong nửa đầu năm, …" stays the page's year.
 * A plan named by what it is to do ("quyết định về kế hoạch đưa 13 triệu hộ … lên sàn") makes its figure a goal. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { claimOf, metricsOf } from '../../support/metrics-of';

const periods = (paragraphs: string[]) => metricsOf(paragraphs).map((m) => [m.value, m.period?.iso ?? null]);

describe('a foreseen year is no current period', () => {
  it('keeps the page\'s year for a yearless span after a forecast', () => {
    expect(periods([
      'Doanh thu bán lẻ trực tuyến đạt 1.200 tỷ đồng, tăng gần gấp 2 lần cùng kỳ 2022.',
      'Ông đánh giá: “Thị trường này sẽ đạt 30 tỷ USD vào năm 2026”.',
      'Trong nửa đầu năm, ngành bưu chính đạt doanh thu 850 triệu USD, tăng 20% so với cùng kỳ năm ngoái.',
    ]).slice(-2)).toEqual([[850e6, '2023-01'], [20, '2023-01']]);
  });
  it('still hands a goal\'s year on to the goals after it', () => {
    const got = periods(['Năm 2023, tỉnh có 10.000 hộ dùng ví điện tử.', 'Tỉnh đặt mục tiêu đến năm 2030, kinh tế số sẽ chiếm 30% GRDP.', '100% hồ sơ được xử lý trực tuyến.']);
    expect(got.at(-1)).toEqual([100, '2030']);
  });
});

describe('a plan named by what it is to do', () => {
  it('makes the figure of its clause a goal', () => {
    expect(claimOf('Bộ ra quyết định về kế hoạch đưa 5 triệu hộ kinh doanh lên sàn thương mại điện tử.', '5 triệu').status).toBe('target');
    expect(claimOf('UBND tỉnh phê duyệt kế hoạch số hóa 12.000 hồ sơ lưu trữ.', '12.000').status).toBe('target');
  });
  it('leaves a result after the plan\'s comma a result', () => {
    expect(claimOf('Tỉnh đã triển khai kế hoạch đưa nông sản lên sàn, đến nay có 500 hộ tham gia.', '500').status).toBe('actual');
  });
});
