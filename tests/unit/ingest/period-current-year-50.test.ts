import { describe, expect, it } from 'vitest';
import { withCurrentYearStated } from '../../../scripts/ingest/period-current-year';
import { findDates } from '../../../scripts/ingest/dates';
import { claimOf } from '../../support/metrics-of';

describe('a yearless half, quarter or run of months hands on the year it took (round 50)', () => {
  const lead = 'Sáng 8/7, Sở Tài chính tỉnh báo cáo kết quả 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024.';
  it.each([
    ['Ông Hùng cho biết GRDP của tỉnh trong 6 tháng đầu năm tăng 6,8%, cao hơn cùng kỳ.', '2024-01'],
    ['Doanh thu thương mại điện tử của tỉnh trong quý II tăng 6,8% so với quý trước.', '2024-04'],
    ['Theo Cục Thống kê, kim ngạch xuất khẩu 5 tháng đầu năm tăng 6,8% so với cùng kỳ.', '2024-01'],
  ])('%s', (own, want) => {
    const page = [lead, own, 'Tổng thu ngân sách trên địa bàn đạt hơn 12.500 tỷ đồng, tăng 9,4% so với cùng kỳ.'].join(' // ');
    expect(claimOf(page, '6,8').period).toBe(want);
    expect(claimOf(page, '12.500').period).toBe(want); // the next paragraph, undated page
    expect(claimOf(page, '9,4').period).toBe(want);
  });
  it('takes a year the page writes later when none came before (the page\'s year)', () => {
    const page = 'Công ty công bố doanh thu 9 tháng đầu năm đạt 49.900 tỷ đồng. // Lợi nhuận sau thuế đạt 6.867 tỷ đồng. // Năm 2025, công ty lên kế hoạch doanh thu 75.400 tỷ đồng.';
    expect(claimOf(page, '6.867').period).toBe('2025-01');
  });
  it('leaves a date with no year to fill, and a day, as they are', () => {
    const s = 'Trong quý I, doanh thu tăng; sáng 19/7 hội nghị họp.';
    const dates = findDates(s);
    expect(withCurrentYearStated(dates, undefined).map((d) => !!d.yearMissing)).toEqual(dates.map((d) => !!d.yearMissing));
    const filled = findDates(s, { defaultYear: 2024 });
    const out = withCurrentYearStated(filled, { iso: '2024', precision: 'year', text: 'năm 2024' });
    expect(out.find((d) => d.precision === 'quarter')?.yearMissing).toBeUndefined();
    expect(out.find((d) => d.precision === 'day')?.yearMissing).toBe(true);
    expect(withCurrentYearStated(filled, { iso: '2021', isoEnd: '2025', precision: 'year', text: 'giai đoạn 2021-2025' }).find((d) => d.precision === 'quarter')?.yearMissing).toBe(true);
  });
});
