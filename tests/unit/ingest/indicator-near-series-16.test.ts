/**
 * Round 16: near series told apart (the sector's revenue as post, telecoms and the ICT industry together vs the ICT
 * industry's; a sector's contribution to GDP; profits and taxes beside revenue; exports growth vs GDP growth) and
 * series named indirectly (villages with mobile broadband, firms counted as "đơn vị", a share restating the count
 * before it, a share range, a rank in the world's field). Every sentence here was written for this test; each runs
 * through the whole metric stage.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';


describe('the ICT sector as post, telecoms and the ICT industry together, and the ICT industry alone', () => {
  it.each([
    ['Quý I, doanh thu các lĩnh vực bưu chính, viễn thông, công nghệ thông tin đạt 900.000 tỷ đồng.', '900.000 tỷ đồng', 'ict-sector-revenue'],
    ['Năm 2024, doanh thu bưu chính, viễn thông và CNTT ước đạt 3,9 triệu tỷ đồng, tăng 12%.', '3,9 triệu tỷ đồng', 'ict-sector-revenue'],
    ['Năm 2024, doanh thu bưu chính, viễn thông và CNTT ước đạt 3,9 triệu tỷ đồng, tăng 12%.', '12%', 'ict-sector-revenue'],
    ['Doanh thu lĩnh vực bưu chính, viễn thông, công nghiệp ICT 9 tháng đạt 2,8 triệu tỷ đồng.', '2,8 triệu tỷ đồng', 'ict-sector-revenue'],
    ['Doanh thu công nghiệp công nghệ thông tin 9 tháng đạt 2,1 triệu tỷ đồng.', '2,1 triệu tỷ đồng', 'ict-revenue'],
    ['Doanh thu công nghiệp ICT đạt 140 tỷ USD. Lợi nhuận đạt 120.000 tỷ đồng, tăng 15%.', '120.000 tỷ đồng', 'none'],
    ['Doanh thu công nghiệp ICT đạt 140 tỷ USD; nộp ngân sách nhà nước đạt 25.000 tỷ đồng, tăng 9%.', '9%', 'none'],
    ['Doanh thu công nghiệp ICT đạt 150 tỷ USD, đóng góp vào GDP ước đạt 900.000 tỷ đồng, tăng 9% so với năm trước.', '9%', 'none'],
    ['Trong tổng số đó, đóng góp doanh thu của công nghiệp ICT ước đạt 3 triệu tỷ đồng.', '3 triệu tỷ đồng', 'ict-revenue'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});

describe("a sector's contribution to GDP, exports growth and GDP growth", () => {
  it.each([
    ['Đóng góp vào GDP của ngành khoa học và công nghệ năm nay ước đạt 600.000 tỷ đồng.', '600.000 tỷ đồng', 'ict-sector-gdp-contribution'],
    ['Ngành KH&CN đóng góp vào GDP khoảng 620.000 tỷ đồng trong 9 tháng.', '620.000 tỷ đồng', 'ict-sector-gdp-contribution'],
    ['Xuất khẩu sản phẩm số 7 tháng đạt 100 tỷ USD, tăng 25%, đóng góp quan trọng vào tăng trưởng kinh tế.', '25%', 'electronics-exports-growth'],
    ['Kim ngạch xuất khẩu sản phẩm công nghệ số năm 2024 đạt 130 tỷ USD.', '130 tỷ USD', 'ict-exports'],
    ['Năm 2024, tăng trưởng GDP của cả nước đạt 7,1%.', '7,1%', 'gdp-growth'],
    ['Doanh thu bưu chính, viễn thông, công nghiệp công nghệ số năm nay đạt 4 triệu tỷ đồng.', '4 triệu tỷ đồng', 'ict-sector-revenue'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});

describe('series named indirectly', () => {
  it.each([
    ['Đến cuối năm, 98,7% thôn, bản đã có kết nối băng rộng di động.', '98,7%', 'mobile-coverage-share'],
    ['Hiện 99% thôn có kết nối mạng băng rộng di động 4G.', '99%', 'mobile-coverage-share'],
    ['Cả nước hiện có 72.000 đơn vị là doanh nghiệp công nghệ số.', '72.000', 'digital-tech-enterprises'],
    ['Số doanh nghiệp công nghệ số đang hoạt động là 70.500 đơn vị.', '70.500', 'digital-tech-enterprises'],
    ['Đã cấp 15 triệu chứng thư số cho cá nhân, tương ứng 22% dân số trưởng thành.', '22%', 'digital-signature-share'],
    ['Có 9 triệu người dùng chữ ký số, tương đương khoảng 13% dân số trưởng thành.', '13%', 'digital-signature-share'],
    ['Tỷ lệ dân số trưởng thành có chữ ký số đạt 30%, tăng 4 triệu người dân.', '30%', 'digital-signature-share'],
    ['Đến năm 2030, thương mại điện tử chiếm 12-15% tổng mức bán lẻ hàng hóa cả nước.', '12-15%', 'ecommerce-retail-share'],
    ['Đến năm 2030, doanh thu thương mại điện tử tăng trưởng 18-22% mỗi năm.', '18-22%', 'none'],
    ['Độ phủ sóng 4G đạt 99,8% dân số, tốc độ mạng di động xếp hạng 18 thế giới, 5G phủ 30% dân số.', '30%', 'mobile-5g-coverage-share'],
    ['Tỷ lệ người dân sử dụng Internet của thế giới đạt 67%.', '67%', 'none'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});

describe('an average yearly growth split by "tương ứng A% và B%" takes no series', () => {
  it.each([
    ['Giai đoạn 2021-2025, số lượng và giá trị giao dịch không dùng tiền mặt bình quân mỗi năm tăng tương ứng 50% và 30%.', '30%'],
    ['Giao dịch thanh toán không dùng tiền mặt bình quân hằng năm tăng lần lượt 40%, 25% và 20%.', '20%'],
  ])('%s → %s has none', (text, n) => expect(indicatorOf(text, n)).toBe('none'));
});

describe('an information-security plan securing systems is no approval of their levels', () => {
  it.each([
    ['Đến năm 2025, 100% hệ thống thông tin của cơ quan nhà nước được bảo đảm an toàn theo cấp độ.', '100%', 'none'],
    ['Đến nay, 95% hệ thống thông tin đã được phê duyệt cấp độ an toàn.', '95%', 'infosec-approval'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});
