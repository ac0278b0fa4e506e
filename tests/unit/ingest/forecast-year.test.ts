import { describe, expect, it } from 'vitest';
import { forecastYears, isForecastYearLevel } from '../../../scripts/ingest/forecast';
import type { Period } from '../../../src/schemas/metric';

const at = (s: string, n: string) => s.indexOf(n);
const year = (y: number): Period => ({ iso: String(y), precision: 'year', text: `năm ${y}` });

describe('a page\'s forecast years', () => {
  it('takes the year a forecast clause names at the top of the page', () => {
    expect(forecastYears([
      'Thị trường đám mây bứt tốc',
      'Theo nghiên cứu của một hãng tư vấn, thị trường điện toán đám mây được dự báo đạt 2 tỷ USD trong năm 2027, tăng 30% so với năm 2026.',
      'Năm 2024, thị trường đạt 1 tỷ USD. Theo dự báo số người dùng sẽ tăng mạnh vào năm 2028.',
    ])).toEqual([2027, 2028]);
  });
  it('takes none from a forecast compared with, a start year, or a forecast far down the page', () => {
    expect(forecastYears(['Năm 2024, doanh thu đạt 1 tỷ USD, vượt xa so với dự báo năm 2024.', 'Kế hoạch năm 2026 đặt ra 5 nhiệm vụ.'])).toEqual([]);
    expect(forecastYears(['Chi phí được dự báo tăng từ 2 tỷ USD năm 2024.'])).toEqual([]);
    expect(forecastYears(['Tiêu đề', 'Năm 2024, doanh thu đạt 1 tỷ USD.', 'Doanh thu quý I tăng 5%.', 'Chi tiêu được dự báo đạt 9 tỷ USD trong năm 2025.'])).toEqual([]);
  });
});

describe('a level reached in a forecast year', () => {
  const years = [2027];
  it('is the forecast\'s estimate', () => {
    for (const [s, n] of [
      ['Thanh toán số tiếp tục dẫn đầu, đạt 12 tỷ USD vào cuối năm 2027.', '12 tỷ'],
      ['Ngành du lịch trực tuyến đạt 4 tỷ USD vào năm 2027, tức chiếm 1/5 quy mô thị trường.', '1/5'],
      ['Với mức tăng trưởng 20% so với năm trước, thị trường đứng thứ ba khu vực.', '20%'],
    ] as const) expect(isForecastYearLevel(s, at(s, n), year(2027), years), s).toBe(true);
  });
  it('is not when the year is another, nothing is reached, or the clause says it is done or present', () => {
    for (const [s, n, y] of [
      ['Thanh toán số đạt 9 tỷ USD vào năm 2024.', '9 tỷ', 2024],
      ['Trong năm 2027, thị trường có tới 4 doanh nghiệp lọt vào top 10.', '4 doanh', 2027],
      ['Thị trường đã đạt 8 tỷ USD trong năm 2027.', '8 tỷ', 2027],
      ['Hiện quy mô thị trường đạt 7 tỷ USD.', '7 tỷ', 2027],
    ] as const) expect(isForecastYearLevel(s, at(s, n), year(y), years), s).toBe(false);
    const quarter: Period = { iso: '2027-01', precision: 'quarter', text: 'quý I/2027' };
    expect(isForecastYearLevel('Quý I/2027, thanh toán số đạt 3 tỷ USD.', 30, quarter, years)).toBe(false);
    expect(isForecastYearLevel('Thanh toán số đạt 9 tỷ USD.', 20, undefined, years)).toBe(false);
  });
});
