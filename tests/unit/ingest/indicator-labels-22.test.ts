/** Round 22 labels: whose figures a page states, told by its shape. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { isProvincialBodyLead } from '../../../scripts/ingest/provincial-body';
import { opensPageOnProvince } from '../../../scripts/ingest/province-own';
import { indicatorOf } from '../../support/metrics-of';


describe('a provincial department in the lead makes the page the province\'s', () => {
  it.each([
    'Hội nghị sơ kết 6 tháng đầu năm vừa được Sở Khoa học và Công nghệ tổ chức sáng 12/7',
    'Sở TT&TT cho biết, năm qua ngành đã hoàn thành các chỉ tiêu chính',
    'Chiều 3/1, Sở Y tế tổng kết công tác chuyển đổi số năm 2025',
    'Sáng 15/1, Sở TT-TT tổ chức hội nghị cán bộ, công chức năm 2026', // "cán bộ" names no ministry
  ])('%s', (s) => expect(isProvincialBodyLead(s)).toBe(true));

  it.each([
    'Bộ Khoa học và Công nghệ phối hợp với Sở Thông tin và Truyền thông tổ chức hội thảo', // a ministry: national
    'Sở hữu trí tuệ là một trong các trụ cột của kinh tế số', // ownership, no department
    'Cả nước có 63 Sở Thông tin và Truyền thông', // the nation
    'Theo Sở Giao dịch Chứng khoán, giá trị giao dịch trực tuyến tăng mạnh', // an exchange, a national body
  ])('not: %s', (s) => expect(isProvincialBodyLead(s)).toBe(false));

  it('reads the lead past the headline', () => {
    const page = ['Kết quả nổi bật năm 2025', 'Hội nghị tổng kết công tác năm 2025 vừa được Sở Nội vụ tổ chức với sự tham dự của các đơn vị.', 'Năm 2025, 100% hồ sơ được xử lý trực tuyến.'];
    expect(opensPageOnProvince(page, true)).toBe(true);
    expect(opensPageOnProvince(['Kết quả nổi bật năm 2025', 'Hội nghị tổng kết công tác năm 2025 vừa được Bộ Nội vụ tổ chức với sự tham dự của các đơn vị.'], true)).toBe(false);
  });
});

describe('a platform tracker\'s sales are not the national e-commerce market', () => {
  it.each([
    ['Quý I, doanh số thương mại điện tử đạt 95.000 tỷ đồng, tăng 30% so với cùng kỳ. Số lượng sản phẩm bán ra đạt 800 triệu.', '95.000 tỷ đồng'],
    ['Quý I, doanh số thương mại điện tử đạt 95.000 tỷ đồng, tăng 30% so với cùng kỳ. Số lượng sản phẩm bán ra đạt 800 triệu.', '30%'],
    ['Doanh số bán lẻ trực tuyến tăng 18% trong khi số nhà bán hàng giảm 5%.', '18%'],
  ])('%s (%s)', (text, n) => expect(indicatorOf(text, n)).toBe('none'));

  it('the market\'s revenue in a paragraph of its own keeps its series', () =>
    expect(indicatorOf('Năm 2025, doanh thu thương mại điện tử bán lẻ B2C đạt 32 tỷ USD.', '32 tỷ USD')).toBe('ecommerce-revenue'));
});

describe('a count per day is a rate, no level of a series', () => {
  it.each([
    ['Tính ra, trung bình mỗi ngày các hệ thống thông tin trong nước ghi nhận hơn 40 cuộc tấn công mạng.', '40'],
    ['Mỗi giờ có gần 1.200 giao dịch thanh toán không dùng tiền mặt được thực hiện.', '1.200'],
  ])('%s', (text, n) => expect(indicatorOf(text, n)).toBe('none'));

  it('a period\'s total keeps its series', () =>
    expect(indicatorOf('Trong 9 tháng, các hệ thống thông tin trong nước ghi nhận 5.100 cuộc tấn công mạng.', '5.100')).toBe('cyberattacks'));
});

describe('parts and measures of the digital economy', () => {
  it('an amount restating value added is no revenue', () =>
    expect(indicatorOf('Năm 2026, giá trị tăng thêm của kinh tế số ước đạt 80 tỷ USD.', '80 tỷ USD')).toBe('none'));
  it('the digital economy\'s revenue still is', () =>
    expect(indicatorOf('Năm 2026, doanh thu kinh tế số ước đạt 80 tỷ USD.', '80 tỷ USD')).toBe('digital-economy-revenue'));
  it('the digitalised sectors named as "các ngành số hóa" are theirs, not the core\'s', () =>
    expect(indicatorOf('Các ngành kinh tế số lõi đóng góp 9%; các ngành số hóa chiếm 6,2%.', '6,2%')).toBe('digitalised-sectors-gdp-share'));
  it('the core\'s share of the whole digital economy is no share of GDP', () =>
    expect(indicatorOf('Kinh tế số lõi chiếm 58% trong tổng giá trị kinh tế số.', '58%')).toBe('none'));
  it('an average over years opening a ;-item is no year\'s growth', () =>
    expect(indicatorOf('Năm 2026, kinh tế số tăng trưởng 12%; bình quân giai đoạn 2022 - 2026, giá trị tăng thêm của kinh tế số tăng 10,5%.', '10,5%')).toBe('none'));
});

describe('revenue named as the structure a part weighs in is no revenue of the sector', () => {
  it('a fall of hardware exports that weigh in the ICT revenue structure is the exports\' fall', () =>
    expect(indicatorOf('Nguyên nhân chính là sự sụt giảm của xuất khẩu phần cứng, điện tử vốn chiếm tỷ trọng lớn trong cơ cấu doanh thu công nghiệp công nghệ thông tin với mức sụt giảm mạnh nhất trong tháng 2 (19,4%).', '19,4%')).toBe('electronics-exports-growth'));
  it('the ICT industry\'s own revenue keeps its series', () =>
    expect(indicatorOf('Năm 2025, doanh thu công nghiệp công nghệ thông tin đạt 170 tỷ USD.', '170 tỷ USD')).toBe('ict-revenue'));
});

it('fixed broadband lines in a paragraph on smartphones are no smartphone subscriptions', () => {
  expect(indicatorOf('Cùng với sự phổ biến của smartphone, số thuê bao băng rộng cố định đạt 24 triệu thuê bao.', '24 triệu')).toBe('none');
  expect(indicatorOf('Số thuê bao sử dụng smartphone đạt 105 triệu thuê bao.', '105 triệu')).toBe('smartphone-subscriptions');
});

it('a share of agencies with security solutions for their systems is no approval of security levels', () => {
  expect(indicatorOf('Đến năm 2025, 90% cơ quan có giải pháp bảo đảm an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên.', '90%')).toBe('none');
  expect(indicatorOf('Đến năm 2025, tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn đạt 100%.', '100%')).toBe('infosec-approval');
});

it('retailers ("nhà bán lẻ") are no platform tracker\'s sellers', () =>
  expect(indicatorOf('Năm 2025, doanh thu thương mại điện tử bán lẻ B2C đạt 32 tỷ USD, các nhà bán lẻ mở rộng kênh online.', '32 tỷ USD')).toBe('ecommerce-revenue'));
