/**
 * Round 19 labels: a goal's rank bound among countries in one ranking is a value of that ranking's series (not
 * among provinces, nor in two fields at once); a range of one year's growth goal keeps its series (not a rate per
 * year nor an average). Every sentence was written for this test; each runs through the whole metric stage.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf as indicatorIn, metricOf } from '../../support/metrics-of';
import { isOwnProvinceReport } from '../../../scripts/ingest/province-own';

/** The indicator the ingest gives the number written `n` (article year 2024). */
const indicatorOf = (text: string, n: string) => indicatorIn(text, n, 2024);

describe("a goal's rank bound among countries in one ranking", () => {
  it.each([
    ['Mục tiêu đến năm 2026, nước ta thuộc nhóm 60 nước dẫn đầu về Chính phủ điện tử (EGDI);', '60', 'egdi-rank'],
    ['Phấn đấu đến năm 2027 Việt Nam nằm trong nhóm 45 quốc gia dẫn đầu về công nghệ thông tin (IDI).', '45', 'ict-development-index-rank'],
    ['Đến năm 2026, phấn đấu Việt Nam thuộc nhóm 30 nước dẫn đầu về đổi mới sáng tạo (GII).', '30', 'gii-rank'],
    ['Mục tiêu đến năm 2026: Việt Nam thuộc nhóm 25 nước dẫn đầu về an toàn, an ninh mạng (GCI).', '25', 'gci-rank'],
    ['Kế hoạch đặt mục tiêu đến năm 2027, hạ tầng số thuộc nhóm 40 nước dẫn đầu bảng xếp hạng chỉ số phát triển CNTT - truyền thông của ITU.', '40', 'ict-development-index-rank'],
    ['Mục tiêu đến năm 2026: Việt Nam thuộc nhóm 45 nước dẫn đầu về công nghệ thông tin', '45', 'ict-development-index-rank'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
  it.each([
    ['Mục tiêu đến năm 2030, Việt Nam thuộc nhóm 40 nước dẫn đầu thế giới về năng lực cạnh tranh số và chỉ số phát triển Chính phủ điện tử.', '40'],
    ['Đến năm 2040, phấn đấu thuộc nhóm 25 nước dẫn đầu thế giới về đổi mới sáng tạo, chuyển đổi số.', '25'],
    ['Mục tiêu đến năm 2025, tỉnh phấn đấu thuộc nhóm 15 tỉnh dẫn đầu cả nước về chỉ số chuyển đổi số (DTI).', '15'],
    ['Năm 2023, Việt Nam đã thuộc nhóm 60 nước dẫn đầu về Chính phủ điện tử (EGDI).', '60'],
  ])('none: %s', (text, n) => expect(indicatorOf(text, n)).toBe('none'));
});

describe("a range of one year's growth goal", () => {
  it.each([
    ['Năm 2026, phấn đấu thương mại điện tử tăng trưởng 18 - 20%.', '18 - 20%', 'ecommerce-growth'],
    ['Mục tiêu năm 2026 tốc độ tăng trưởng GDP đạt 7,5 - 8%.', '7,5', 'gdp-growth'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
  it.each([
    ['Kịch bản tăng trưởng bán lẻ trực tuyến cả năm 2026 được điều chỉnh từ 15% lên 18%.', '15%'],
    ['Kịch bản tăng trưởng bán lẻ trực tuyến cả năm 2026 được điều chỉnh từ 15% lên 18%.', '18%'],
    ['Chỉ tiêu tăng trưởng thương mại điện tử năm 2026 được nâng từ 16 - 18% lên 21%.', '16 - 18%'],
  ])('a growth goal moved: %s → %s', (text, n) => expect(indicatorOf(text, n)).toBe('ecommerce-growth'));
  it('a share moved is no growth', () =>
    expect(metricOf('Năm 2026, tỷ lệ hồ sơ trực tuyến được nâng từ 40% lên 55%.', '55%', 2024).kind).toBe('share'));
  it.each([
    ['Giai đoạn 2026 - 2030 phấn đấu thương mại điện tử tăng trưởng 18 - 20%/năm.', '18 - 20%'],
    ['Phấn đấu tốc độ tăng trưởng GDP bình quân đạt 7,5 - 8% giai đoạn tới.', '7,5'],
    ['Năm 2024, thương mại điện tử tăng trưởng 18 - 20%.', '18 - 20%'],
  ])('none: %s', (text, n) => expect(indicatorOf(text, n)).toBe('none'));
});

describe("a province's pillar ranks given in turn", () => {
  const page = 'Sáu tháng đầu năm 2024, xếp hạng hoạt động chính quyền số, hoạt động kinh tế số, hoạt động xã hội số của Thái Bình lần lượt là 21, 9, 5 so với cả nước.';
  it.each(['21', '9', '5'])('%s is a pillar rank', (n) => expect(indicatorOf(page, n)).toBe('dti-province-pillar-rank'));
});

describe("a province's own report that ends its sentences on itself", () => {
  it.each([
    [['Công tác thông tin bám sát nhiệm vụ chính trị của tỉnh.', 'Các đài truyền thanh được nâng cấp, phục vụ tuyên truyền tại địa phương.', 'Doanh thu bưu chính đạt 40 tỷ đồng.']],
    [['Mạng lưới bưu cục phủ khắp trên địa bàn.', 'Hoạt động báo chí phục vụ nhiệm vụ của tỉnh.', 'Tỷ lệ thanh toán trên Cổng Dịch vụ công quốc gia đạt 40%.']],
  ])('%j', (paragraphs) => expect(isOwnProvinceReport(paragraphs)).toBe(true));
  it.each([
    [['Công tác thông tin bám sát nhiệm vụ chính trị của tỉnh.', 'Doanh thu bưu chính cả nước đạt 40 nghìn tỷ đồng, tuyên truyền tại địa phương.']],
    [['Bộ làm việc với lãnh đạo của tỉnh Lào Cai về chuyển đổi số.', 'Doanh thu bưu chính đạt 40 tỷ đồng.']],
  ])('not: %j', (paragraphs) => expect(isOwnProvinceReport(paragraphs)).toBe(false));
  const page = 'Năm 2023, hoạt động thông tin phục vụ nhiệm vụ chính trị của tỉnh. // Các đài truyền thanh góp phần tuyên truyền tại địa phương. // Doanh thu dịch vụ bưu chính năm 2023 đạt 58,2 tỷ đồng. Tỷ lệ hồ sơ phát sinh trực tuyến đạt 70%; tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt 45%, tăng 30% so với năm 2022.';
  it.each([
    ['58,2 tỷ đồng', 'none'],
    ['70%', 'province-online-dossier-share'],
    ['30%', 'none'],
  ])('on such a page %s is %s', (n, id) => expect(indicatorOf(page, n)).toBe(id));
});

describe('parts of a national trade total', () => {
  it.each([
    ['Trong 10 tháng, xuất khẩu máy vi tính, sản phẩm điện tử và linh kiện sang Nhật Bản đạt 5,2 tỷ USD, tăng 12% so với cùng kỳ năm trước.', '5,2 tỷ USD'],
    ['Trong 10 tháng, xuất khẩu máy vi tính, sản phẩm điện tử và linh kiện sang Nhật Bản đạt 5,2 tỷ USD, tăng 12% so với cùng kỳ năm trước.', '12%'],
    ['Năm 2024, nhóm hàng điện tử và linh kiện chiếm 40% mức tăng trị giá xuất khẩu của cả nước.', '40%'],
  ])('%s → %s takes none', (text, n) => expect(indicatorOf(text, n)).toBe('none'));
  it('the national total still is a series', () =>
    expect(indicatorOf('Năm 2024, xuất khẩu máy vi tính, sản phẩm điện tử và linh kiện đạt 72 tỷ USD.', '72 tỷ USD')).not.toBe('none'));
});

describe('labels that belong to another measure', () => {
  it.each([
    ['Năm 2024, tỷ lệ sử dụng địa chỉ IPv6 trên mạng Internet của Việt Nam đạt 60%.', '60%'],
    ['Mục tiêu năm 2026 giải quyết thủ tục hành chính toàn trình trên môi trường số đạt 85%.', '85%'],
    ['Năm 2024, giá trị Việt Nam chiếm khoảng 30% tổng doanh thu công nghiệp công nghệ số, cao hơn 9% so với năm 2019.', '9%'],
    ['Năm 2024, hệ thống đã kết nối cho 17 bộ, ngành, 60 địa phương, 3 doanh doanh nghiệp.', '17'], // a doubled word before the last kind of body
  ])('%s → %s takes none', (text, n) => expect(indicatorOf(text, n)).toBe('none'));
  it.each([
    ['Năm 2024, tỷ lệ dân số sử dụng Internet của Việt Nam đạt 79%.', '79%', 'internet-users'],
    ['Năm 2024, tỷ lệ dịch vụ công trực tuyến toàn trình đạt 55%.', '55%', 'full-process-online-services-share'],
  ])('%s → %s is still %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});

describe('a measure named before a list of the bodies it serves', () => {
  const text = 'Năm 2024, Cơ sở dữ liệu quốc gia về dân cư đã chia sẻ dữ liệu cho 15 bộ, ngành, 60 địa phương, 3 doanh nghiệp, phục vụ hơn 1,1 tỷ lượt yêu cầu tra cứu, 420 triệu lượt đồng bộ thông tin.';
  it('the lookups are the database\'s', () => expect(indicatorOf(text, '1,1 tỷ')).toBe('residents-data-lookups'));
  it('syncs are no lookups', () => expect(indicatorOf(text, '420 triệu')).toBe('none'));
  it('a measure named past other things still is not reached', () =>
    expect(indicatorOf('Năm 2024, Cơ sở dữ liệu quốc gia về dân cư được nâng cấp, hạ tầng mạng được mở rộng, máy chủ được thay mới, dịch vụ công được bổ sung, phục vụ hơn 1,1 tỷ lượt truy cập cổng thông tin.', '1,1 tỷ')).toBe('none'));
});

describe("a sector's total left unnamed reads the paragraph's opening", () => {
  const para = 'Năm 2024, doanh thu ngành công nghiệp công nghệ số đạt 150 tỷ USD, tăng 9% so với năm 2023. Giá trị Việt Nam chiếm khoảng 30% tổng doanh thu, cao hơn 10% so với năm 2019. Tổng số nhân lực đạt 1,5 triệu người, tăng 60% so với năm 2019.';
  it('the workforce is the sector\'s', () => expect(indicatorOf(para, '1,5 triệu')).toBe('ict-sector-employment'));
  it('a total that names its own subject does not', () =>
    expect(indicatorOf('Năm 2024, doanh thu ngành công nghiệp công nghệ số đạt 150 tỷ USD, tăng 9% so với năm 2023. Giá trị Việt Nam chiếm khoảng 30% tổng doanh thu. Số người dân được tập huấn đạt 1,5 triệu người.', '1,5 triệu')).toBe('none'));
});
