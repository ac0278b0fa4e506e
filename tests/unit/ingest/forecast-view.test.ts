import { describe, expect, it } from 'vitest';
import { isForecastersView } from '../../../scripts/ingest/forecast';
import { claimOf } from '../../support/metrics-of';

/** Whether the figure `n` of `s` (lowercased) follows a forecasting institution's view. */
const view = (s: string, n: string) => isForecastersView(s.toLowerCase(), s.indexOf(n));

describe("a forecasting institution's view and 'dự phóng' (round 31g)", () => {
  it("a named forecaster's view before the figure", () => {
    for (const [s, n] of [
      ['IMF nhận định tăng trưởng GDP của Việt Nam năm 2024 đạt 5,8%.', '5,8%'],
      ['Fitch Ratings cho rằng lạm phát sẽ ở mức 3,7% trong năm tới.', '3,7%'],
      ['Ngân hàng Thế giới (WB) vừa nhận định xuất khẩu có thể tăng 8%.', '8%'],
      ['Về triển vọng, ADB đánh giá rằng kinh tế khu vực tăng 4,9%.', '4,9%'],
    ]) expect(view(s!, n!), s).toBe(true);
  });
  it('not a figure a forecaster merely reports on or a view of no institution', () => {
    for (const [s, n] of [
      ['Theo số liệu của IMF, GDP năm 2023 tăng 5%.', '5%'],
      ['Chuyên gia nhận định doanh thu đạt 10%.', '10%'],
      ['IMF giải ngân 2 tỷ USD cho chương trình.', '2 tỷ USD'],
    ]) expect(view(s!, n!), s).toBe(false);
  });
  it('makes those figures estimates, and so does "dự phóng"', () => {
    expect(claimOf('Fitch nhận định kinh tế Việt Nam tăng 6,2% trong năm 2024.', '6,2%', 2024).status).toBe('estimate');
    expect(claimOf('Ngân hàng Thế giới cho rằng lạm phát năm 2024 ở mức 3,5%.', '3,5%', 2024).status).toBe('estimate');
    expect(claimOf('Công ty chứng khoán dự phóng biên lợi nhuận gộp tăng lên 54% vào năm 2026.', '54%', 2024).status).toBe('estimate');
    expect(claimOf('Nhóm phân tích dự phóng doanh thu năm 2025 đạt 12.000 tỷ đồng.', '12.000 tỷ đồng', 2024).status).toBe('estimate');
  });
});
