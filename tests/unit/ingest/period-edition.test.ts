/** A past ranking edition reviewed in a later year's report hands on no year (round 19; sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { pastEditionHandOn, rankStartPeriods } from '../../../scripts/ingest/period-edition';
import { metricsByText } from './metrics-support';

const year = (y: string) => ({ iso: y, precision: 'year' as const, text: y });

describe('pastEditionHandOn', () => {
  it('keeps the report\'s later year after a sentence of an earlier edition\'s ranks', () => {
    expect(pastEditionHandOn(year('2022'), year('2023'), 'Chỉ số chuyển đổi số của thành phố năm 2022 đứng thứ 12, tăng 5 bậc.', ['rank', 'rank'])).toEqual(year('2023'));
    expect(pastEditionHandOn(year('2020'), year('2021'), 'Theo PAPI 2020, tỉnh đạt 42,5 điểm.', ['points'])).toEqual(year('2021'));
  });
  it('hands the year on when the sentence gives a result besides the ranks, names no edition, or the current year is not later', () => {
    expect(pastEditionHandOn(year('2022'), year('2023'), 'Năm 2022 chỉ số của tỉnh xếp thứ 12 và doanh thu đạt 300 tỷ đồng.', ['rank', 'VND'])).toEqual(year('2022'));
    expect(pastEditionHandOn(year('2022'), year('2023'), 'Năm 2022 tỉnh xếp thứ 12 cả nước.', ['rank'])).toEqual(year('2022'));
    expect(pastEditionHandOn(year('2023'), year('2023'), 'Chỉ số DTI năm 2023 của tỉnh xếp thứ 12.', ['rank'])).toEqual(year('2023'));
    expect(pastEditionHandOn(year('2022'), undefined, 'Chỉ số DTI năm 2022 của tỉnh xếp thứ 12.', ['rank'])).toEqual(year('2022'));
  });
  it('on an undated page, the figures after the edition\'s paragraph take the report\'s year', () => {
    const m = metricsByText(
      'Trong năm 2023, Sở đã tham mưu nhiều văn bản. Kết quả, Chỉ số chuyển đổi số (DTI) của thành phố năm 2022 đứng thứ 12/63, tăng 5 bậc so với năm 2021.',
      'Về hạ tầng: toàn thành phố có 145 trạm phát sóng mới; 100% thôn có sóng di động.',
    );
    expect(m['12/63']?.period?.iso).toBe('2022');
    expect(m['145']?.period?.iso).toBe('2023');
    expect(m['100%']?.period?.iso).toBe('2023');
  });
});

describe('round 29c: a rank\'s undated move start', () => {
  const draft = (unit: 'rank' | 'percent', status: 'baseline' | 'actual', period?: { iso: string; precision: 'year' | 'quarter' }, claim?: number) => ({ metric: { unit, status, period, reasons: [] as string[], confidence: 'high' as const }, ...(claim !== undefined ? { claim } : {}) });

  it('is the edition before its claim\'s year', () => {
    const drafts = [draft('rank', 'baseline', undefined, 1), draft('rank', 'actual', { iso: '2023', precision: 'year' })];
    rankStartPeriods(drafts);
    expect(drafts[0]!.metric.period).toMatchObject({ iso: '2022', precision: 'year' });
  });

  it('is left alone for a dated start, a value that is no rank, or a claim of no single year', () => {
    const dated = [draft('rank', 'baseline', { iso: '2020', precision: 'year' }, 1), draft('rank', 'actual', { iso: '2023', precision: 'year' })];
    rankStartPeriods(dated);
    expect(dated[0]!.metric.period?.iso).toBe('2020');
    const share = [draft('percent', 'baseline', undefined, 1), draft('percent', 'actual', { iso: '2023', precision: 'year' })];
    rankStartPeriods(share);
    expect(share[0]!.metric.period).toBeUndefined();
    const quarter = [draft('rank', 'baseline', undefined, 1), draft('rank', 'actual', { iso: '2023-04', precision: 'quarter' })];
    rankStartPeriods(quarter);
    expect(quarter[0]!.metric.period).toBeUndefined();
  });
});
