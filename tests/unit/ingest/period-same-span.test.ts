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

describe('a baseline after "cùng kỳ năm Y" whose claim spans part of Y + 1 (round 33)', () => {
  const withClaim = (d: ReturnType<typeof metric>, claim: number) => ({ ...d, claim });
  it('takes that part of year Y', () => {
    const months: Period = { iso: '2025-01', precision: 'month', isoEnd: '2025-08' };
    const drafts = [metric(months, 'Tỷ lệ giải ngân đạt 44%, cao hơn so với cùng kỳ năm 2024 (39%).'), withClaim(metric(year('2024'), 'Tỷ lệ giải ngân đạt 44%, cao hơn so với cùng kỳ năm 2024 (39%).', 'baseline'), 0)];
    sameSpanPeriods(drafts);
    expect(drafts[1]!.metric.period).toMatchObject({ iso: '2024-01', isoEnd: '2024-08', precision: 'month' });
  });
  it('keeps its year when the claim is a whole year, another year, or the sentence compares with no "cùng kỳ"', () => {
    const whole = [metric(year('2025'), 'Thu ngân sách tăng 6%, thấp hơn cùng kỳ năm 2024 (8%).'), withClaim(metric(year('2024'), 'Thu ngân sách tăng 6%, thấp hơn cùng kỳ năm 2024 (8%).', 'baseline'), 0)];
    sameSpanPeriods(whole);
    expect(whole[1]!.metric.period).toEqual(year('2024'));
    const quarter: Period = { iso: '2025-04', precision: 'quarter' };
    const plain = [metric(quarter, 'Quý II tăng 5%, so với năm 2024 (3%).'), withClaim(metric(year('2024'), 'Quý II tăng 5%, so với năm 2024 (3%).', 'baseline'), 0)];
    sameSpanPeriods(plain);
    expect(plain[1]!.metric.period).toEqual(year('2024'));
  });
});
