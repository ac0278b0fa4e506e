import { describe, expect, it } from 'vitest';
import { isChartCaption } from '../../../scripts/ingest/period-chart-caption';

describe('isChartCaption (round 33)', () => {
  it('a chart title with its unit in brackets, then its source', () => {
    for (const s of [
      'Tăng trưởng GRDP các quý giai đoạn 2021-2024 (%). Nguồn: Cục Thống kê tỉnh',
      'Doanh thu dịch vụ viễn thông 2019 - 2023 (nghìn tỷ đồng) - Nguồn: Sở TT&TT',
      'Chỉ số giá tháng 6 và 6 tháng các năm 2020-2024 (%). Nguồn: Cục Thống kê.',
    ]) expect(isChartCaption(s), s).toBe(true);
  });
  it('not a paragraph with figures, nor a source line with no chart title and unit', () => {
    for (const s of [
      'Năm 2024, doanh thu đạt 120 tỷ đồng (tăng 8%). Nguồn: Cục Thống kê',
      'Nguồn: Tổng cục Thống kê',
      'Tỷ lệ hộ dùng cáp quang đạt 85% (%). Nguồn: Sở TT&TT',
    ]) expect(isChartCaption(s), s).toBe(false);
  });
  it('a day is no date of a chart (unlike a photo caption\'s)', () =>
    expect(isChartCaption('Dư nợ cho vay số hóa đến ngày 30/6 các năm 2021-2024 (tỷ đồng). Nguồn: Ngân hàng Nhà nước tỉnh')).toBe(false));
});
