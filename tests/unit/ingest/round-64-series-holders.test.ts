/** Round 64 (session 45, after sets JW–KE's first reads): figures whose holder is no series' own — ASEAN's e-commerce, the big platforms'
 *  sales ("5 ông lớn thương mại điện tử"), women's or men's shares of internet or phone use — and "kỹ năng số" (digital skills) read as no
 *  "ký số" (digital signing). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics, metricsOf } from '../../support/metrics-of';

const series = (paragraphs: string[], headline = false) => metricsOf(paragraphs, 2024, headline).map((m) => `${m.text} ${m.indicator ?? '-'}`);

describe('a holder that is no series\' own', () => {
  it.each([
    ['Theo báo cáo, quy mô thương mại điện tử ASEAN đã đạt 114,6 tỷ USD vào năm 2023, tăng 15% so với năm trước.', ['114,6 tỷ USD -', '15% -']],
    ['Quý I/2024, 5 ông lớn thương mại điện tử đạt doanh số 71.000 tỷ đồng.', ['5 -', '71.000 tỷ đồng -']],
    ['Năm 2021, tỷ lệ phụ nữ sử dụng internet là 70% so với nam giới là 78%.', ['70% -', '78% -']],
  ])('%s', (text, want) => expect(series([text])).toEqual(want));
  it.each([
    ['Năm 2023, quy mô thương mại điện tử Việt Nam đạt 20,5 tỷ USD, đứng thứ 3 ASEAN.', '20,5 tỷ USD ecommerce-revenue'],
    ['Năm 2023, tỷ lệ người dân sử dụng internet đạt 79%.', '79% internet-users'],
  ])('the nation\'s stays: %s', (text, row) => expect(series([text])[0]).toBe(row));
  it('English: women\'s share is no internet users\' share', () =>
    expect(englishMetrics(['In 2021, 70% of women used the internet, against 78% of men.'], 2024).map((m) => m.indicator ?? '-')).toEqual(['-', '-']));
});

describe('digital skills', () => {
  it('a headline on "kỹ năng số" names no digital signatures', () =>
    expect(series(['Kỹ năng số: tấm vé hòa nhập thời đại mới', 'Năm 2025, Việt Nam có hơn 16 triệu người cao tuổi. Con số này sẽ tăng lên 25 triệu vào năm 2069.'], true)).toEqual(['16 triệu -', '25 triệu -']));
  it('a count of digital signatures keeps its series', () =>
    expect(series(['Năm 2024, cả nước đã cấp 12 triệu chứng thư chữ ký số.'])[0]).toBe('12 triệu digital-signatures'));
});
