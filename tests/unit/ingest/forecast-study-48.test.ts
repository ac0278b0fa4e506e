import { describe, expect, it } from 'vitest';
import { isForecast } from '../../../scripts/ingest/forecast';
import { claimOf } from '../../support/metrics-of';

/** Whether the figure `n` of `s` reads as a forecast. */
const forecast = (s: string, n: string) => isForecast(s, s.indexOf(n));

describe("a published study's future (round 48)", () => {
  it('is a forecast when the study and its publisher stand before the figure', () => {
    for (const [s, n] of [
      ['Theo Báo cáo Nền Kinh tế số Đông Nam Á do Google, Temasek và Bain & Company công bố, Việt Nam sẽ tăng trưởng với tốc độ 20% giai đoạn 2023-2025.', '20%'],
      ['Theo nghiên cứu vừa được Statista công bố, thị trường thương mại điện tử sẽ đạt 39 tỷ USD.', '39 tỷ USD'],
      ['Khảo sát do Visa phát hành cho biết 70% người dùng sẽ chuyển sang ví điện tử.', '70%'],
    ]) expect(forecast(s!, n!), s).toBe(true);
  });
  it('not without a future word, nor a report of no publisher', () => {
    for (const [s, n] of [
      ['Theo báo cáo do Google công bố, kinh tế số Việt Nam đạt 30 tỷ USD năm 2023.', '30 tỷ USD'],
      ['Theo báo cáo của Sở, năm 2025 tỉnh sẽ có 90% hồ sơ trực tuyến.', '90%'],
      ['Sở sẽ công bố báo cáo với 12 chỉ tiêu.', '12'],
    ]) expect(forecast(s!, n!), s).toBe(false);
  });
  it("makes the study's future an estimate, and leaves a province's plan a goal", () => {
    expect(claimOf('Theo Báo cáo e-Conomy SEA do Google, Temasek và Bain & Company công bố, kinh tế số Việt Nam sẽ tăng 20% mỗi năm đến năm 2025.', '20%', 2023).status).toBe('estimate');
    expect(claimOf('Theo báo cáo của UBND tỉnh, đến năm 2025 tỉnh sẽ đạt 90% hồ sơ trực tuyến.', '90%', 2023).status).toBe('target');
  });
});
