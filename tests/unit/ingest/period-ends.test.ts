import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../src/schemas/metric';
import { endPeriods } from '../../../scripts/ingest/period-ends';

type M = Pick<Metric, 'status' | 'period' | 'quote' | 'text'>;
const run = (m: M) => { const d = [{ metric: m }]; endPeriods(d); return d[0]!.metric.period; };

describe('endPeriods', () => {
  it('a goal "đến hết" a quarter runs from January to its end', () => {
    expect(run({ status: 'target', text: '70%', quote: 'Phấn đấu đến hết quý III giải ngân 70% vốn.', period: { iso: '2024-07', precision: 'quarter', text: 'quý III' } }))
      .toMatchObject({ iso: '2024-01', precision: 'month', isoEnd: '2024-09' });
    expect(run({ status: 'target', text: '50%', quote: 'Quyết tâm tới cuối quý 2 đạt 50% kế hoạch.', period: { iso: '2023-04', precision: 'quarter', text: 'quý 2' } }))
      .toMatchObject({ iso: '2023-01', precision: 'half' });
  });
  it('a forecast or goal "vào cuối năm" / "cả năm" is the whole year’s', () => {
    expect(run({ status: 'estimate', text: '8 tỷ', quote: 'Quý I đạt 2 tỷ lượt, dự kiến đạt 8 tỷ vào cuối năm.', period: { iso: '2025-01', precision: 'quarter', text: 'Quý I' } }))
      .toMatchObject({ iso: '2025', precision: 'year' });
    expect(run({ status: 'target', text: '90%', quote: '6 tháng đầu năm đạt 40%, phấn đấu 90% cả năm.', period: { iso: '2022-01', precision: 'half', text: '6 tháng đầu năm' } }))
      .toMatchObject({ iso: '2022', precision: 'year' });
  });
  it('not a result, a quarter reached without "hết", or an end of a year written out', () => {
    expect(run({ status: 'actual', text: '40%', quote: 'Đến hết quý II đạt 40%.', period: { iso: '2024-04', precision: 'quarter', text: 'quý II' } })?.precision).toBe('quarter');
    expect(run({ status: 'target', text: '30%', quote: 'Trong quý II phấn đấu đạt 30%.', period: { iso: '2024-04', precision: 'quarter', text: 'quý II' } })?.precision).toBe('quarter');
    expect(run({ status: 'estimate', text: '5 tỷ', quote: 'Quý I đạt 1 tỷ, dự kiến 5 tỷ vào cuối năm 2026.', period: { iso: '2025-01', precision: 'quarter', text: 'Quý I' } })?.precision).toBe('quarter');
  });
});
