import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { withoutSingledOut } from '../../../scripts/ingest/period-singled';

/** Metrics of an undated page's paragraphs, as the ingest reads its body. */
function metricsOf(paragraphs: string[]) {
  let offset = 0;
  const segs = paragraphs.map((text) => { const s = { text, offset }; offset += text.length + 2; return s; });
  return extractMetrics(segs, { indicators: [], topics: [], fallbackTopic: 'x' });
}

describe('round 32: a period singled out with "riêng"', () => {
  it.each([
    ['Riêng năm 2023 có thêm 3.100 hộ kinh doanh dùng mã QR.', 'năm 2023'],
    ['Tỉnh đã cấp 20.000 chữ ký số, riêng trong tháng 5/2024 cấp 1.500.', 'tháng 5/2024'],
    ['Riêng quý II/2022, doanh thu đạt 40 tỷ đồng.', 'quý II/2022'],
  ])('%j: %s is singled out', (s, date) => expect(withoutSingledOut(s, [{ start: s.indexOf(date) }])).toEqual([]));
  it.each([
    ['Năm 2023 có thêm 3.100 hộ kinh doanh dùng mã QR.', 'Năm 2023'],
    ['Trong tháng 5/2024, tỉnh cấp 1.500 chữ ký số.', 'tháng 5/2024'],
  ])('%j: %s is not', (s, date) => expect(withoutSingledOut(s, [{ start: s.indexOf(date) }])).toHaveLength(1));

  it('dates its own sentence, not the paragraphs after it', () => {
    const ms = metricsOf([
      'Một nghiên cứu vừa công bố cho thấy 21% doanh nghiệp đã dùng điện toán đám mây. Riêng năm 2023 có khoảng 9.000 doanh nghiệp bắt đầu dùng.',
      'Trong số đó, 63% dùng cho lưu trữ dữ liệu và 12% cho phân tích.',
    ]);
    const byText = Object.fromEntries(ms.map((m) => [m.text, m.period?.iso ?? 'none']));
    expect(byText['9.000']).toBe('2023');
    expect(byText['63%']).toBe('none');
    expect(byText['12%']).toBe('none');
  });
});
