/**
 * Round 29c: periods of set T's classes of phrasing, each on sentences written for this test (none copied from an
 * article): a cutoff day that opens the lead, a school year's sentence, a decision carried out, a stock said to stand
 * now, "cùng kỳ" baselines and figures, a subheading's figure, a month in the span reported, a point in time in a
 * bracket, a year-to-date sum in a quarter's report, a later item's span and a rank's undated start.
 */
import { describe, expect, it } from 'vitest';
import { metricOf } from '../../support/metrics-of';

/** The period ("iso[..isoEnd]/precision" or "none") of the number written `n`; `year` the article's ("none": undated). */
function periodOf(text: string, n: string, year: string): string {
  const m = metricOf(text, n, year === 'none' ? undefined : Number(year));
  return m.period ? `${m.period.iso}${m.period.isoEnd ? `..${m.period.isoEnd}` : ''}/${m.period.precision}` : 'none';
}

describe('round 29c periods', () => {
  it.each([
    ['Tính đến ngày 30/6/2023, toàn tỉnh có 40 chi nhánh ngân hàng. // Trên địa bàn tỉnh hiện có 310 máy ATM, trong đó 120 máy tại thành phố.', '310', '2023-06-30/day'],
    ['Tính đến ngày 15/3/2024, huyện có 12 điểm bưu điện. // Toàn huyện cũng có 2.450 điểm chấp nhận thanh toán QR.', '2.450', '2024-03-15/day'],
    ['Đến ngày 31/12/2022, tỉnh có 8 quỹ tín dụng. // Mạng lưới gồm 95 máy POS đặt tại các chợ.', '95', '2022-12-31/day'],
  ])('a cutoff day that opens the lead dates the stocks of the paragraphs after it: %s', (text, n, want) => {
    expect(periodOf(text, n, 'none')).toBe(want);
  });

  it.each([
    ['Năm học 2023-2024 là năm học thứ hai thực hiện Kế hoạch chuyển đổi số giai đoạn 2022-2025, định hướng đến năm 2030. // Cuối năm học, toàn huyện có 140 trường học.', '140'],
    ['Năm học 2020-2021 là năm đầu triển khai Đề án giai đoạn 2020-2025. // Kết thúc năm học, toàn tỉnh có 615 cơ sở giáo dục.', '615'],
    ['Niên khóa 2022-2023 là năm thứ ba của Chương trình giai đoạn 2021-2025. // Toàn tỉnh có 58 trường đạt chuẩn.', '58'],
  ])('a sentence on a school year hands on no plan span it names: %s', (text, n) => {
    expect(periodOf(text, n, 'none')).toBe('none');
  });

  it.each([
    ['Thực hiện Quyết định số 100/QĐ-TTg phê duyệt Đề án phát triển thanh toán số giai đoạn 2021-2025. // Hệ thống trên địa bàn tỉnh có 64 máy ATM.', '64'],
    ['Triển khai Kế hoạch chuyển đổi số của tỉnh giai đoạn 2022-2025, các sở đã vào cuộc. // Toàn tỉnh có 27 điểm giao dịch.', '27'],
    ['Thực hiện Chương trình phát triển hạ tầng số giai đoạn 2021-2025 của tỉnh, ngành đã chủ động. // Toàn tỉnh có 530 trạm phát sóng.', '530'],
  ])('a plan or decision a sentence opens on carrying out dates nothing: %s', (text, n) => {
    expect(periodOf(text, n, 'none')).toBe('none');
  });

  it.each([
    ['Thị trường dịch vụ này trong năm 2021 đạt khoảng 3 tỷ USD. Tuy nhiên, cả nước đang có hơn 900 doanh nghiệp.', '900'],
    ['Năm 2020, doanh thu ngành đạt 5 tỷ USD. Theo ông A, hiện còn khoảng 30% hộ gia đình chưa có cáp quang.', '30%'],
    ['Năm 2023 quy mô thị trường đạt 4 tỷ USD. Trong khi đó, ngành đang có 120.000 lập trình viên.', '120.000'],
  ])('on an undated page, a stock said to stand now takes no year from the sentence before: %s', (text, n) => {
    expect(periodOf(text, n, 'none')).toBe('none');
  });

  it('a report\'s year still dates a "hiện có" stock after it', () => {
    expect(periodOf('Năm 2024, doanh thu viễn thông của tỉnh đạt 900 tỷ đồng. Trên địa bàn tỉnh hiện có 6 doanh nghiệp viễn thông.', '6', 'none')).toBe('2024/year');
  });

  it.each([
    ['Trong 6 tháng đầu năm 2024, doanh thu đạt 500 tỷ đồng, tăng 12% so với cùng kỳ 2023 (446 tỷ đồng).', '446 tỷ đồng', '2023-01/half'],
    ['Trong quý 3/2022, lợi nhuận đạt 80 tỷ đồng, tăng 5% so với cùng kỳ năm 2021 (76 tỷ đồng).', '76 tỷ đồng', '2021-07/quarter'],
    ['Trong tháng 4/2025, số giao dịch đạt 9.000, tăng 20% so với cùng kỳ năm 2024 (7.500 giao dịch).', '7.500', '2024-04/month'],
  ])('a bracketed baseline after "cùng kỳ" + a year is that year\'s same span: %s', (text, n, want) => {
    expect(periodOf(text, n, '2025')).toBe(want);
  });

  it.each([
    ['Trong quý 1/2024, doanh thu đạt 300 tỷ đồng. // Ngoài ra, số doanh nghiệp là 95 (tăng 4% so với cùng kỳ năm 2023).', '95', '2024-01/quarter'],
    ['Trong 9 tháng đầu năm 2023, doanh thu đạt 70 tỷ USD. // Số lao động là 1.200 (tăng 3% so với cùng kỳ năm 2022).', '1.200', '2023-01..2023-09/month'],
    ['Trong tháng 10/2024, xuất khẩu đạt 5 tỷ USD. // Số đơn hàng là 640 (giảm 2% so với cùng kỳ năm 2023).', '640', '2024-10/month'],
  ])('a figure dated only by "cùng kỳ năm Y" takes the span of Y + 1 read just before it: %s', (text, n, want) => {
    expect(periodOf(text, n, '2024')).toBe(want);
  });

  it.each([
    ['Trong 6 tháng đầu năm 2024, doanh thu ngành ước đạt 900 tỷ đồng. // Mảng viễn thông: doanh thu tăng 9% // Doanh thu viễn thông trong 6 tháng đầu năm ước đạt 400 tỷ đồng, tăng 9% so với cùng kỳ.', '9%', '2024-01/half'],
    ['Mảng bưu chính: sản lượng tăng 11% // Trong quý 2/2023, sản lượng bưu gửi đạt 300 triệu, tăng 11%.', '11%', '2023-04/quarter'],
    ['Xuất khẩu phần mềm đạt 700 triệu USD // Trong năm 2022, xuất khẩu phần mềm đạt 700 triệu USD, tăng 8%.', '700 triệu USD', '2022/year'],
  ])('a subheading\'s figure takes its twin\'s period in the paragraph below: %s', (text, n, want) => {
    expect(periodOf(text, n, '2024')).toBe(want);
  });

  it.each([
    ['Trong 4 tháng đầu năm 2024, đã có 3.100 sự cố. // Riêng trong tháng 4, cơ quan này đã xử lý 410 sự cố. Trong đó, có 250 sự cố mã độc.', '250', '2024-04/month'],
    ['Trong 5 tháng đầu năm 2023, có 900 vụ. // Trong tháng 5, đã ghi nhận 150 vụ. Trong đó, 40 vụ lừa đảo.', '40', '2023-05/month'],
    ['Trong 2 tháng đầu năm 2022, có 600 vụ. // Trong tháng 2, có 280 vụ. Số vụ lừa đảo và xâm nhập trong tháng 2 lần lượt là 90 và 60 vụ.', '90', '2022-02/month'],
  ])('a month without its year inside the run of months reported dates its sentence and those after it: %s', (text, n, want) => {
    expect(periodOf(text, n, 'none')).toBe(want);
  });

  it.each([
    ['Số tài khoản đang hoạt động trong quý 1 (tính đến hết tháng 2/2024) là 1.500.000 tài khoản.', '1.500.000', '2024-02/month'],
    ['Số thuê bao trong quý 3 (tính đến cuối tháng 8/2023) là 64.000 thuê bao.', '64.000', '2023-08/month'],
    ['Số hồ sơ (đến hết tháng 4/2025) là 9.200 hồ sơ.', '9.200', '2025-04/month'],
  ])('a point in time alone in a bracket dates the figure after it: %s', (text, n, want) => {
    expect(periodOf(text, n, '2025')).toBe(want);
  });

  it.each([
    ['Trong quý 3/2024, doanh thu đạt 300 tỷ đồng; lũy kế từ đầu năm của đơn vị đạt 41.000.000.000 đồng.', '41.000.000.000 đồng', '2024/year'],
    ['Trong quý 2/2023, lợi nhuận đạt 20 tỷ đồng. Số nộp ngân sách từ đầu năm 2023 đến nay đạt 7.500.000.000 đồng.', '7.500.000.000 đồng', '2023/year'],
    ['Trong quý 4/2022, doanh thu đạt 90 tỷ đồng. Tính từ đầu năm, số thu phí đạt 12.000.000.000 đồng.', '12.000.000.000 đồng', '2022/year'],
  ])('a year-to-date sum with no end month in a later quarter\'s report is the year\'s: %s', (text, n, want) => {
    expect(periodOf(text, n, '2025')).toBe(want);
  });

  it('months so far stay months so far', () => {
    expect(periodOf('Trong 7 tháng đầu năm 2024, có 5.000 sự cố. Từ đầu năm đến nay, mỗi tháng có hơn 600.000 địa chỉ IP bị nhiễm.', '600.000', '2024')).toBe('2024-01..2024-07/month');
  });

  it.each([
    ['Tỷ trọng năm 2023 là 14%. Trong đó mảng lõi đóng góp 8,2%; mảng khác đóng góp 5,8% (chiếm 41,4%), bình quân giai đoạn 2020-2023 đạt khoảng 12,1%.', '5,8%', '2023/year'],
    ['Tỷ trọng năm 2023 là 14%. Trong đó mảng lõi đóng góp 8,2%; mảng khác đóng góp 5,8% (chiếm 41,4%), bình quân giai đoạn 2020-2023 đạt khoảng 12,1%.', '41,4%', '2023/year'],
    ['Doanh thu năm 2024 tăng 9%. Số doanh nghiệp đạt 3.100, bình quân giai đoạn 2021-2024 tăng 6%.', '3.100', '2024/year'],
  ])('a span opening a later item after a comma is that item\'s, not the figure\'s before it: %s', (text, n, want) => {
    expect(periodOf(text, n, '2025')).toBe(want);
  });

  it.each([
    ['Chỉ số PAPI năm 2023 của tỉnh thăng 5 bậc (từ vị trí 30 lên 25).', '30', '2022/year'],
    ['Năm 2024, tỉnh tăng 3 bậc trong vùng (từ vị trí 9 lên 6).', '9', '2023/year'],
    ['Chỉ số DTI năm 2022 của tỉnh giảm 4 bậc (từ vị trí 18 xuống 22).', '18', '2021/year'],
  ])('a rank a move starts from with no date of its own is the edition before: %s', (text, n, want) => {
    expect(periodOf(text, n, 'none')).toBe(want);
  });
});
