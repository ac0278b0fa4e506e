/**
 * Periods as reporters write them: months of the year so far with and without "đầu năm", halves,
 * quarters, running totals to a month, points in time, durations that are no period. Every sentence
 * was written for this test; each runs through the whole metric stage with the article's year given
 * (or none).
 */
import { describe, expect, it } from 'vitest';
import { metricOf } from '../../support/metrics-of';

/** The period ("iso/precision" or "none") of the number written `n`; `year` the article's ("none": undated). */
function periodOf(text: string, n: string, year: string): string {
  const m = metricOf(text, n, year === 'none' ? undefined : Number(year));
  return m.period ? `${m.period.iso}/${m.period.precision}` : 'none';
}

describe('periods as reporters write them', () => {
  it.each([
    ['Báo cáo sơ kết công tác 6 tháng năm 2024 cho biết: doanh thu đạt 100 tỷ USD.', '100 tỷ USD', '2024-01/half', '2024'],
    ['Trong 6 tháng, doanh thu công nghiệp ICT đạt 70 tỷ USD.', '70 tỷ USD', '2025-01/half', '2025'],
    ['6 tháng năm 2025, doanh thu công nghiệp ICT ước đạt 70 tỷ USD.', '70 tỷ USD', '2025-01/half', '2025'],
    ['Tính đến hết tháng 8/2025, giao dịch thanh toán không dùng tiền mặt tăng 40% về số lượng.', '40%', '2025-01/month', '2025'],
    ['Lũy kế 8 tháng, xuất khẩu điện thoại đạt 35 tỷ USD.', '35 tỷ USD', '2025-01/month', '2025'],
    ['8 tháng đầu năm, xuất khẩu điện thoại đạt 35 tỷ USD.', '35 tỷ USD', '2025-01/month', '2025'],
    ['Quý II/2025, doanh thu đạt 40 tỷ USD.', '40 tỷ USD', '2025-04/quarter', '2025'],
    ['Trong quý 2, doanh thu công nghiệp ICT đạt 40 tỷ USD.', '40 tỷ USD', '2025-04/quarter', '2025'],
    ['Năm 2024, kinh tế số chiếm 18,3% GDP.', '18,3%', '2024/year', '2025'],
    ['Hết năm 2024, cả nước có 80 triệu tài khoản định danh điện tử.', '80 triệu', '2024/year', '2025'],
    ['Tính đến cuối năm 2024, cả nước có 80 triệu tài khoản định danh điện tử.', '80 triệu', '2024/year', '2025'],
    ['Trong tháng 7, doanh thu đạt 12 tỷ USD.', '12 tỷ USD', '2025-07/month', '2025'],
    ['Tính đến hết quý I/2025, tỷ lệ hồ sơ trực tuyến đạt 45%.', '45%', '2025-01/quarter', '2025'],
    ['Sau 7 tháng triển khai, tỷ lệ hồ sơ trực tuyến đạt 45%.', '45%', 'none', 'none'],
    ['Tính chung 7 tháng năm 2025, xuất khẩu điện thoại đạt 30 tỷ USD.', '30 tỷ USD', '2025-01/month', '2025'],
    ['Trong 9 tháng năm 2025, xuất khẩu điện thoại đạt 40 tỷ USD. // Riêng tháng 9, xuất khẩu điện thoại đạt 5 tỷ USD.', '5 tỷ USD', '2025-09/month', '2025'],
    ['Trong 9 tháng năm 2025, xuất khẩu điện thoại đạt 40 tỷ USD, tăng 5% so với cùng kỳ.', '5%', '2025-01/month', '2025'],
    ['Nửa đầu năm 2025, doanh thu công nghiệp ICT đạt 70 tỷ USD.', '70 tỷ USD', '2025-01/half', '2025'],
    ['Trong nửa đầu năm, doanh thu công nghiệp ICT đạt 70 tỷ USD.', '70 tỷ USD', '2025-01/half', '2025'],
    ['Sáu tháng đầu năm 2025, doanh thu công nghiệp ICT đạt 70 tỷ USD.', '70 tỷ USD', '2025-01/half', '2025'],
    ['Từ đầu năm đến nay, xuất khẩu điện thoại đạt 30 tỷ USD.', '30 tỷ USD', 'none', 'none'],
    ['Năm 2023, Việt Nam xếp thứ 59. Năm 2024, Việt Nam xếp thứ 71.', '71', '2024/year', '2025'],
    ['Cuối tháng 6/2025, tỷ lệ hồ sơ trực tuyến đạt 45%.', '45%', '2025-06/month', '2025'],
    ['Tính đến ngày 30/6/2025, cả nước có 80 triệu tài khoản định danh điện tử.', '80 triệu', '2025-06-30/day', '2025'],
    ['Số liệu cho thấy giá trị giao dịch chuyển khoản tính đến tháng 6/2025 đã tăng 40% so với năm 2024.', '40%', '2025-01/month', '2025'],
    ['Tính đến tháng 6/2025, cả nước có 90 triệu tài khoản thanh toán, tăng 10% so với năm 2024.', '90 triệu', '2025-06/month', '2025'],
    ['Tính đến tháng 6/2025, doanh thu đạt 300 tỷ đồng.', '300 tỷ đồng', '2025-06/month', '2025'],
    ['Doanh nghiệp đã giảm chi phí trong 6 tháng, nhờ chuyển đổi số đạt 20%.', '20%', 'none', 'none'],
  ])('%s → %s: %s (article year %s)', (s, n, want, year) => expect(periodOf(s, n, year)).toBe(want));
});

describe('periods carried to the paragraph after a running total or a point in time', () => {
  it.each([
    ['Tính đến hết tháng 9/2025, giao dịch thanh toán không dùng tiền mặt tăng 40% về số lượng. // Trong đó, giao dịch qua QR tăng 60% về giá trị.', '60%', '2025-01/month', '2025'],
    ['Lũy kế 9 tháng năm 2025, doanh thu công nghiệp ICT đạt 110 tỷ USD. // Xuất khẩu phần cứng, điện tử đạt 90 tỷ USD.', '90 tỷ USD', '2025-01/month', '2025'],
    ['6 tháng qua, doanh thu công nghiệp ICT đạt 70 tỷ USD.', '70 tỷ USD', '2025-01/half', '2025'],
    ['Sau 6 tháng triển khai Đề án, tỷ lệ hồ sơ trực tuyến đạt 45%.', '45%', 'none', 'none'],
    ['Trong quý III/2025, doanh thu đạt 40 tỷ USD. // Doanh thu tháng 9 đạt 14 tỷ USD.', '14 tỷ USD', '2025-09/month', '2025'],
    ['Tính đến hết tháng 9/2025, cả nước có 90 triệu tài khoản thanh toán. // Số tài khoản định danh điện tử đạt 60 triệu.', '60 triệu', '2025-09/month', '2025'],
    ['Năm 2024, doanh thu công nghiệp ICT đạt 150 tỷ USD. // 9 tháng năm 2025, doanh thu đạt 120 tỷ USD.', '120 tỷ USD', '2025-01/month', '2025'],
  ])('%s → %s: %s (article year %s)', (s, n, want, year) => expect(periodOf(s, n, year)).toBe(want));
});
