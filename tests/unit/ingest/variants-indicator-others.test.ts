/**
 * Round 31c: the catalogue's other series (Internet use, coverage, data sharing, procedures, Project 06 tasks and
 * data, ICT employment, postal items, GDP growth, the digital economy's parts) in one or two phrasings each, and
 * near-misses (households for people, a province's GRDP, the world's mean, fixed broadband that has no series, a
 * rate per 1,000 people, a rank among countries by size). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

type Row = [sentence: string, number: string, series: string];

const ROWS: Row[] = [
  ['Tỷ lệ dân số sử dụng Internet đạt 79,1%.', '79,1%', 'internet-users'],
  ['Việt Nam có 79,1% dân số dùng Internet.', '79,1%', 'internet-users'],
  ['Người dùng Internet chiếm 79,1% dân số.', '79,1%', 'internet-users'],
  ['Tỷ lệ hộ gia đình sử dụng Internet đạt 80%.', '80%', 'none'],
  ['Vùng phủ sóng 4G đạt 99,8% dân số.', '99,8%', 'mobile-coverage-share'],
  ['Mạng 5G đã phủ sóng 26% dân số.', '26%', 'mobile-5g-coverage-share'],
  ['Tỷ lệ thôn, bản có sóng di động đạt 99%.', '99%', 'mobile-coverage-share'],
  ['Đã phủ sóng băng rộng di động cho 1.200 thôn, bản lõm sóng.', '1.200', 'mobile-broadband-coverage'],
  ['Số giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đạt 900 triệu.', '900 triệu', 'data-sharing-transactions'],
  ['NDXP ghi nhận 900 triệu giao dịch.', '900 triệu', 'data-sharing-transactions'],
  ['Đã cắt giảm, đơn giản hóa 3.000 quy định kinh doanh.', '3.000', 'simplified-procedures'],
  ['Cả nước đã cung cấp 53/53 dịch vụ công thiết yếu trên Cổng Dịch vụ công quốc gia.', '53/53', 'essential-services'],
  ['Đề án 06 đã hoàn thành 348 nhiệm vụ.', '348', 'de06-tasks'],
  ['63/63 địa phương đã kết nối Cơ sở dữ liệu quốc gia về dân cư.', '63/63', 'residents-data-connection'],
  ['Cơ sở dữ liệu quốc gia về dân cư đã tiếp nhận 2 tỷ lượt yêu cầu xác thực.', '2 tỷ', 'residents-data-lookups'],
  ['Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng đạt 87%.', '87%', 'bank-account-share'],
  ['Số lao động trong ngành công nghệ thông tin đạt 1,6 triệu người.', '1,6 triệu', 'ict-sector-employment'],
  ['Ngành thông tin và truyền thông có 1,6 triệu lao động.', '1,6 triệu', 'ict-sector-employment'],
  ['Doanh thu an toàn thông tin mạng đạt 5.000 tỷ đồng.', '5.000 tỷ đồng', 'infosec-revenue'],
  ['Sản lượng bưu gửi đạt 2 tỷ bưu gửi.', '2 tỷ', 'postal-items'],
  ['GDP năm 2024 tăng 7,09%.', '7,09%', 'gdp-growth'],
  ['Tăng trưởng GDP năm 2024 đạt 7,09%.', '7,09%', 'gdp-growth'],
  ['GRDP của tỉnh tăng 8%.', '8%', 'none'],
  ['Việt Nam đạt 0,7709 điểm EGDI.', '0,7709', 'egdi-score'],
  ['Điểm số EGDI của Việt Nam là 0,7709 (trung bình thế giới 0,6382).', '0,6382', 'none'],
  ['Số thẻ Căn cước công dân gắn chip đã cấp là 85 triệu thẻ.', '85 triệu', 'chip-id-cards'],
  ['Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt 10 triệu giao dịch.', '10 triệu', 'online-payments'],
  ['Cả nước đã thành lập 80.000 Tổ công nghệ số cộng đồng.', '80.000', 'community-digital-teams'],
  ['Số Tổ CNS cộng đồng: 80.000 tổ.', '80.000', 'community-digital-teams'],
  ['Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang đạt 82%.', '82%', 'fibre-broadband-households'],
  ['Số thuê bao Internet băng rộng cố định đạt 23 triệu.', '23 triệu', 'none'],
  ['Số thuê bao di động có sử dụng điện thoại thông minh đạt 91 triệu.', '91 triệu', 'smartphone-subscriptions'],
  ['Ước có 91 triệu thuê bao smartphone.', '91 triệu', 'smartphone-subscriptions'],
  ['Kinh tế số trong nông nghiệp chiếm 5%.', '5%', 'digital-economy-sector-share'],
  ['Kinh tế số lõi chiếm 8,6% GDP.', '8,6%', 'core-digital-economy-gdp-share'],
  ['Kinh tế số hóa các ngành chiếm 9,7% GDP.', '9,7%', 'digitalised-sectors-gdp-share'],
  ['Xuất khẩu phần mềm đạt 1 tỷ USD.', '1 tỷ USD', 'none'],
  ['Doanh thu xuất khẩu phần cứng, điện tử đạt 130 tỷ USD.', '130 tỷ USD', 'ict-exports'],
  ['Số vụ tấn công mạng năm 2024 giảm 9,5% so với năm 2023.', '9,5%', 'none'],
  ['Số vụ lừa đảo trực tuyến là 500 vụ.', '500', 'none'],
  ['Số hệ thống thông tin đã được phê duyệt cấp độ là 3.500 hệ thống.', '3.500', 'infosec-approval'],
  ['Số doanh nghiệp công nghệ số trên 1.000 dân đạt 1,5.', '1,5', 'none'],
  ['Thương mại điện tử Việt Nam đứng thứ 3 ASEAN về quy mô.', '3', 'none'],
];

describe('the other series\' variants', () => {
  it.each(ROWS)('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
});
