/** A province's or city's own page or paragraph, told by its own words (round 15; forms written for the test). */
import { describe, expect, it } from 'vitest';
import { countsDistricts, isOwnProvincePage, namesOwnerProvinceBefore, opensOnProvince, opensParagraphOnProvince } from '../../../scripts/ingest/province-own';
import { metricsByText as metricsOf } from './metrics-support';

describe('isOwnProvincePage: words only a province\'s own page uses', () => {
  it.each([
    ['Giao các sở, ban, ngành chủ trì thực hiện các nhiệm vụ sau.'],
    ['Mục tiêu chung.', 'Đến năm 2027, 100% trung tâm các huyện, thị xã, thành phố có sóng 5G.'],
    ['UBND các quận, huyện, thị xã tổ chức triển khai kế hoạch.'],
    ['Đẩy mạnh số hóa trong các cơ quan nhà nước thành phố; lấy người dân làm trung tâm.'],
    ['Nâng cao năng lực số của cơ quan nhà nước của tỉnh và doanh nghiệp.'],
    ['100% cơ quan từ cấp tỉnh đến cấp xã dùng văn bản điện tử.'],
  ])('%s', (...paragraphs) => expect(isOwnProvincePage(paragraphs)).toBe(true));

  it.each([
    ['Chủ tịch UBND các tỉnh, thành phố chỉ đạo các sở, ban, ngành triển khai.'], // a national order to every province
    ['100% cơ quan từ trung ương đến cấp xã dùng văn bản điện tử.'],
    ['Cơ quan nhà nước thành phố Huế cùng cả nước đẩy mạnh số hóa.'],
    ['Các bộ, ngành và địa phương hoàn thành chỉ tiêu.'],
    ['Cơ quan nhà nước thành phố Đà Lạt có 12 đơn vị.'], // a city named, not the page's own unnamed
    ['Tại Bắc Ninh, các sở, ban, ngành đã dùng văn bản điện tử.'], // a national page telling of one province
  ])('not: %s', (...paragraphs) => expect(isOwnProvincePage(paragraphs)).toBe(false));
});

describe('round 36: namesOwnerProvinceBefore, a province that owns what a sentence counts', () => {
  const before = (s: string, n: string) => namesOwnerProvinceBefore(s, s.indexOf(n));
  it.each([
    ['Từ đầu năm, Trung tâm Hành chính công tỉnh Bắc Kạn nhận hơn 20.000 hồ sơ, trong đó 12.000 hồ sơ trực tuyến.', '12.000'],
    ['Công an tỉnh Gia Lai đã kích hoạt 310.000 tài khoản.', '310.000'],
    ['Cần Thơ là 1/8 địa phương hoàn thành sớm.', '1/8'],
  ])('%s → %s is the province\'s', (s, n) => expect(before(s, n)).toBe(true));
  it.each([
    ['Tại hội nghị ở Hà Nội, Bộ cho biết doanh thu ngành đạt 20 tỷ USD.', '20 tỷ USD'],
    ['So với Đà Nẵng, doanh thu ngành đạt 20 tỷ USD.', '20 tỷ USD'],
    ['Cả nước, trong đó có Hà Nội, đạt 80% hồ sơ trực tuyến.', '80%'],
    ['Doanh thu đạt 20 tỷ USD, trong đó Hà Nội chiếm 30%.', '20 tỷ USD'],
  ])('not: %s → %s', (s, n) => expect(before(s, n)).toBe(false));
  it('the province\'s figure gets no national series', () => {
    const m = metricsOf('Từ đầu năm, Trung tâm Hành chính công tỉnh Bắc Kạn nhận hơn 20.000 hồ sơ, trong đó hơn 12.000 hồ sơ nộp qua mạng.');
    expect(m['12.000']?.indicator).not.toBe('online-dossiers');
  });
});

describe('round 36: countsDistricts, the districts of a province counted together', () => {
  it.each(['Tính riêng quý I, các huyện, thành phố đã tiếp nhận hơn ', 'tỷ lệ hồ sơ nộp qua mạng ở các huyện, thị xã, thành phố đạt ', 'ở cấp huyện, thành phố đạt '])('%s', (s) => expect(countsDistricts(s)).toBe(true));
  it.each(['Toàn tỉnh đã tiếp nhận hơn ', 'huyện Mường Tè đạt ', 'cả nước có '])('not: %s', (s) => expect(countsDistricts(s)).toBe(false));
  it('their figure takes neither a national nor a provincial series', () => {
    const m = metricsOf('Trong quý I, các huyện, thành phố đã có hơn 14.300 hồ sơ thủ tục hành chính nộp trực tuyến, chiếm 91% tổng số hồ sơ.');
    expect(m['14.300']?.indicator).toBeUndefined();
    expect(m['91%']?.indicator).toBeUndefined();
  });
});

describe('opensOnProvince: a sentence or paragraph that opens on one province', () => {
  it.each([
    'Tại Đà Nẵng, 95% hồ sơ được số hóa.',
    'Ở TP.HCM, các trường đều dùng sổ điểm điện tử.',
    'Theo báo cáo mới, tính đến 15-6, Hải Phòng đã cấp 900.000 tài khoản.',
    'Năm 2024, Quảng Ninh đạt 98% hồ sơ trực tuyến.',
    'Thành phố Cần Thơ hiện có 120 điểm phát Wi-Fi.',
  ])('%s', (s) => expect(opensOnProvince(s)).toBe(true));

  it.each([
    'Việt Nam đã cấp 80 triệu tài khoản.',
    'Tại hội nghị, Bộ trưởng cho biết 95% hồ sơ được số hóa.',
    'Cả nước đã có 60 triệu tài khoản định danh.',
    'Người dân Đà Nẵng đánh giá cao dịch vụ.', // the people, not the city, open it
  ])('not: %s', (s) => expect(opensOnProvince(s)).toBe(false));
});

describe('opensParagraphOnProvince: the first sentence opens on a province and states a figure of it', () => {
  it('a figure of the place', () => expect(opensParagraphOnProvince('Tại Huế, 90% trường học dùng sổ điểm số. Các trường còn lại hoàn thành trong năm.')).toBe(true));
  it('not the scene of an event', () => expect(opensParagraphOnProvince('Tại Hà Nội, Bộ Khoa học và Công nghệ tổ chức hội nghị tổng kết. Năm 2024, doanh thu đạt 150 tỷ USD.')).toBe(false));
});

describe('a province\'s own page or paragraph gives its figures no national series', () => {
  it('goals of a plan that speaks of the province\'s districts take none; a national plan\'s keep theirs', () => {
    const local = metricsOf('Mục tiêu đến năm 2027, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; 100% trung tâm các huyện, thị xã, thành phố có sóng 5G.');
    expect(local['100%']!.indicator).toBeUndefined();
    const national = metricsOf('Mục tiêu đến năm 2027, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.');
    expect(national['100%']!.indicator).toBe('full-process-online-services-share');
  });
  it('a paragraph that opens on a city\'s figure is the city\'s; an event held in a city hands nothing on', () => {
    const city = metricsOf('Tại Hải Phòng, 100% trường tiểu học đã kết nối Internet. Đã có 85% hồ sơ thủ tục hành chính được gắn mã định danh cá nhân.');
    expect(city['85%']!.indicator).toBeUndefined();
    const event = metricsOf('Tại Hà Nội, Bộ Công an tổ chức hội nghị sơ kết Đề án. Đã có 85% hồ sơ thủ tục hành chính được gắn mã định danh cá nhân.');
    expect(event['85%']!.indicator).toBe('eid-linked-dossiers');
  });
  it('a count in a sentence whose subject is a city is the city\'s', () => {
    const city = metricsOf('Tính đến ngày 10/6/2024, Hải Phòng đã kích hoạt hơn 900.000 tài khoản định danh điện tử.');
    expect(city['900.000']!.indicator).toBeUndefined();
    const nation = metricsOf('Tính đến ngày 10/6/2024, cả nước đã kích hoạt hơn 60 triệu tài khoản định danh điện tử.');
    expect(nation['60 triệu']!.indicator).toBe('eid-accounts');
  });
});

describe('round 38: the province\'s police or committee as the subject', () => {
  it.each(['Công an tỉnh đã cấp trên 610.000 thẻ căn cước.', 'UBND tỉnh đã cấp 40 chữ ký số cho các xã.', 'Theo báo cáo, Ủy ban nhân dân tỉnh đã số hóa 98% hồ sơ.'])('%s opens on the province', (s) => expect(opensOnProvince(s)).toBe(true));
  it.each(['Công an thành phố Hà Nội phối hợp với 3 bộ.', 'Bộ Công an đã cấp 80 triệu thẻ căn cước.'])('%s does not (another place, a ministry)', (s) => expect(opensOnProvince(s)).toBe(false));
  it('a provincial police count takes no national series', () => {
    const m = metricsOf('Báo cáo cho biết tỉnh về đích sớm. Công an tỉnh đã cấp trên 610.000 thẻ căn cước gắn chip và kích hoạt hơn 350.000 tài khoản VNeID cho người dân.');
    expect(m['610.000']!.indicator).toBeUndefined();
    expect(m['350.000']!.indicator).toBeUndefined();
  });
});
