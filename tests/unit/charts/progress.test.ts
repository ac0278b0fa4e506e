import { describe, expect, it } from 'vitest';
import { progressGeometry, shareOf } from '../../../src/components/charts/Progress/progress';
import { datum } from './datum';
import { textWidth } from '../../../src/components/charts/labels';

describe('shareOf', () => {
  it('shareOf(datum) is part/total for counts and value/100 for percentages', () => {
    expect(shareOf({ value: 43, total: 53, unit: 'count' })).toBeCloseTo(43 / 53);
    expect(shareOf({ value: 68.8, unit: 'percent' })).toBeCloseTo(0.688);
  });
});

describe('progressGeometry', () => {
  it('progressGeometry(data) fills each track to its share of the whole', () => {
    const g = progressGeometry([datum({ value: 63, total: 63 }), datum({ value: 42, unit: 'percent' })]);
    const [full, part] = g.rows;
    expect(full!.w).toBeCloseTo(full!.trackW, 5);
    expect(part!.w).toBeCloseTo(part!.trackW * 0.42, 5);
    expect(g.ticks.map((t) => t.share)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  it('progressGeometry(data) keeps its axis labels inside the chart (the first starts at its line)', () => {
    const g = progressGeometry([datum({ value: 42, unit: 'percent' })], 300, 15);
    for (const t of g.ticks) {
      const w = textWidth(`${t.share * 100}%`, 15);
      const left = t.anchor === 'start' ? t.x : t.x - w / 2;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + w).toBeLessThanOrEqual(g.width);
    }
  });
  it('progressGeometry(data) stops a part larger than the whole at the end and marks it', () => {
    const [row] = progressGeometry([datum({ value: 104.9, unit: 'percent' })]).rows;
    expect(row!.w).toBeCloseTo(row!.trackW, 5);
    expect(row!.over).toBe(true);
  });
  it('progressGeometry(data) draws nothing for a zero part', () => {
    expect(progressGeometry([datum({ value: 0, total: 10 })]).rows[0]!.w).toBe(0);
  });
});
