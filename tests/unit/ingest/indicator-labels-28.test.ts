/** Round 28b labels: whose series a figure is when its index or sector is named before it. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { opensOnProvince } from '../../../scripts/ingest/province-own';
import { pointsToSector } from '../../../scripts/ingest/indicator-context';
import { paragraphTopic } from '../../../scripts/ingest/series-words';
import { indicatorOf } from '../../support/metrics-of';

describe('an index named with its province in the sentence before the figures', () => {
  const text = 'Thứ hạng chỉ số chuyển đổi số của tỉnh Lai Châu các năm qua còn thấp. Cụ thể: năm 2021 (xếp hạng 58 chỉ số 0,3012); năm 2022 (xếp hạng 49, chỉ số 0,4471).';
  it.each([['58', 'dti-province-rank'], ['0,3012', 'dti-province-score'], ['49', 'dti-province-rank'], ['0,4471', 'dti-province-score']])('%s', (n, id) =>
    expect(indicatorOf(text, n)).toBe(id));

  it('a grade ("mức trung bình") in that sentence makes no figure an average', () => {
    const graded = 'Kết quả chỉ số chuyển đổi số của tỉnh Cao Bằng nhiều năm ở mức trung bình và dưới trung bình. Cụ thể: năm 2022 (xếp hạng 40, chỉ số 0,4102).';
    expect(indicatorOf(graded, '0,4102')).toBe('dti-province-score');
  });

  it('an average with its own figure stays an average', () =>
    expect(indicatorOf('Điểm trung bình chỉ số chuyển đổi số của các tỉnh miền núi là 0,47.', '0,47')).toBe('none'));

  it('after a sentence on an index that names no province, the figure is no province\'s', () =>
    expect(indicatorOf('Chỉ số chuyển đổi số được công bố hằng năm. Cụ thể: năm 2022 (xếp hạng 12, chỉ số 0,52).', '0,52')).not.toBe('dti-province-score'));
});

describe('a paragraph that opens on its topic ("Về chỉ số X, …")', () => {
  it.each([
    ['Về chỉ số cải cách hành chính năm 2023, các tỉnh đều tiến bộ. Tỉnh Phú Thọ xếp thứ 7 cả nước.', 'phu tho'],
    ['Đối với chỉ số cải cách hành chính, nhiều địa phương bứt phá. Năm 2023, Hà Nam xếp thứ 12 toàn quốc.', 'ha nam'],
  ])('%s', (text) => {
    const n = /thứ (\d+)/u.exec(text)![1]!;
    expect(indicatorOf(text, n)).toBe('par-index-province-rank');
  });

  it('the topic is read up to its comma, and never for the opening sentence itself', () => {
    expect(paragraphTopic({ opening: 'về chỉ số cải cách hành chính năm 2023, các tỉnh đều tiến bộ.', sentence: 'tỉnh a xếp thứ 7.' })).toBe('chỉ số cải cách hành chính năm 2023');
    expect(paragraphTopic({ opening: 'về chỉ số x, các tỉnh tiến bộ.', sentence: 'về chỉ số x, các tỉnh tiến bộ.' })).toBeUndefined();
    expect(paragraphTopic({ opening: 'năm 2023, các tỉnh tiến bộ.', sentence: 'tỉnh a xếp thứ 7.' })).toBeUndefined();
  });

  it('a rank that names its own field ("về chỉ số …") reads no ranking before it', () => {
    const text = 'Về chính quyền số, tỉnh đã nâng cao chất lượng dịch vụ công. Năm 2024, Lào Cai xếp thứ 21/63 tỉnh, thành phố về chỉ số phục vụ người dân.';
    expect(indicatorOf(text, '21/63')).toBe('none');
  });
});

describe('whose figure: a province plan\'s goal, a page that opens on a province', () => {
  it('a target of a province\'s plan takes the province series, though its clause names no province', () => {
    const text = 'UBND tỉnh Tây Ninh ban hành Kế hoạch chuyển đổi số năm 2025. // Mục tiêu: tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến đạt 65%; tỷ lệ số hóa hồ sơ đạt 90%.';
    expect(indicatorOf(text, '65%')).toBe('province-online-dossier-share');
  });

  it.each([
    ['Tỉnh Hà Nam xác định chuyển đổi số là nhiệm vụ trọng tâm', true],
    ['Tỉnh Kon Tum tiếp tục đẩy mạnh cải cách hành chính', true],
    ['Thành phố Cần Thơ đặt quyết tâm cao', true],
    ['Việt Nam xác định chuyển đổi số là động lực', false],
  ])('%s', (s, yes) => expect(opensOnProvince(s, true)).toBe(yes));
});

describe('national series named in other words', () => {
  it('procedures offered partly online ("một phần") are no share of online procedures', () => {
    const text = 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến một phần của các bộ là 21,4%, của các tỉnh là 48,9%.';
    expect(indicatorOf(text, '21,4%')).toBe('none');
    expect(indicatorOf(text, '48,9%')).toBe('none');
  });

  it('the nation\'s average with an adverb before its verb ("trung bình cả nước mới chỉ đạt") is the nation\'s value', () =>
    expect(indicatorOf('Tỷ lệ hồ sơ trực tuyến toàn trình trung bình cả nước mới chỉ đạt 41,2%, còn xa mục tiêu.', '41,2%')).toBe('online-dossier-share'));

  it('"của ngành" points back to the sector named before, not to what was measured there', () => {
    const text = 'Doanh thu toàn ngành khoa học và công nghệ tháng 2 đạt 412.300 tỷ đồng. // Theo Bộ, đóng góp của ngành vào tăng trưởng GDP tháng 2 ước đạt 98.400 tỷ đồng, tăng 21,5% so với cùng kỳ.';
    expect(indicatorOf(text, '98.400 tỷ đồng')).toBe('ict-sector-gdp-contribution');
    expect(indicatorOf(text, '21,5%')).toBe('none');
    expect(pointsToSector('đóng góp của ngành vào gdp')).toBe(true);
    expect(pointsToSector('của ngành công thương')).toBe(false);
  });

  it('a contribution to GDP growth is no GDP growth', () =>
    expect(indicatorOf('Kinh tế số đóng góp vào tăng trưởng GDP tăng 12,5%.', '12,5%')).not.toBe('gdp-growth'));

  it('the digital-tech industry\'s firms, and no series for a part of them ("Trong đó, …")', () => {
    const text = 'Công nghiệp công nghệ số hiện có hơn 75.000 doanh nghiệp đang hoạt động. Trong đó, khoảng 1.500 doanh nghiệp đã đầu tư ra nước ngoài.';
    expect(indicatorOf(text, '75.000')).toBe('digital-tech-enterprises');
    expect(indicatorOf(text, '1.500')).toBe('none');
  });

  it('the science-and-technology sector\'s monthly revenue', () =>
    expect(indicatorOf('Doanh thu của ngành khoa học và công nghệ trong tháng 2 đạt hơn 410.000 tỷ đồng.', '410.000 tỷ đồng')).toBe('ict-sector-revenue'));
});

describe('a compound growth\'s start and end levels', () => {
  const text = 'Theo dự báo, doanh thu thương mại điện tử từ 22 tỷ USD năm 2023 sẽ đạt tốc độ tăng trưởng kép (CAGR) 18,5%, lên khoảng 52 tỷ USD vào năm 2029.';
  it('the levels keep the level series', () => {
    expect(indicatorOf(text, '52 tỷ USD')).toBe('ecommerce-revenue');
  });
  it('the compound rate takes no series', () => expect(indicatorOf(text, '18,5%')).toBe('none'));
});
