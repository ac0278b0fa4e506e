import { describe, expect, it } from 'vitest';
import { editionPeriods, editionYear, horizonBefore } from '../../../scripts/ingest/period-carry';

describe('period-carry', () => {
  it('editionYear reads the one year an article gives its ranking ("GII 2024", "DTI 2023"), none when several', () => {
    expect(editionYear('Theo Báo cáo GII 2024 của WIPO, Việt Nam xếp thứ 44.')).toBe('2024');
    expect(editionYear('Kết quả DTI 2023 … so với DTI 2023 cấp bộ')).toBe('2023');
    expect(editionYear('EGDI 2022 và EGDI 2024')).toBeUndefined();
    expect(editionYear('Năm 2024, Việt Nam tăng 2 bậc')).toBeUndefined();
  });

  it('horizonBefore: a list of goals shares the last horizon; a result ends it', () => {
    const t = (iso?: string) => ({ metric: { status: 'target' as const, ...(iso ? { period: { iso, precision: 'year' as const } } : {}) } });
    expect(horizonBefore([t('2025'), t()])?.iso).toBe('2025');
    expect(horizonBefore([t('2025'), { metric: { status: 'actual' as const } }, t()])).toBeUndefined();
    expect(horizonBefore([])).toBeUndefined();
  });

  it('editionPeriods dates only actual ranks without a period, and clears their no-period reason', () => {
    const rank = { metric: { unit: 'rank' as const, status: 'actual' as const, reasons: ['no-period'], confidence: 'low' as const } };
    const dated = { metric: { unit: 'rank' as const, status: 'actual' as const, period: { iso: '2022', precision: 'year' as const }, reasons: [], confidence: 'high' as const } };
    const share = { metric: { unit: 'percent' as const, status: 'actual' as const, reasons: ['no-period'], confidence: 'low' as const } };
    editionPeriods([rank, dated, share], '2024');
    expect([rank.metric, dated.metric.period?.iso, share.metric]).toMatchObject([{ period: { iso: '2024' }, reasons: [], confidence: 'high' }, '2022', { reasons: ['no-period'] }]);
  });
});
