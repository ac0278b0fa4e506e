/** Round 24 labels: whose series a figure is (set P's phrasings). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { sentenceHead } from '../../../scripts/ingest/sentence-head';
import { indicatorOf } from '../../support/metrics-of';


describe('the digital economy\'s share of GDP, however it is phrased', () => {
  it.each([
    ['Tỷ trọng kinh tế số năm 2024 là 18,3%.', '18,3%'],
    ['Tỷ trọng giá trị tăng thêm của kinh tế số năm 2023 đạt 16,5%.', '16,5%'],
  ])('named by its measure only: %s', (text, n) => expect(indicatorOf(text, n)).toBe('digital-economy-gdp-share'));

  it('a goal set by the Politburo is no ministry\'s own rate', () =>
    expect(indicatorOf('Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW, đặt mục tiêu đến năm 2030, kinh tế số đạt tối thiểu 30% GDP.', '30%')).toBe('digital-economy-gdp-share'));

  it('a goal in a sentence naming both measures is the nation\'s', () =>
    expect(indicatorOf('Tại hội thảo về chỉ tiêu kinh tế số trong GDP, GRDP tại Việt Nam, Thứ trưởng cho biết mục tiêu đến năm 2025 kinh tế số đạt 20% GDP.', '20%')).toBe('digital-economy-gdp-share'));

  it('the year after an average over a span takes the series, the average does not', () => {
    const text = 'Tỷ trọng kinh tế số trong GDP bình quân giai đoạn 2021-2023 đạt 13,1% và năm 2023 là 14,2%.';
    expect(indicatorOf(text, '13,1%')).toBe('none');
    expect(indicatorOf(text, '14,2%')).toBe('digital-economy-gdp-share');
  });

  it('the parts after "trong đó" are not the whole\'s words', () => {
    const text = 'Năm 2024, tỷ trọng kinh tế số trong GDP là 18,3%, trong đó kinh tế số lõi đóng góp 11,2%.';
    expect(indicatorOf(text, '18,3%')).toBe('digital-economy-gdp-share');
    expect(indicatorOf(text, '11,2%')).toBe('core-digital-economy-gdp-share');
  });
});

describe('a share that restates the count before it', () => {
  it.each([
    ['Đến nay đã có 3.500 hệ thống thông tin được phê duyệt cấp độ an toàn, đạt tỷ lệ 71%.', '71%'],
    ['Cả nước có 2.800 hệ thống thông tin được phê duyệt cấp độ đảm bảo an toàn thông tin, đạt tỷ lệ 58%.', '58%'],
  ])('%s', (text, n) => expect(indicatorOf(text, n)).toBe('infosec-approval'));
});

describe('a later verb of a sentence reads its opening subject', () => {
  it('the population database received the look-ups', () =>
    expect(indicatorOf('Cơ sở dữ liệu quốc gia về dân cư đã kết nối với 20 bộ, ngành và 63 địa phương, tiếp nhận hơn 1,2 tỷ lượt tra cứu.', '1,2 tỷ')).toBe('residents-data-lookups'));
  it('a company in a bracket glossing a listed item is not the subject', () =>
    expect(indicatorOf('Cơ sở dữ liệu quốc gia về dân cư đã kết nối 12 bộ, 2 doanh nghiệp (Tập đoàn Bưu chính Viễn thông) và 40 địa phương, phục vụ 900 triệu lượt xác thực.', '900 triệu')).toBe('residents-data-lookups'));

  it.each([
    ['Hệ thống đã kết nối 15 bộ, ngành, tiếp nhận 30 triệu lượt tra cứu.', ' … 15 bộ, ngành, tiếp nhận 30', 'hệ thống đã kết nối '],
    ['Trung tâm đạt 40 điểm, xếp thứ 2.', 'xếp thứ 2', undefined],
  ])('sentenceHead: %s', (sentence, _label, want) => {
    const lower = sentence.toLowerCase();
    const at = lower.lastIndexOf(want === undefined ? '2' : '30');
    expect(sentenceHead({ sentence: lower, clause: lower, at })).toBe(want);
  });
});

describe('a count whose noun is not the series\' thing', () => {
  it('business conditions cut are not procedures', () =>
    expect(indicatorOf('Năm 2025, đã đơn giản hóa 1.200 thủ tục hành chính và 900 điều kiện kinh doanh.', '900')).toBe('none'));
  it('procedures cut still are', () =>
    expect(indicatorOf('Năm 2025, đã đơn giản hóa 1.200 thủ tục hành chính và 900 điều kiện kinh doanh.', '1.200')).toBe('simplified-procedures'));
  it('a count followed by its change has no noun of its own', () =>
    expect(indicatorOf('Trong tháng 5, số doanh nghiệp công nghệ số ước đạt 74.000 tăng 300 doanh nghiệp so với tháng trước.', '74.000')).toBe('digital-tech-enterprises'));
  it('5G subscriptions are a part of mobile broadband', () =>
    expect(indicatorOf('Số thuê bao băng rộng di động 5G đã vượt 20 triệu thuê bao.', '20 triệu')).toBe('none'));
});

describe('the change of a growth rate is no growth series\' value', () => {
  it.each([
    'Tốc độ tăng trưởng kinh tế số quý II/2024 là 12,1%, tăng 2,5% so với quý I/2024.',
    'Kinh tế số có tốc độ tăng trưởng năm 2024 đạt 15%, giảm 1,2% so với năm trước.',
  ])('%s', (text) => {
    const n = /(?:tăng|giảm) ([\d,]+%)/u.exec(text)![1]!;
    expect(indicatorOf(text, n)).toBe('none');
  });
});
