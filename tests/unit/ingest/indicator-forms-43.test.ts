/**
 * Round 43 (session 26): names of catalogue series that first reads of held-out pages wrote in a form the catalogue lacked.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf, englishMetrics, indicatorOf, metricOf } from '../../support/metrics-of';

describe('a shorter name of a ranking', () => {
  it.each([
    ['Theo WIPO, Việt Nam đứng thứ 44 trong 133 nền kinh tế về Chỉ số Đổi mới Toàn cầu năm 2024.', '44', 'gii-rank'],
    ['Năm 2023, Chỉ số đổi mới toàn cầu của Việt Nam xếp thứ 46/132.', '46/132', 'gii-rank'],
  ])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
  it('a province innovation index is not the world ranking', () =>
    expect(indicatorOf('Năm 2023, chỉ số đổi mới sáng tạo cấp tỉnh (PII) của Hà Nam xếp thứ 20/63.', '20/63')).toBe('none'));
});

describe('English: a count whose words after it are a time, not its noun (ENGLISH_AFTER_START)', () => {
  it.each([
    ['The number of cyber attacks on systems in Vietnam was 9,120 in the first half of 2023.', '9,120', 'cyberattacks'],
    ['The total number of cyberattacks in Vietnam was 13,900 during 2023.', '13,900', 'cyberattacks'],
  ])('%s → %s: %s', (s, n, id) => expect(englishIndicatorOf(s, n)).toBe(id));
  it('a noun of its own after the count still has to be one the series counts', () =>
    expect(englishIndicatorOf('The number of cyber attacks was high, with 4,200 websites affected in 2023.', '4,200')).toBe('none'));
  it('a kind of attack is a part, not the series', () =>
    expect(englishIndicatorOf('Out of 9,120 cyber attacks, there were 2,300 incidents of phishing attacks in 2023.', '2,300')).toBe('none'));
});

describe('English: a count per day or week is a rate, no level series (ENGLISH_RATE_NOUN)', () => {
  it.each([
    ['In 2023, Vietnam saw over 265 cyber attacks per week on its systems.', '265'],
    ['On average, there were 256 attacks on domestic systems every week in 2023.', '256'],
  ])('%s → %s: none', (s, n) => expect(englishIndicatorOf(s, n)).toBe('none'));
  it('the total of the year keeps its series', () =>
    expect(englishIndicatorOf('In 2023, Vietnam recorded 13,900 cyber attacks on its systems.', '13,900')).toBe('cyberattacks'));
});

describe('English: a growth rate stated with "is" or "at" (RISE_BEFORE)', () => {
  it.each([
    ["In 2021, Vietnam's economic growth is only 2.58 percent.", '2.58 percent', 'gdp-growth'],
    ['In 2021, e-commerce kept a stable growth rate at 16 percent.', '16 percent', 'ecommerce-growth'],
  ])('%s → %s: %s', (s, n, id) => expect(englishIndicatorOf(s, n)).toBe(id));
  it('a share after "is" stays a share', () =>
    expect(englishIndicatorOf('In 2021, the share of consumers shopping online is 49 percent.', '49 percent')).not.toBe('gdp-growth'));
});

describe('the population database "xử lý" requests (residents-data-lookups)', () => {
  it('requests it served, as "nhu cầu"', () =>
    expect(indicatorOf('Tính đến 30/6/2024, Cơ sở dữ liệu quốc gia về dân cư đã xử lý 1.250.400.000 nhu cầu xác minh thông tin công dân.', '1.250.400.000')).toBe('residents-data-lookups'));
  it('records it processed for another purpose stay apart', () =>
    expect(indicatorOf('Năm 2024, Cơ sở dữ liệu quốc gia về dân cư đã đồng bộ 12 triệu hồ sơ.', '12 triệu')).toBe('none'));
});

describe('set CF: measures a series before them does not own', () => {
  it('value added growth does not continue a revenue series', () => {
    const ms = englishMetrics(['Năm 2023, doanh thu ngành thông tin và truyền thông của thành phố ước đạt 9.800 tỷ đồng.', 'Tăng trưởng giá trị gia tăng của ngành năm 2023 ước đạt 6,9%.'], 2024, false);
    expect(ms.find((m) => m.text === '6,9%')?.indicator ?? 'none').toBe('none');
  });
  it('software exports are not the electronics and computers exports', () =>
    expect(indicatorOf('Năm 2024, lĩnh vực lập trình máy vi tính phát triển mạnh, kim ngạch xuất khẩu phần mềm đạt 121,5 triệu USD.', '121,5 triệu USD')).toBe('none'));
  it('the electronics and computers exports keep their series', () =>
    expect(indicatorOf('Năm 2024, xuất khẩu máy vi tính, sản phẩm điện tử và linh kiện đạt 72,5 tỷ USD.', '72,5 tỷ USD')).toBe('ict-exports'));
});

describe('set CF: a province placed in the nation\'s field owns its figure', () => {
  it.each([
    ['Năm 2024, Đà Nẵng xếp thứ 5 cả nước về doanh thu công nghệ thông tin, đạt 61.000 tỷ đồng, bằng khoảng 2% tổng doanh thu ngành CNTT cả nước.', '61.000 tỷ đồng'],
    ['Năm 2023, Bắc Ninh nằm trong nhóm đầu cả nước về doanh thu công nghiệp công nghệ thông tin, đạt 850.000 tỷ đồng, chiếm 24% của cả nước.', '850.000 tỷ đồng'],
  ])('%s → %s: no national series', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it('the nation\'s own figure keeps its series', () =>
    expect(indicatorOf('Năm 2023, doanh thu công nghiệp công nghệ thông tin cả nước đạt 3.580.000 tỷ đồng.', '3.580.000 tỷ đồng')).toBe('ict-revenue'));
});

describe('sets CG–CH: a province\'s figures and goals take no national series', () => {
  it('a growth compared with the national average is the province\'s', () =>
    expect(metricOf('Lạng Sơn đẩy mạnh chuyển đổi số // Tăng trưởng kinh tế năm 2023 đạt 7,2%, cao hơn mức trung bình của cả nước.', '7,2%', 2024, true).indicator ?? 'none').toBe('none'));
  it('the nation\'s growth keeps its series', () =>
    expect(metricOf('Kinh tế Việt Nam năm 2024 // Tăng trưởng kinh tế cả nước năm 2024 đạt 7,09%.', '7,09%', 2025, true).indicator).toBe('gdp-growth'));
  it('a page that opens on a city written with its abbreviation ("TP. Hồ Chí Minh") is the city\'s', () => {
    const ms = englishMetrics(['Đến năm 2028, TP. Hồ Chí Minh phấn đấu trở thành trung tâm đổi mới sáng tạo của khu vực với nền hành chính hiện đại.', 'Theo đó, mạng 5G sẽ phủ sóng 98% khu dân cư, kết nối với Trung tâm dữ liệu Quốc gia.'], 2025, false);
    expect(ms.find((m) => m.text === '98%')?.indicator ?? 'none').toBe('none');
  });
  it('goals a province\'s department reports, and the goals after them, are the province\'s', () => {
    const ms = englishMetrics(['Mấy năm gần đây, Quảng Bình vươn lên nhóm khá của cả nước về cải cách hành chính.', 'Theo Sở Khoa học và Công nghệ Quảng Bình, chỉ tiêu năm 2024 của tỉnh là phấn đấu 75% người trưởng thành dùng điện thoại thông minh.', 'Về chính quyền số, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 55%.'], 2024, false);
    expect(ms.find((m) => m.text === '55%')?.indicator).toBe('province-online-dossier-share');
  });
});

describe('cyberattacks: a vendor\'s detections and a kind of attack are no national count', () => {
  it.each([
    ['Năm 2024, hệ thống bảo mật của Kaspersky ghi nhận 1.530.210 cuộc tấn công mạng nhắm vào người dùng Việt Nam.', '1.530.210'],
    ['Năm 2023, các hệ thống trong nước hứng chịu 310.500 cuộc tấn công DDoS.', '310.500'],
  ])('%s → %s: none', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it('the national count keeps its series', () =>
    expect(indicatorOf('Năm 2024, Việt Nam ghi nhận 659.000 cuộc tấn công mạng vào các hệ thống thông tin.', '659.000')).toBe('cyberattacks'));
});

describe('sets CI–CJ: ID card applications and a city police\'s page', () => {
  it('applications for ID cards are not the cards issued', () =>
    expect(indicatorOf('Năm 2024, cả nước đã thu nhận 9,2 triệu hồ sơ cấp thẻ căn cước.', '9,2 triệu')).toBe('none'));
  it('the cards issued keep their series', () =>
    expect(indicatorOf('Năm 2024, cả nước đã cấp 9,2 triệu thẻ căn cước.', '9,2 triệu')).toBe('chip-id-cards'));
  it('a page opening on a province\'s police as its source is the province\'s', () => {
    const ms = englishMetrics(['Công an Thành phố Cần Thơ cho biết, tính đến cuối tháng 6/2024, đơn vị đã thu nhận hồ sơ cấp thẻ căn cước cho gần 25.000 trường hợp.', 'Đơn vị đã cấp gần 200 thẻ căn cước cho người cao tuổi tại các trung tâm dưỡng lão.'], 2024, false);
    expect(ms.find((m) => m.text === '200')?.indicator ?? 'none').toBe('none');
  });
});

describe('the national portal by its abbreviation ("Cổng DVCQG")', () => {
  it('dossiers filed through it are its own series', () =>
    expect(indicatorOf('Năm 2024, Cổng DVCQG đã tiếp nhận 9,8 triệu hồ sơ trực tuyến.', '9,8 triệu')).toBe('national-portal-dossiers'));
  it('online dossiers in general stay the general series', () =>
    expect(indicatorOf('Năm 2024, các bộ, ngành đã tiếp nhận 9,8 triệu hồ sơ trực tuyến.', '9,8 triệu')).toBe('online-dossiers'));
});
