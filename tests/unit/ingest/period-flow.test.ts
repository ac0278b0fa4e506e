import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';

/** The period of each figure of one paragraph on a page of `articleYear`. */
function periods(text: string, articleYear = 2024): Record<string, string> {
  const ms = extractMetrics([{ text, offset: 0 }], { indicators: [], topics: [], fallbackTopic: 'x', articleYear });
  return Object.fromEntries(ms.map((m) => [m.text, `${m.period?.iso ?? '-'}..${m.period?.isoEnd ?? ''}`]));
}

describe('flows after an opening month end (period-flow)', () => {
  it('a later sentence’s transactions or revenue run from January; the stock counted at the date keeps the month', () => {
    const p = periods('Tính đến hết tháng 8/2023, cả nước có 15.000 ATM. Số giao dịch qua ví điện tử đạt 90 triệu giao dịch, doanh thu đạt 40 nghìn tỷ đồng.');
    expect(p['15.000']).toBe('2023-08..');
    expect(p['90 triệu']).toBe('2023-01..2023-08');
  });
  it('not a figure with a date of its own, nor after a month that is January', () => {
    expect(periods('Đến cuối tháng 6/2024, tỉnh có 500 điểm bán. Riêng tháng 6/2024 doanh thu đạt 20 tỷ đồng.')['20 tỷ đồng']).toBe('2024-06..');
    expect(periods('Tính đến hết tháng 1/2024, xã có 40 hộ kinh doanh. Số giao dịch đạt 3.000 giao dịch.')['3.000']).not.toBe('2024-01..2024-01');
  });
});

describe('a flow whose own sentence names the month end it is summed to (round 38)', () => {
  it('"hết tháng 8 xuất khẩu … đạt X" runs from January; a stock "hết tháng 8 có" keeps the month', () => {
    const p = periods('Năm 2024, hết tháng 8 xuất khẩu điện thoại đạt 35 tỷ USD, nhập khẩu đạt 12 tỷ USD.');
    expect(p['35 tỷ USD']).toBe('2024-01..2024-08');
    expect(periods('Năm 2024, hết tháng 8 toàn tỉnh có 900 điểm wifi.')['900']).not.toBe('2024-01..2024-08');
  });
});
