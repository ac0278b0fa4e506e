/** Round 47 (set DO): "toàn ngành công nghệ số" names the digital technology industry (`ict-revenue`), not the whole information and
 *  communications sector its "toàn ngành" alone would name. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsByText } from './metrics-support';

describe('the digital technology industry named with "toàn ngành"', () => {
  it('its revenue and growth are the ICT industry\'s', () => {
    const m = metricsByText('Năm 2024, doanh thu toàn ngành công nghệ số ước đạt 158 tỉ USD, tăng gần 11% so với năm 2023.');
    expect(m['158 tỉ USD']?.indicator).toBe('ict-revenue');
  });
  it('"toàn ngành thông tin và truyền thông" is still the whole sector', () => {
    const m = metricsByText('Năm 2024, doanh thu toàn ngành thông tin và truyền thông ước đạt 3,7 triệu tỷ đồng.');
    expect(m['3,7 triệu tỷ đồng']?.indicator).toBe('ict-sector-revenue');
  });
});

describe('revenue from international markets is no total of the ICT industry (round 47, set DS)', () => {
  it('"doanh thu thị trường quốc tế"', () => {
    const m = metricsByText('Năm 2024, doanh thu thị trường quốc tế của các doanh nghiệp công nghệ số Việt Nam đạt 9,2 tỷ USD.');
    expect(m['9,2 tỷ USD']?.indicator).toBeUndefined();
  });
});

describe('a change over two consecutive years written after it dates the year it ends in (round 47, set DT)', () => {
  it.each([['Thương mại điện tử ở Việt Nam tăng 14% từ năm 2023 đến 2024.', '14%', '2024'], ['Thanh toán số tăng 21% từ năm 2021 đến năm 2022.', '21%', '2022']])(
    '%s', (s, n, year) => expect(metricsByText(s)[n]?.period?.iso).toBe(year));
  it('a span of more years is left as before', () => expect(metricsByText('Doanh thu tăng 40% từ năm 2020 đến năm 2023.')['40%']?.period?.iso).not.toBe('2023'));
});
