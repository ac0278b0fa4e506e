/**
 * Round 13: near series told apart (software and IT services vs the ICT industry vs the whole information and
 * communications sector) and lexicon words of known series (villages covered, another database connected to
 * the population one). Every sentence here was written for this test; each runs through the whole metric stage.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';


describe('software and IT services, the ICT industry, the information and communications sector', () => {
  it.each([
    ['Ngành phần mềm và dịch vụ công nghệ thông tin phấn đấu đạt 30 tỷ USD doanh thu vào năm 2030.', '30 tỷ USD', 'software-it-services-revenue'],
    ['Công nghiệp phần mềm và dịch vụ CNTT hướng tới mốc 40 tỷ USD doanh thu.', '40 tỷ USD', 'software-it-services-revenue'],
    ['Doanh thu toàn ngành công nghệ thông tin năm 2022 đạt 140 tỷ USD.', '140 tỷ USD', 'ict-revenue'],
    ['Doanh thu công nghiệp CNTT năm 2022 đạt 148 tỷ USD.', '148 tỷ USD', 'ict-revenue'],
    ['Doanh thu toàn ngành thông tin và truyền thông năm 2022 đạt 150 tỷ USD.', '150 tỷ USD', 'ict-sector-revenue'],
    ['Doanh thu toàn ngành TT&TT ước đạt 3,9 triệu tỷ đồng.', '3,9 triệu tỷ đồng', 'ict-sector-revenue'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});

describe('lexicon words of known series', () => {
  it.each([
    ['Các doanh nghiệp viễn thông đã phủ sóng cho 1.820/2.000 thôn, bản.', '1.820', 'mobile-broadband-coverage'],
    ['Đã phủ sóng di động cho 310 thôn lõm sóng.', '310', 'mobile-broadband-coverage'],
    ['Mạng 4G đã phủ sóng 99,8% dân số.', '99,8%', 'mobile-coverage-share'],
    ['Cả 63/63 tỉnh đã kết nối với Cơ sở dữ liệu quốc gia về dân cư.', '63/63', 'residents-data-connection'],
    ['Cả 63/63 tỉnh đã kết nối, chia sẻ dữ liệu đất đai với cơ sở dữ liệu dân cư.', '63/63', 'none'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});

describe('an index named in the sentence before, a ministry as the source, the core digital economy', () => {
  it.each([
    ['Chỉ số Đổi mới sáng tạo của Việt Nam năm nay tăng 3 bậc. Theo đó, nước ta xếp thứ hạng 44.', '44', 'gii-rank'],
    ['Năm 2024, Việt Nam xếp thứ 44 về Chỉ số đổi mới sáng tạo.', '44', 'gii-rank'],
    ['Bộ Tài chính ước tính tỷ trọng kinh tế số trong GDP năm 2024 đạt 18,3%.', '18,3%', 'digital-economy-gdp-share'],
    ['Bộ Công Thương đánh giá tỷ trọng kinh tế số trong GDP năm 2024 vào khoảng 18,3%.', '18,3%', 'digital-economy-gdp-share'],
    ['Doanh thu kinh tế số năm 2024 đạt 36 tỷ USD.', '36 tỷ USD', 'digital-economy-revenue'],
    ['Tổng doanh thu lĩnh vực kinh tế số nền tảng năm 2024 đạt 45 tỷ USD.', '45 tỷ USD', 'none'],
    ['Doanh thu kinh tế số nền tảng năm 2024 tăng 25% so với năm trước.', '25%', 'none'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});
