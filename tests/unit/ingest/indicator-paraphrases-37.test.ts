/**
 * Round 37 (sets AC–AF read again): the Vietnamese word order of the ICT Index's name ("Chỉ số ICT"), a figure restated for
 * another year with the predicate of the figure before ("đã đóng góp … , năm trước chỉ đạt mức đóng góp …"), and a total score
 * named right before its figure after a rank ("đứng thứ 31/63 với tổng điểm đạt 0,51"): no pillar's score. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';
import { withoutRepeatedPredicate } from '../../../scripts/ingest/series-carry';

describe('the ICT Index named in Vietnamese order', () => {
  it.each([
    ['Năm 2023, Chỉ số ICT của tỉnh Hòa Bình đứng thứ 42 trong cả nước.', '42'],
    ['Chỉ số ICT năm 2022 của tỉnh Bình Phước xếp hạng 37/63.', '37/63'],
  ])('%s → %s: ict-index-province-rank', (s, n) => expect(indicatorOf(s, n)).toBe('ict-index-province-rank'));
  it('a rank in another index keeps its own', () =>
    expect(indicatorOf('Năm 2023, Chỉ số PAPI của tỉnh Hòa Bình đứng thứ 42 trong cả nước.', '42')).not.toBe('ict-index-province-rank'));
});

describe('a figure restated for another year with the same predicate', () => {
  it.each([
    ['Kinh tế số của tỉnh Khánh Hòa năm 2023 đã đóng góp 15% GRDP của tỉnh, trong khi đó năm 2020 chỉ đạt mức đóng góp 9,4% GRDP.', '9,4%', 'digital-economy-grdp-share'],
    ['Kinh tế số của tỉnh Khánh Hòa năm 2023 đã đóng góp 15% GRDP của tỉnh, còn năm 2020 mới đóng góp 9,4%.', '9,4%', 'digital-economy-grdp-share'],
  ])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
  it('another subject with the same verb is no restatement', () =>
    expect(indicatorOf('Kinh tế số của tỉnh Khánh Hòa năm 2023 đã đóng góp 15% GRDP của tỉnh, trong khi ngành du lịch lữ hành của tỉnh đóng góp 22% GRDP.', '22%')).toBe('none'));
  it.each([
    [', trong khi đó năm 2020 chỉ đạt mức đóng góp ', 'kinh tế số đã đóng góp 15% grdp', ', trong khi đó năm 2020 chỉ đạt mức '],
    [', doanh thu bán buôn đạt ', 'doanh thu bán lẻ đạt 10 tỷ đồng', ', doanh thu bán buôn đạt '],
    [', còn thuê bao cố định đạt ', 'thuê bao di động đạt 120 triệu', ', còn thuê bao cố định đạt '],
  ])('the item %j after %j reads %j', (item, earlier, want) => expect(withoutRepeatedPredicate(item, `${earlier}${item}`)).toBe(want));
});

describe('a total score named right before its figure, after a rank', () => {
  it('is no pillar score, although the pillars are named after it', () =>
    expect(indicatorOf('Năm 2023, Ninh Thuận đứng thứ 31/63 với tổng điểm đạt 0,5102, ba trụ cột chính quyền số, xã hội số và kinh tế số cùng tăng.', '0,5102')).not.toBe('dti-province-pillar-score'));
  it('a pillar named before its own score keeps it', () =>
    expect(indicatorOf('Năm 2023, trụ cột kinh tế số của tỉnh Ninh Thuận xếp vị trí 31/63 với số điểm là 0,4102 điểm.', '0,4102')).toBe('dti-province-pillar-score'));
});

describe('a whole and its part after "trong đó", the concept named in the sentence before', () => {
  const s = 'Số hồ sơ trực tuyến tiếp tục tăng mạnh. Trong tháng 9/2025, cả nước tiếp nhận hơn 6,1 triệu hồ sơ, trong đó có 4,7 triệu hồ sơ được nộp trực tuyến.';
  it('the whole is no online count', () => expect(indicatorOf(s, '6,1 triệu')).toBe('none'));
  it('the part is', () => expect(indicatorOf(s, '4,7 triệu')).toBe('online-dossiers'));
  it('a whole that names the concept itself keeps it, its part a subtype', () =>
    expect(indicatorOf('Năm 2024, tỷ trọng kinh tế số trong GDP đạt 13,2%, trong đó kinh tế số lõi đóng góp 8,1%.', '13,2%')).toBe('digital-economy-gdp-share'));
});

describe('a figure right before "trên toàn cầu" is the world’s', () => {
  it.each([
    ['Năm 2024, doanh số thương mại điện tử ước đạt 6,8 nghìn tỷ USD trên toàn cầu.', '6,8 nghìn tỷ USD'],
    ['Năm 2024, số thuê bao 5G đạt 2,1 tỷ thuê bao trên thế giới.', '2,1 tỷ'],
  ])('%s → %s: no national series', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it('a rank in the world keeps its ranking', () =>
    expect(indicatorOf('Năm 2024, Việt Nam xếp thứ 71 trên thế giới về Chỉ số phát triển Chính phủ điện tử.', '71')).toBe('egdi-rank'));
  it('the nation’s own figure keeps its series', () =>
    expect(indicatorOf('Năm 2024, doanh thu thương mại điện tử B2C của Việt Nam đạt 25 tỷ USD.', '25 tỷ USD')).toBe('ecommerce-revenue'));
});

describe('set AK: a share’s growth and the zones’ dossiers', () => {
  it('the growth of e-commerce’s share of total retail is no e-commerce growth', () =>
    expect(indicatorOf('Năm 2024, tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ hàng hóa đạt 9%, tăng 18% so với cùng kỳ.', '18%')).toBe('none'));
  it('e-commerce growing keeps its series', () =>
    expect(indicatorOf('Năm 2024, thương mại điện tử tăng trưởng 20% so với cùng kỳ.', '20%')).toBe('ecommerce-growth'));
  it.each([
    ['Kết quả số hóa hồ sơ tại các KCN tỉnh đạt trên 97%.', '97%', 'none'],
    ['Năm 2024, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của khối địa phương đạt 61%.', '61%', 'provinces-digitised-dossier-share'],
  ])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
});

describe('set AL: the e-commerce index’s ranks and a ratio between periods', () => {
  it('a rank in the e-commerce index is no DTI rank', () =>
    expect(indicatorOf('Năm 2024, chỉ số chuyển đổi số của tỉnh tăng mạnh; chỉ số giao dịch doanh nghiệp với người tiêu dùng (B2C) của tỉnh đứng thứ 11.', '11')).toBe('none'));
  it('a DTI rank keeps its series', () =>
    expect(indicatorOf('Năm 2024, chỉ số chuyển đổi số (DTI) của tỉnh Nam Định xếp thứ 11/63.', '11/63')).toBe('dti-province-rank'));
  it('a percent of the same figure of another period is no share', () =>
    expect(indicatorOf('Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Kon Tum tăng; số hồ sơ trực tuyến quý I năm 2024 bằng 180% số hồ sơ trực tuyến của quý I năm 2023.', '180%')).toBe('none'));
});
