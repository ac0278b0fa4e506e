/**
 * Round 18 labels: Internet use at home is no share of Internet users; a province's figure is no value of a sector
 * series (the sector's national totals) either; a page whose paragraphs place their counts in the province unnamed
 * ("Toàn tỉnh có …") is the province's own report. Every sentence was written for this test; each runs through the
 * whole metric stage.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf as indicatorIn, metricOf } from '../../support/metrics-of';
import { isOwnProvinceReport } from '../../../scripts/ingest/province-own';

/** The indicator the ingest gives the number written `n` (article year 2024). */
const indicatorOf = (text: string, n: string) => indicatorIn(text, n, 2024);

describe('Internet use at home', () => {
  it.each([
    ['Khảo sát cho thấy tỷ lệ người dùng internet tại nhà đạt 68% năm 2024.', '68%'],
    ['Tỷ lệ người dân sử dụng Internet tại nhà tăng lên 72%.', '72%'],
  ])('%s → no Internet users', (text, n) => expect(indicatorOf(text, n)).not.toBe('internet-users'));
  it('the population using the Internet still is', () =>
    expect(indicatorOf('Năm 2024, tỷ lệ dân số sử dụng Internet của Việt Nam đạt 79%.', '79%')).toBe('internet-users'));
});

describe("a province's figure is no sector total", () => {
  it('postal items counted in the province', () =>
    expect(indicatorOf('Toàn tỉnh có 3 doanh nghiệp bưu chính. Sản lượng bưu gửi năm 2024 đạt 2.150.300 bưu gửi.', '2.150.300')).toBe('none'));
  it('the sector nationally still is', () =>
    expect(indicatorOf('Năm 2024, sản lượng bưu gửi của cả nước đạt 2.150.300.000 bưu gửi.', '2.150.300.000')).toBe('postal-items'));
});

describe("a province's own report told by its shape", () => {
  it('two paragraphs place their counts in the province unnamed', () => {
    expect(isOwnProvinceReport(['Bản tin tháng', 'Toàn tỉnh có 12 bưu cục.', 'Doanh thu đạt 40 tỷ đồng.', 'Trên địa bàn tỉnh hiện có 5 nhà mạng.'])).toBe(true);
  });
  it.each([
    [['Toàn tỉnh có 12 bưu cục.', 'Doanh thu đạt 40 tỷ đồng.']],
    [['Toàn tỉnh có 12 bưu cục.', 'Trên địa bàn tỉnh có 5 nhà mạng, bằng 8% cả nước.']],
    [['Trong tỉnh, thành phố có 12 bưu cục.', 'Toàn tỉnh có 5 nhà mạng.']],
  ])('not: %j', (paragraphs) => expect(isOwnProvinceReport(paragraphs)).toBe(false));
});

describe('a list of pillar ranks that drops its rank word', () => {
  const page = 'Năm 2024, tỉnh Hòa Bình xếp hạng 30/63 về DTI cấp tỉnh. Các chỉ số thành phần: thể chế số xếp hạng 12/63 (tăng 4 bậc); hoạt động chính quyền số 18/63 (tăng 6 bậc); an toàn thông tin mạng xếp hạng 40/63 (giảm 2 bậc).';
  it.each([
    ['12/63', 'dti-province-pillar-rank'],
    ['18/63', 'dti-province-pillar-rank'],
    ['40/63', 'dti-province-pillar-rank'],
  ])('%s is %s', (n, id) => expect(indicatorOf(page, n)).toBe(id));
  it('the rank is read without its word', () => expect(metricOf(page, '18/63', 2024).unit).toBe('rank'));
});

describe("the digital share within one sector", () => {
  it.each([
    ['Theo ước tính, tỷ trọng số hóa trong nông nghiệp mới đạt 3,4%.', '3,4%'],
    ['Năm 2024, tỷ trọng kinh tế số trong công nghiệp đạt 9%.', '9%'],
  ])('%s', (text, n) => expect(indicatorOf(text, n)).toBe('digital-economy-sector-share'));
  it('a sector\'s share of GDP is not', () =>
    expect(indicatorOf('Tỷ trọng nông nghiệp trong GDP hiện nay là 12%.', '12%')).not.toBe('digital-economy-sector-share'));
});

describe('a share of officials after a coverage goal', () => {
  it('takes no coverage series carried from the sentence before', () =>
    expect(indicatorOf('Mục tiêu năm 2026: phủ sóng 5G đạt 80% dân số. 100% cán bộ, công chức cấp xã được cấp máy tính.', '100%')).not.toBe('mobile-5g-coverage-share'));
  it('the coverage goal keeps it', () =>
    expect(indicatorOf('Mục tiêu năm 2026: phủ sóng 5G đạt 80% dân số. 100% cán bộ, công chức cấp xã được cấp máy tính.', '80%')).toBe('mobile-5g-coverage-share'));
});

describe('a page whose lead opens on a province', () => {
  const page = 'Trong những năm gần đây, Quảng Bình đã có nhiều chuyển biến trong chuyển đổi số và được đánh giá cao trong khu vực.\n\nĐến nay, số hóa đơn điện tử được cơ quan thuế xử lý là 512.300 hóa đơn.';
  it("gives the province's count no national series", () => expect(indicatorOf(page.replace('\n\n', ' // '), '512.300')).toBe('none'));
  it('opensPageOnProvince reads the lead past a headline', async () => {
    const { opensPageOnProvince } = await import('../../../scripts/ingest/province-own');
    expect(opensPageOnProvince(['Tin tổng hợp', page.split('\n\n')[0]!], true)).toBe(true);
    expect(opensPageOnProvince(['Năm 2024, cả nước đã xử lý hơn 2 tỷ hóa đơn điện tử, tăng 15% so với năm trước, theo Tổng cục Thuế.'], false)).toBe(false);
    expect(opensPageOnProvince(['Tại Đà Nẵng, Bộ Công an tổ chức hội nghị sơ kết đề án về dữ liệu dân cư với các bộ, ngành.'], false)).toBe(false);
  });
});

describe("a rank's field named right after it", () => {
  const s = 'Năm 2023, tỉnh Nam Định xếp thứ 19 cả nước về chỉ số cải cách hành chính (PAR Index) và thứ 4 cả nước về chỉ số hài lòng của người dân (SIPAS).';
  it('the first rank is the PAR Index', () => expect(indicatorOf(s, '19')).toBe('par-index-province-rank'));
  it('the second is another index', () => expect(indicatorOf(s, '4')).not.toBe('par-index-province-rank'));
});

describe('a gap between two groups', () => {
  it.each([
    ['Năm 2024, tỷ lệ nam giới sử dụng Internet cao hơn từ 4% so với nữ giới.', '4%'],
    ['Năm 2024, tỷ lệ dân số sử dụng Internet ở nông thôn thấp hơn 9% so với thành thị.', '9%'],
  ])('%s takes no series', (text, n) => expect(indicatorOf(text, n)).toBe('none'));
  it('a share itself keeps it', () =>
    expect(indicatorOf('Năm 2024, tỷ lệ dân số sử dụng Internet đạt 79%, cao hơn năm trước.', '79%')).toBe('internet-users'));
});
