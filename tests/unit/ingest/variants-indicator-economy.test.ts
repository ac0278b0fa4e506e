/**
 * Round 31c: the digital economy, the ICT industry, exports and e-commerce written as other editors would write
 * them, and near-misses that must not take the series (a province's share, a growth for a level, a part for the
 * whole, profit for revenue, one market's exports). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

type Row = [sentence: string, number: string, series: string];

const DIGITAL_ECONOMY: Row[] = [
  ['Kinh tế số chiếm khoảng 18,3% GDP.', '18,3%', 'digital-economy-gdp-share'],
  ['Tỷ trọng kinh tế số trong GDP năm 2024 ước đạt 18,3%.', '18,3%', 'digital-economy-gdp-share'],
  ['Năm 2024, kinh tế số đóng góp khoảng 18,3% GDP cả nước.', '18,3%', 'digital-economy-gdp-share'],
  ['Trong đó, tỷ trọng kinh tế số/GDP đạt 18,3%.', '18,3%', 'digital-economy-gdp-share'],
  ['Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP.', '20%', 'digital-economy-gdp-share'],
  ['Kinh tế số ICT chiếm 8,6% GDP.', '8,6%', 'core-digital-economy-gdp-share'],
  ['Kinh tế số của tỉnh Bắc Ninh chiếm 25% GRDP.', '25%', 'digital-economy-grdp-share'],
  ['Kinh tế số Việt Nam tăng trưởng 20% năm 2024.', '20%', 'digital-economy-growth'],
  ['Quy mô nền kinh tế số Việt Nam năm 2024 đạt 36 tỷ USD.', '36 tỷ USD', 'digital-economy-revenue'],
  ['GMV kinh tế Internet của Việt Nam ước đạt 36 tỷ USD.', '36 tỷ USD', 'digital-economy-revenue'],
  ['Tổng giá trị hàng hóa (GMV) của nền kinh tế số đạt 36 tỉ USD, trong đó thương mại điện tử đạt 22 tỉ USD.', '22 tỉ USD', 'ecommerce-revenue'],
  ['Kinh tế số của Indonesia chiếm 40% GDP.', '40%', 'none'],
];

const ICT: Row[] = [
  ['Doanh thu công nghiệp công nghệ số năm 2024 ước đạt 152 tỷ USD.', '152 tỷ USD', 'ict-revenue'],
  ['Doanh thu lĩnh vực CNTT đạt 142 tỷ USD, tăng 7%.', '142 tỷ USD', 'ict-revenue'],
  ['Doanh thu lĩnh vực CNTT đạt 142 tỷ USD, tăng 7%.', '7%', 'ict-revenue'],
  ['Ngành công nghiệp ICT có doanh thu khoảng 152 tỷ USD.', '152 tỷ USD', 'ict-revenue'],
  ['Công nghiệp công nghệ số đạt doanh thu 152 tỷ USD.', '152 tỷ USD', 'ict-revenue'],
  ['Doanh thu phần mềm và dịch vụ CNTT đạt 6 tỷ USD.', '6 tỷ USD', 'software-it-services-revenue'],
  ['Lợi nhuận của doanh nghiệp CNTT đạt 5 tỷ USD.', '5 tỷ USD', 'none'],
  ['Doanh thu dịch vụ viễn thông đạt 14 tỷ USD.', '14 tỷ USD', 'telecom-revenue'],
  ['Doanh thu toàn ngành thông tin và truyền thông đạt 3,9 triệu tỷ đồng.', '3,9 triệu tỷ đồng', 'ict-sector-revenue'],
  ['Cả nước có 73.000 doanh nghiệp công nghệ số.', '73.000', 'digital-tech-enterprises'],
  ['Số doanh nghiệp công nghệ số đang hoạt động đạt 73.000.', '73.000', 'digital-tech-enterprises'],
  ['Hiện có hơn 73 nghìn DN công nghệ số đang hoạt động.', '73 nghìn', 'digital-tech-enterprises'],
  ['Doanh nghiệp công nghệ số: khoảng 73 ngàn doanh nghiệp.', '73 ngàn', 'digital-tech-enterprises'],
  ['Tỉnh Hòa Bình có 500 doanh nghiệp công nghệ số.', '500', 'none'],
];

const EXPORTS: Row[] = [
  ['Kim ngạch xuất khẩu điện tử, máy tính và linh kiện đạt 72 tỷ USD.', '72 tỷ USD', 'ict-exports'],
  ['Xuất khẩu hàng điện tử, máy tính và linh kiện tháng 10 đạt 7 tỷ USD.', '7 tỷ USD', 'ict-exports'],
  ['Nhóm hàng điện tử, máy tính và linh kiện xuất khẩu đạt 72 tỷ USD.', '72 tỷ USD', 'ict-exports'],
  ['Xuất khẩu phần cứng, điện tử đạt 130 tỷ USD.', '130 tỷ USD', 'ict-exports'],
  ['Xuất khẩu điện tử, máy tính và linh kiện tăng 25%.', '25%', 'electronics-exports-growth'],
  ['Xuất khẩu điện thoại và linh kiện đạt 53 tỷ USD.', '53 tỷ USD', 'phone-exports'],
  ['Kim ngạch xuất khẩu điện thoại các loại và linh kiện đạt 53 tỷ USD.', '53 tỷ USD', 'phone-exports'],
  ['Xuất khẩu điện tử, máy tính và linh kiện sang thị trường Mỹ đạt 20 tỷ USD.', '20 tỷ USD', 'none'],
  // session 24: imports of the same goods, and their share of two-way trade, are no export series
  ['Tháng 8, xuất khẩu máy vi tính, sản phẩm điện tử và linh kiện đạt 9,1 tỷ USD, tăng 4%; nhập khẩu đạt 10,3 tỷ USD, giảm 2,6%.', '2,6%', 'none'],
  ['Xuất nhập khẩu nhóm máy vi tính, sản phẩm điện tử và linh kiện chiếm 19,2% tổng kim ngạch xuất nhập khẩu.', '19,2%', 'none'],
  ['Tháng 8, xuất khẩu điện thoại và linh kiện đạt 5,2 tỷ USD, tăng 4%; nhập khẩu đạt 2,1 tỷ USD, giảm 2,6%.', '2,6%', 'none'],
];

const ECOMMERCE: Row[] = [
  ['Doanh thu thương mại điện tử bán lẻ B2C năm 2023 đạt 20,5 tỷ USD.', '20,5 tỷ USD', 'ecommerce-revenue'],
  ['Quy mô thị trường TMĐT Việt Nam đạt 25 tỷ USD.', '25 tỷ USD', 'ecommerce-revenue'],
  ['Bán lẻ trực tuyến đạt doanh thu 25 tỷ USD.', '25 tỷ USD', 'ecommerce-revenue'],
  ['Thương mại điện tử (TMĐT) bán lẻ đạt khoảng 25 tỉ USD.', '25 tỉ USD', 'ecommerce-revenue'],
  ['Doanh thu TMĐT tăng 25% so với năm trước.', '25%', 'ecommerce-growth'],
  ['Thương mại điện tử tăng trưởng 20%/năm.', '20%', 'ecommerce-growth'],
  ['TMĐT chiếm 9% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng.', '9%', 'ecommerce-retail-share'],
  ['Tỷ trọng doanh thu thương mại điện tử bán lẻ trong tổng mức bán lẻ đạt 9%.', '9%', 'ecommerce-retail-share'],
  ['Doanh thu trên sàn Shopee đạt 15 tỷ USD.', '15 tỷ USD', 'none'],
];

describe('digital economy, ICT and e-commerce variants', () => {
  it.each([...DIGITAL_ECONOMY, ...ICT, ...EXPORTS, ...ECOMMERCE])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
});
