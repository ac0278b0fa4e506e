import { describe, expect, it } from 'vitest';
import { panels } from '../../../src/components/charts/grammar';
import { NARROW, overlaps, WIDE } from '../../../src/components/charts/labels';
import { commonSpan, timeChartGeometry, type ChartPoint } from '../../../src/components/charts/TimeChart/timechart';

function cp(key: string, iso: string, value: number, over: Partial<ChartPoint> = {}): ChartPoint {
  const precision = iso.length === 4 ? 'year' : 'half';
  return { key, indicator: 'i', scope: 'country', unit: 'percent', kind: 'growth', status: 'actual', value, when: { iso, precision }, text: `${value}%`, period: iso, short: iso.length === 4 ? iso : `H1 ${iso.slice(0, 4)}`, href: `#${key}`, ...over };
}

describe('timeChartGeometry', () => {
  const panel = panels([cp('a', '2022', 28), cp('b', '2023', 19), cp('c', '2024-01', 22.4)])[0]!;

  it('joins the full years only and labels the half-year value with its period', () => {
    for (const layout of [NARROW, WIDE]) {
      const g = timeChartGeometry(panel, layout, (v) => `${v}%`);
      expect(g.paths).toHaveLength(1);
      expect(g.points.find((p) => p.key === 'c')!.label?.text).toBe('22.4% (H1 2024)');
      expect(g.points.find((p) => p.key === 'a')!.label?.text).toBe('28%');
    }
  });

  it('puts each value at the middle of its period and each year label at the middle of its year', () => {
    const g = timeChartGeometry(panel, WIDE, (v) => `${v}%`);
    const a = g.points.find((p) => p.key === 'a')!;
    const tick = g.xTicks.find((t) => t.label === '2022')!;
    expect(Math.abs(a.cx - tick.x)).toBeLessThan(1);
    const c = g.points.find((p) => p.key === 'c')!;
    const t2024 = g.xTicks.find((t) => t.label === '2024')!;
    expect(c.cx).toBeLessThan(t2024.x);
  });

  it('places value labels without overlaps, inside the chart', () => {
    const many = panels(Array.from({ length: 9 }, (_, i) => cp(`k${i}`, String(2016 + i), 48000 + (i % 2) * 2350, { unit: 'count', kind: 'count', text: `${48000 + (i % 2) * 2350}` })))[0]!;
    for (const layout of [NARROW, WIDE]) {
      const g = timeChartGeometry(many, layout, String);
      const boxes = g.points.flatMap((p) => (p.label ? [p.label.box] : []));
      expect(boxes.length).toBeGreaterThan(0);
      for (const a of boxes) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.x + a.w).toBeLessThanOrEqual(g.width);
        for (const b of boxes) if (a !== b) expect(overlaps(a, b)).toBe(false);
      }
    }
  });

  it('labels a long half-year estimate near the right edge on the phone layout, on two lines when it must', () => {
    const hedged = panels([cp('a', '2022', 28), cp('b', '2023', 19), cp('c', '2024-01', 22.4, { status: 'estimate', text: 'khoảng 22,4%', short: '6T đầu/2024' })])[0]!;
    for (const layout of [NARROW, WIDE]) {
      const c = timeChartGeometry(hedged, layout, (v) => `${v}%`).points.find((p) => p.key === 'c')!;
      expect(c.label).toBeDefined();
      expect(c.label!.lines ?? [c.label!.text]).toEqual(c.label!.lines ? ['khoảng 22,4%', '(6T đầu/2024)'] : ['khoảng 22,4% (6T đầu/2024)']);
    }
  });

  it('commonSpan() is the period length most values have', () => {
    expect(commonSpan(panel.points)).toBe('year');
  });
});
