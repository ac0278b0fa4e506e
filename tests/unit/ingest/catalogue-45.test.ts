/**
 * Round 45: catalogue forms (content/indicators.yaml) grown from held-out misses, tried on sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { metricOf } from '../../support/metrics-of';

describe('digital-economy-revenue: the digital economy "reaching" an amount is its size', () => {
  it('"kinh tế số … đạt / dự kiến đạt / chạm mốc X tỷ USD"', () => {
    expect(metricOf('Năm 2023, kinh tế số Việt Nam đạt khoảng 30 tỷ USD.', '30 tỷ USD', 2024).indicator).toBe('digital-economy-revenue');
    expect(metricOf('Kinh tế số Việt Nam năm 2026 dự kiến đạt 45 tỷ USD, tiếp tục tăng nhanh.', '45 tỷ USD', 2025).indicator).toBe('digital-economy-revenue');
  });
  it('a component of it is not the whole', () => {
    const s = 'Năm 2022, kinh tế số đạt khoảng 170 tỷ USD, trong đó cấu phần kinh tế số công nghệ thông tin đạt 130 tỷ USD và kinh tế số ngành đạt 25 tỷ USD.';
    expect(metricOf(s, '130 tỷ USD', 2023).indicator).toBeUndefined();
    expect(metricOf(s, '25 tỷ USD', 2023).indicator).toBeUndefined();
  });
  it('an amount reached by something else is not it', () =>
    expect(metricOf('Năm 2023, doanh thu thương mại điện tử đạt 20,5 tỷ USD.', '20,5 tỷ USD', 2024).indicator).not.toBe('digital-economy-revenue'));
});

describe('ict-revenue: revenue from foreign markets is a part, not the industry\'s revenue', () => {
  it('"Tổng doanh thu từ thị trường nước ngoài ước đạt …"', () =>
    expect(metricOf('Năm 2024, hơn 1.700 doanh nghiệp công nghệ số có doanh thu từ thị trường nước ngoài. Tổng doanh thu từ thị trường nước ngoài của các doanh nghiệp công nghệ số ước đạt 8,1 tỷ USD.', '8,1 tỷ USD', 2025).indicator).toBeUndefined());
  it('the industry\'s own revenue keeps the series', () =>
    expect(metricOf('Năm 2024, doanh thu công nghiệp công nghệ số ước đạt 152 tỷ USD.', '152 tỷ USD', 2025).indicator).toBe('ict-revenue'));
});
