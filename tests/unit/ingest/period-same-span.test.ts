import { describe, expect, it } from 'vitest';
import type { Period } from '../../../src/schemas/metric';
import { sameSpanPeriods } from '../../../scripts/ingest/period-same-span';

const metric = (period: Period | undefined, quote: string, status: 'actual' | 'baseline' = 'actual') => ({ metric: { status, period, quote, reasons: [] as string[], confidence: 'high' as const } });
const year = (iso: string): Period => ({ iso, precision: 'year', text: iso });

describe('figures dated only by "cùng kỳ năm Y"', () => {
  it('take the span of Y + 1 read just before them', () => {
    const quarter: Period = { iso: '2024-04', precision: 'quarter' };
    const drafts = [metric(quarter, 'Trong quý 2/2024, doanh thu đạt 5 tỷ đồng'), metric(year('2024'), 'số doanh nghiệp là 60 (tăng 3% so với cùng kỳ năm 2023)'), metric(year('2024'), 'với 900 lao động (tăng 2% so với cùng kỳ 2023)')];
    sameSpanPeriods(drafts);
    expect(drafts.map((d) => d.metric.period?.iso)).toEqual(['2024-04', '2024-04', '2024-04']);
  });

  it('keep their year after a whole year, another year\'s span, or when the sentence writes the year', () => {
    const drafts = [metric(year('2024'), 'Năm 2024, doanh thu đạt 5 tỷ đồng'), metric(year('2024'), 'số doanh nghiệp là 60 (tăng 3% so với cùng kỳ năm 2023)')];
    sameSpanPeriods(drafts);
    expect(drafts[1]!.metric.period).toEqual(year('2024'));
    const other = [metric({ iso: '2023-04', precision: 'quarter' }, 'quý 2/2023'), metric(year('2024'), 'số doanh nghiệp là 60 (tăng 3% so với cùng kỳ năm 2023)')];
    sameSpanPeriods(other);
    expect(other[1]!.metric.period).toEqual(year('2024'));
    const written = [metric({ iso: '2024-04', precision: 'quarter' }, 'quý 2/2024'), metric(year('2024'), 'năm 2024 có 60 doanh nghiệp (tăng 3% so với cùng kỳ năm 2023)')];
    sameSpanPeriods(written);
    expect(written[1]!.metric.period).toEqual(year('2024'));
  });
});
