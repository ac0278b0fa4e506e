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
