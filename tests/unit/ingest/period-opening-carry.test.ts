import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

/** Round 31g: a span that opens an undated report carries to the figures after it. */
describe('a yearless span opening a report (round 31g)', () => {
  it('takes the year after "cùng kỳ năm Y" and carries it to the next sentences', () => {
    const text = '6 tháng đầu năm, doanh thu dịch vụ tăng 4,1% so với cùng kỳ năm 2022. Trong đó, dịch vụ viễn thông tăng 2,7%; dịch vụ số tăng 9,3%.';
    expect(claimOf(text, '4,1%').period).toBe('2023-01');
    expect(claimOf(text, '2,7%').period).toBe('2023-01');
    expect(claimOf(text, '9,3%').period).toBe('2023-01');
    expect(claimOf('Trong quý I, số thuê bao tăng 3% so với cùng kỳ năm 2024. Số trạm 5G đạt 8.000 trạm.', '8.000').period).toBe('2025-01');
  });
  it('after a source or a linking phrase before it', () => {
    const text = 'Theo báo cáo của Sở, trong quý I, thu ngân sách tăng 8% so với cùng kỳ năm 2023. Xuất khẩu đạt 120 triệu USD.';
    expect(claimOf(text, '120 triệu USD').period).toBe('2024-01');
    expect(claimOf('Kinh tế tỉnh năm 2024 khởi sắc. // Theo số liệu của Cục Thống kê, 6 tháng đầu năm, thu ngân sách đạt 500 tỷ đồng. Xuất khẩu đạt 120 triệu USD.', '120 triệu USD').period).toBe('2024-01');
    expect(claimOf('Đáng chú ý, 9 tháng đầu năm, doanh nghiệp mới tăng 6% so với cùng kỳ năm 2022. Vốn đăng ký đạt 900 tỷ đồng.', '900 tỷ đồng').period).toBe('2023-01');
  });
  it('a sum from the start of the year to a yearless day is counted at that day (round 51; round 31g read the year so far), and carries', () => {
    const text = 'Từ đầu năm đến ngày 15/6, vốn FDI đăng ký đạt 2,1 tỷ USD, tăng 10% so với cùng kỳ năm 2023. Có 120 dự án mới được cấp phép.';
    expect(claimOf(text, '2,1 tỷ USD').period).toBe('2024-06-15');
    expect(claimOf(text, '120').period).toBe('2024-06-15');
    expect(claimOf('Cụ thể, tính từ đầu năm tới ngày 10-9, kim ngạch đạt 5 tỷ USD, tăng 4% so với cùng kỳ năm 2022. Nhập khẩu đạt 3 tỷ USD.', '3 tỷ USD').period).toBe('2023-09-10');
  });
});
