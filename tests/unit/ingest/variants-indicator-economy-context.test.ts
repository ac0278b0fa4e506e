/**
 * Round 31c: the digital economy, the ICT industry, exports and e-commerce in context, as other editors would write them: a heading or lead-in naming the series, the
 * figure before its name, a bracket, a colon label, a "Trong đó," item, a series named the sentence before, and
 * near-misses that must not take the series (a province's or a district's value, profit or budget for revenue, one product for another, a growth for a level). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

type Row = [sentence: string, number: string, series: string];

const ROWS: Row[] = [
  ['Kết quả nổi bật về kinh tế số năm 2024: // - Tỷ trọng trong GDP: 18,3%; // - Tăng trưởng: 20%.', '20%', 'digital-economy-growth'],
  ['Kinh tế số: // - Tỷ trọng trong GDP đạt 18,3%. // - Tốc độ tăng trưởng đạt 20%.', '20%', 'digital-economy-growth'],
  ['Kinh tế số: // - Tỷ trọng trong GDP đạt 18,3%. // - Xuất khẩu nông sản tăng trưởng 20%.', '20%', 'none'],
  ['Kinh tế số: // - Tỷ trọng trong GDP đạt 18,3%. // - Tăng trưởng GDP đạt 7%.', '7%', 'gdp-growth'],
  ['Thương mại điện tử: // - Doanh thu đạt 25 tỷ USD. // - Tăng trưởng: 20%.', '20%', 'ecommerce-growth'],
  ['Kết quả nổi bật về kinh tế số năm 2024: // - Tỷ trọng trong GDP: 18,3%; // - Tăng trưởng: 20%.', '18,3%', 'digital-economy-gdp-share'],
  ['Về kinh tế số: quy mô đạt 36 tỷ USD, chiếm 18,3% GDP.', '18,3%', 'digital-economy-gdp-share'],
  ['Về kinh tế số: quy mô đạt 36 tỷ USD, chiếm 18,3% GDP.', '36 tỷ USD', 'digital-economy-revenue'],
  ['Kinh tế số tiếp tục phát triển mạnh. Tỷ trọng trong GDP ước đạt 18,3%.', '18,3%', 'digital-economy-gdp-share'],
  ['Kinh tế số đạt 18,3% GDP.', '18,3%', 'digital-economy-gdp-share'],
  ['18,3% là tỷ trọng kinh tế số trong GDP năm 2024.', '18,3%', 'digital-economy-gdp-share'],
  ['Tỷ trọng kinh tế số trong GDP (18,3%) vượt kế hoạch.', '18,3%', 'digital-economy-gdp-share'],
  ['Năm 2024, kinh tế số đã chiếm tỷ trọng 18,3% trong GDP.', '18,3%', 'digital-economy-gdp-share'],
  ['Kinh tế số chiếm tỷ trọng khoảng 18,3% tổng sản phẩm quốc nội.', '18,3%', 'digital-economy-gdp-share'],
  ['Kinh tế số – 18,3% GDP', '18,3%', 'digital-economy-gdp-share'],
  ['Đóng góp của kinh tế số vào GDP đạt 18,3%.', '18,3%', 'digital-economy-gdp-share'],
  ['Công nghiệp công nghệ số tiếp tục tăng trưởng. Doanh thu năm 2024 ước đạt 152 tỷ USD.', '152 tỷ USD', 'ict-revenue'],
  ['Trong đó, doanh thu công nghiệp CNTT đạt 152 tỷ USD.', '152 tỷ USD', 'ict-revenue'],
  ['Về công nghiệp ICT: doanh thu 152 tỷ USD, tăng 7%.', '152 tỷ USD', 'ict-revenue'],
  ['Về công nghiệp ICT: doanh thu 152 tỷ USD, tăng 7%.', '7%', 'ict-revenue'],
  ['Doanh thu ngành công nghiệp công nghệ số năm 2024 đạt khoảng 3,8 triệu tỷ đồng.', '3,8 triệu tỷ đồng', 'ict-revenue'],
  ['Lĩnh vực công nghiệp công nghệ thông tin mang lại doanh thu 152 tỷ USD.', '152 tỷ USD', 'ict-revenue'],
  ['Doanh thu của các doanh nghiệp công nghệ số đạt 152 tỷ USD.', '152 tỷ USD', 'ict-revenue'],
  ['Điện tử, máy tính và linh kiện là nhóm hàng xuất khẩu lớn nhất với 72 tỷ USD.', '72 tỷ USD', 'ict-exports'],
  ['Xuất khẩu nhóm hàng điện tử, máy tính và linh kiện đạt 72 tỷ USD, tăng 25%.', '25%', 'electronics-exports-growth'],
  ['Máy vi tính, sản phẩm điện tử và linh kiện xuất khẩu đạt 72 tỷ USD.', '72 tỷ USD', 'ict-exports'],
  ['Kim ngạch xuất khẩu máy vi tính, sản phẩm điện tử và linh kiện đạt 72 tỷ USD.', '72 tỷ USD', 'ict-exports'],
  ['Thương mại điện tử Việt Nam năm 2024 đạt 25 tỷ USD, tăng 20%.', '25 tỷ USD', 'ecommerce-revenue'],
  ['Thương mại điện tử Việt Nam năm 2024 đạt 25 tỷ USD, tăng 20%.', '20%', 'ecommerce-growth'],
  ['Quy mô thương mại điện tử bán lẻ (B2C) ước đạt 25 tỷ USD.', '25 tỷ USD', 'ecommerce-revenue'],
  ['Thị trường thương mại điện tử: 25 tỷ USD.', '25 tỷ USD', 'ecommerce-revenue'],
  ['Doanh số thương mại điện tử đạt 25 tỷ USD.', '25 tỷ USD', 'ecommerce-revenue'],
  ['Số doanh nghiệp công nghệ số: 73.000, tăng 5%.', '73.000', 'digital-tech-enterprises'],
  ['Cả nước hiện có khoảng 73.000 doanh nghiệp hoạt động trong lĩnh vực công nghệ số.', '73.000', 'digital-tech-enterprises'],
  ['Cả nước có 73.000 doanh nghiệp công nghệ thông tin.', '73.000', 'digital-tech-enterprises'],
  ['Thành phố Hà Nội có 15.000 doanh nghiệp công nghệ số.', '15.000', 'none'],
  ['Kinh tế số tăng trưởng: 20%.', '20%', 'digital-economy-growth'],
  ['Tốc độ tăng trưởng kinh tế số năm 2024 khoảng 20%, gấp 3 lần tốc độ tăng GDP.', '20%', 'digital-economy-growth'],
  ['Kinh tế số đóng góp 18,3% vào GDP.', '18,3%', 'digital-economy-gdp-share'],
  ['Giá trị tăng thêm của kinh tế số chiếm 18,3% GDP.', '18,3%', 'digital-economy-gdp-share'],
  ['Tỷ trọng kinh tế số trong GDP của Việt Nam tăng lên 18,3%.', '18,3%', 'digital-economy-gdp-share'],
  ['Tỷ trọng kinh tế số trong GDP: năm 2022 là 14,26%, năm 2023 là 16,5%.', '16,5%', 'digital-economy-gdp-share'],
  ['Tỉnh phấn đấu kinh tế số chiếm 20% GRDP.', '20%', 'digital-economy-grdp-share'],
  ['Kinh tế số Bắc Ninh chiếm tỷ trọng 25% trong GRDP.', '25%', 'digital-economy-grdp-share'],
  ['Năm 2024, kinh tế số của tỉnh ước chiếm 12% GRDP.', '12%', 'digital-economy-grdp-share'],
  ['Tỷ trọng kinh tế số trong GRDP của Thanh Hóa đạt 12%.', '12%', 'digital-economy-grdp-share'],
  ['Doanh thu công nghiệp ICT 9 tháng ước đạt 110 tỷ USD, tăng 10% so với cùng kỳ.', '10%', 'ict-revenue'],
  ['Công nghiệp công nghệ thông tin tiếp tục là điểm sáng với doanh thu 152 tỷ USD.', '152 tỷ USD', 'ict-revenue'],
  ['Doanh thu toàn ngành công nghiệp công nghệ số đạt 152 tỷ USD.', '152 tỷ USD', 'ict-revenue'],
  ['Doanh thu toàn ngành TT&TT đạt 3,9 triệu tỷ đồng.', '3,9 triệu tỷ đồng', 'ict-sector-revenue'],
  ['Doanh thu ngành Thông tin và Truyền thông năm 2024 đạt 3,9 triệu tỷ đồng.', '3,9 triệu tỷ đồng', 'ict-sector-revenue'],
  ['Lợi nhuận toàn ngành thông tin và truyền thông đạt 400 nghìn tỷ đồng.', '400 nghìn tỷ đồng', 'none'],
  ['Nộp ngân sách nhà nước của ngành CNTT đạt 100 nghìn tỷ đồng.', '100 nghìn tỷ đồng', 'none'],
  ['Doanh thu phần mềm đạt 6 tỷ USD, xuất khẩu phần mềm đạt 1 tỷ USD.', '1 tỷ USD', 'none'],
  ['Xuất khẩu điện tử, máy tính và linh kiện chiếm 18% tổng kim ngạch xuất khẩu.', '18%', 'electronics-exports-share'],
  ['Trong các mặt hàng xuất khẩu chủ lực, điện tử, máy tính và linh kiện dẫn đầu với 72 tỷ USD.', '72 tỷ USD', 'ict-exports'],
  ['Thương mại điện tử chiếm khoảng 9% tổng mức bán lẻ.', '9%', 'ecommerce-retail-share'],
  ['Doanh thu bán lẻ trực tuyến chiếm 9% tổng mức bán lẻ hàng hóa.', '9%', 'ecommerce-retail-share'],
  ['Tốc độ tăng trưởng thương mại điện tử đạt 20%.', '20%', 'ecommerce-growth'],
  ['Thị trường thương mại điện tử Việt Nam tăng trưởng 25%, quy mô đạt 25 tỷ USD.', '25 tỷ USD', 'ecommerce-revenue'],
  ['Doanh thu TMĐT bán lẻ năm 2024 ước đạt 25 tỷ USD, chiếm 9% tổng mức bán lẻ.', '9%', 'ecommerce-retail-share'],
  ['Về kinh tế số, tỷ trọng trong GDP năm 2024 ước đạt 18,3%.', '18,3%', 'digital-economy-gdp-share'],
  ['Kinh tế số tiếp tục tăng trưởng nhanh. // Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%, tăng 2 điểm phần trăm.', '18,3%', 'digital-economy-gdp-share'],
  ['Tỷ trọng kinh tế số/GRDP của tỉnh đạt 9,5%.', '9,5%', 'digital-economy-grdp-share'],
  ['Tỷ trọng kinh tế số trong GRDP của huyện đạt 5%.', '5%', 'none'],
  ['Doanh thu công nghiệp công nghệ số đạt 152 tỷ USD, lợi nhuận đạt 9 tỷ USD.', '9 tỷ USD', 'none'],
  ['Doanh thu công nghiệp công nghệ số đạt 152 tỷ USD, trong đó phần cứng đạt 140 tỷ USD.', '140 tỷ USD', 'hardware-electronics-revenue'],
  ['Doanh thu công nghiệp công nghệ số đạt 152 tỷ USD; doanh thu phần mềm đạt 7 tỷ USD.', '7 tỷ USD', 'software-it-services-revenue'],
  ['Doanh thu của doanh nghiệp CNTT trên địa bàn tỉnh đạt 1.000 tỷ đồng.', '1.000 tỷ đồng', 'none'],
  ['Doanh thu dịch vụ viễn thông đạt 14 tỷ USD; doanh thu bưu chính đạt 2 tỷ USD.', '2 tỷ USD', 'postal-revenue'],
  ['Tỷ lệ thanh toán không dùng tiền mặt trong thương mại điện tử đạt 30%.', '30%', 'none'],
  ['Số doanh nghiệp công nghệ số tăng 5% so với năm trước.', '5%', 'none'],
];

/** Phrasings the rules still miss (round 31c's "left"): a third item under a heading (beyond the topic's reach of two sentences), a respective list whose base follows its last figure. */
const LEFT: Row[] = [
  ['Kinh tế số năm 2024: // - Quy mô: 36 tỷ USD; // - Tăng trưởng: 20%; // - Tỷ trọng trong GDP: 18,3%.', '18,3%', 'digital-economy-gdp-share'],
  ['Kinh tế số chiếm lần lượt 14,26% và 16,5% GDP trong các năm 2022 và 2023.', '14,26%', 'digital-economy-gdp-share'],
];

describe('digital economy, ICT and e-commerce variants in context', () => {
  it.each(ROWS)('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
  for (const [s, n, id] of LEFT) it.fails(`${s} → ${n}: ${id} (left)`, () => expect(indicatorOf(s, n)).toBe(id));
});
