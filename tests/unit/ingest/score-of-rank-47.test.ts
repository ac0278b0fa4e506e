/** Round 47 (set DN): a score told beside a place in the same ranking takes the ranking's score series. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsByText } from './metrics-support';
import { scoresOfRankedSeries } from '../../../scripts/ingest/indicator-twins';
import { loadIndicators } from '../../../src/lib/lexicon';

describe('a score beside its ranking\'s place', () => {
  it('takes the score series of the rank\'s ranking', () => {
    const m = metricsByText('Năm 2022, tỉnh Hà Nam đạt 0,5312 điểm, xếp thứ 9/63 về chỉ số chuyển đổi số (DTI) cấp tỉnh.');
    expect(m['9/63']?.indicator).toBe('dti-province-rank');
    expect(m['0,5312 điểm']?.indicator).toBe('dti-province-score');
  });
  it('a score\'s move is no score', () => {
    const m = metricsByText('Năm 2022, tỉnh Hà Nam tăng 0,1283 điểm, xếp thứ 9/63 về chỉ số chuyển đổi số (DTI) cấp tỉnh.');
    expect(m['0,1283 điểm']?.indicator).toBeUndefined();
  });
});

describe('scoresOfRankedSeries on drafts', () => {
  const inds = loadIndicators(new URL('../../../', import.meta.url).pathname);
  const quote = 'Hà Nam 0,5312 0,6120 0,4870 0,5011 xếp thứ 9/63 về DTI.';
  const draft = (text: string, unit: string, kind: string, indicator?: string) => ({ metric: { text, quote, unit, kind, value: 1, status: 'actual', period: { iso: '2022', precision: 'year' }, ...(indicator ? { indicator } : {}) } }) as never;
  it('a sentence of more than four figures (a table\'s row) pairs nothing', () => {
    const ds = [draft('0,5312', 'index', 'index'), draft('0,6120', 'index', 'index'), draft('0,4870', 'index', 'index'), draft('0,5011', 'index', 'index'), draft('9/63', 'rank', 'rank', 'dti-province-rank')];
    scoresOfRankedSeries(ds, inds);
    expect(ds.map((d: { metric: { indicator?: string } }) => d.metric.indicator ?? '-')).toEqual(['-', '-', '-', '-', 'dti-province-rank']);
  });
  it('two figures pair', () => {
    const ds = [draft('0,5312', 'index', 'index'), draft('9/63', 'rank', 'rank', 'dti-province-rank')];
    scoresOfRankedSeries(ds, inds);
    expect((ds[0] as unknown as { metric: { indicator?: string } }).metric.indicator).toBe('dti-province-score');
  });
});
