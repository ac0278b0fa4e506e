import { describe, expect, it } from 'vitest';
import { isLossBefore } from '../../../scripts/ingest/direction-signs';
import { claimOf, metricOf } from '../../support/metrics-of';

describe('amounts in billions written without "đồng" (round 49)', () => {
  const s = 'Doanh thu thuần liên tục giảm từ 44.238 tỷ đồng (2017) xuống 38.867 tỷ (2018), 36.263 tỷ (2019).';
  it.each(['38.867 tỷ', '36.263 tỷ'])('%s goes on in đồng after an amount in "tỷ đồng"', (n) => {
    expect(claimOf(s, n)).toMatchObject({ unit: 'VND', value: Number(n.replace(' tỷ', '').replace('.', '')) * 1e9 });
  });
  it('earnings then a year then the amount', () => {
    expect(claimOf('Doanh thu thuần MobiFone năm 2020 đạt 33.057 tỷ, lợi nhuận sau thuế 3.886 tỷ.', '33.057 tỷ').unit).toBe('VND');
  });
  it('keeps counts in billions', () => {
    expect(claimOf('Thanh toán qua Internet đạt 52 tỷ đồng, qua di động đạt hơn 7 tỷ giao dịch.', '7 tỷ').unit).toBe('count');
  });
});

describe('a loss is a negative amount (round 49)', () => {
  it.each([
    ['Khối nghiên cứu và giáo dục dự kiến lỗ 77 tỷ đồng trong năm 2024.', '77 tỷ đồng', -77e9],
    ['Công ty lỗ ròng hơn 3 triệu USD trong quý II.', '3 triệu USD', -3e6],
  ])('%s', (s, n, v) => {
    const m = metricOf(s, n, 2024);
    expect(m.value).toBe(v);
    expect(m.direction).toBe('down');
  });
  it('not a loss cut, a hole or a share', () => {
    expect(isLossBefore('công ty giảm lỗ ')).toBe(false);
    expect(isLossBefore('phát hiện lỗ hổng ')).toBe(false);
    expect(isLossBefore('dự kiến lỗ ')).toBe(true);
    expect(metricOf('Tỷ lệ doanh nghiệp lỗ 20% trong năm 2024.', '20%', 2024).value).toBe(20);
  });
});
