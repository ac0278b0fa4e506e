import { describe, expect, it } from 'vitest';
import { timeseriesGeometry, type SeriesPoint } from '../../../src/components/charts/Timeseries/timeseries';

const p = (iso: string, value: number, status: 'actual' | 'target' = 'actual'): SeriesPoint => ({ iso, value, status, label: String(value), href: '#', title: '' });
const fmt = (v: number) => String(v);

describe('timeseriesGeometry', () => {
  it('timeseriesGeometry(points) sorts marks by date and keeps them inside the plot', () => {
    const g = timeseriesGeometry([p('2024', 42), p('2022', 10), p('2023-07', 30)], 'percent', fmt, 400, 200);
    expect(g.marks.map((m) => m.iso)).toEqual(['2022', '2023-07', '2024']);
    for (const m of g.marks) {
      expect(m.x).toBeGreaterThanOrEqual(g.margin.left);
      expect(m.x).toBeLessThanOrEqual(400 - g.margin.right);
      expect(m.y).toBeGreaterThanOrEqual(g.margin.top - 1);
      expect(m.y).toBeLessThanOrEqual(200 - g.margin.bottom + 1);
    }
    expect(g.path).toMatch(/^M/);
  });
  it('timeseriesGeometry breaks the line at a missing year (a gap, never a zero)', () => {
    const g = timeseriesGeometry([p('2020', 5), p('2021', 6), p('2024', 9), p('2025', 10)], 'percent', fmt);
    expect(g.path.match(/M/g)).toHaveLength(2);
  });
  it('timeseriesGeometry puts rank 1 at the top', () => {
    const g = timeseriesGeometry([p('2022', 86), p('2024', 71)], 'rank', fmt);
    const [y86, y71] = g.marks.map((m) => m.y) as [number, number];
    expect(y71).toBeLessThan(y86);
  });
  it('timeseriesGeometry leaves targets out of the line', () => {
    const g = timeseriesGeometry([p('2024', 42), p('2025', 80, 'target')], 'percent', fmt);
    expect(g.path).toBe('');
    expect(g.marks).toHaveLength(2);
  });
});

describe('withGaps', () => {
  it('withGaps(points) inserts a break between years more than one apart and keeps every point', async () => {
    const { withGaps } = await import('../../../src/components/charts/Timeseries/timeseries');
    expect(withGaps([p('2020', 5), p('2021', 6), p('2024', 9)]).map((x) => x?.iso ?? null)).toEqual(['2020', '2021', null, '2024']);
  });
});
