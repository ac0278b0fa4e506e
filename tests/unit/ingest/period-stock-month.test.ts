import { describe, expect, it } from 'vitest';
import { comparedMonths, stockMonths } from '../../../scripts/ingest/period-stock-month';
import type { Metric } from '../../../src/schemas/metric';

const draft = (period: Metric['period']) => ({ metric: { period } });

describe('comparedMonths', () => {
  it('reads the month compared with a year before as the same month of the next year', () => {
    expect([...comparedMonths([{ text: 'Số thuê bao tăng 5% so với cùng kỳ tháng 9/2024; doanh thu tăng 3% so với cùng kỳ tháng 12-2023.' }])]).toEqual(['2025-09', '2024-12']);
    expect(comparedMonths([{ text: 'Tăng 5% so với cùng kỳ năm 2024, so với tháng 9/2024.' }]).size).toBe(0);
  });
  it('skips a comparison whose sentence names its own month (session 24): it dates that sentence only', () => {
    const text = 'Doanh thu quý I/2025 đạt 900 tỷ đồng. Số tên miền tính đến tháng 2/2025 là 650.000, tăng 4% so với cùng kỳ tháng 2/2024.';
    expect(comparedMonths([{ text }]).size).toBe(0);
    expect([...comparedMonths([{ text: 'Số tên miền đạt 650.000, tăng 4% so với cùng kỳ tháng 2/2024.' }])]).toEqual(['2025-02']);
  });
});

describe('stockMonths', () => {
  it('gives figures of the quarter or half holding the month that month', () => {
    const drafts = [draft({ iso: '2025-07', precision: 'quarter' }), draft({ iso: '2025-07', precision: 'half' }), draft({ iso: '2025-04', precision: 'quarter' }), draft({ iso: '2025', precision: 'year' }), draft({ iso: '2025-05', precision: 'month' })];
    stockMonths(drafts, [{ text: 'Báo cáo quý III/2025: đạt 80 triệu, tăng 4% so với cùng kỳ tháng 9/2024.' }]);
    expect(drafts.map((d) => d.metric.period?.iso)).toEqual(['2025-09', '2025-09', '2025-04', '2025', '2025-05']);
    expect(drafts[0]!.metric.period?.precision).toBe('month');
  });

  it('leaves a page with no such comparison alone', () => {
    const drafts = [draft({ iso: '2025-07', precision: 'quarter' })];
    stockMonths(drafts, [{ text: 'Quý III/2025 đạt 80 triệu, tăng 4% so với cùng kỳ.' }]);
    expect(drafts[0]!.metric.period).toEqual({ iso: '2025-07', precision: 'quarter' });
  });
});
