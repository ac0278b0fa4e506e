import { describe, expect, it } from 'vitest';
import { carryScores } from '../../../scripts/ingest/number-scores';

const row = (text: string, value: number, unit: 'count' | 'index' | 'percent', kind: 'count' | 'index' | 'growth' | 'share') => ({ metric: { text, value, unit, kind } });

describe('carryScores: a paragraph goes on giving the scores of the index it named', () => {
  it('pillar scores after the index score (a growth between) become scores', () => {
    const rows = [row('0,6961', 0.6961, 'index', 'index'), row('2,6%', 2.6, 'percent', 'growth'), row('0,7582', 0.7582, 'count', 'count'), row('0,7723', 0.7723, 'count', 'count')];
    carryScores(rows);
    expect(rows.map((r) => r.metric.unit)).toEqual(['index', 'percent', 'index', 'index']);
  });
  it('places in brackets after a leader\'s score become scores', () => {
    const rows = [row('0,8241', 0.8241, 'index', 'index'), row('0,7951', 0.7951, 'count', 'count')];
    carryScores(rows);
    expect(rows[1]!.metric.unit).toBe('index');
  });
  it('a decimal of another order keeps its count, and so do the ones after it', () => {
    const rows = [row('0,72', 0.72, 'index', 'index'), row('86,06', 86.06, 'count', 'count'), row('0,69', 0.69, 'count', 'count')];
    carryScores(rows);
    expect(rows.map((r) => r.metric.unit)).toEqual(['index', 'count', 'count']);
  });
  it('a ratio per 1,000 people with no score before it keeps its count', () => {
    const rows = [row('0,677', 0.677, 'count', 'count')];
    carryScores(rows);
    expect(rows[0]!.metric.unit).toBe('count');
  });
  it('whole counts are left alone', () => {
    const rows = [row('0,71', 0.71, 'index', 'index'), row('12', 12, 'count', 'count')];
    carryScores(rows);
    expect(rows[1]!.metric.unit).toBe('count');
  });
});
