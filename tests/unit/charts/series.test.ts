import { describe, expect, it } from 'vitest';
import { MAX_SERIES } from '../../../src/components/charts/grammar';
import { namesSeries, SHAPES, shapeGeometry, shapeOf } from '../../../src/components/charts/series';

describe('telling series apart', () => {
  it('gives each series of a panel its own shape, the first the dot', () => {
    const panel = { series: ['a', 'b', 'c', 'd'] };
    expect(panel.series.map((s) => shapeOf(panel, s))).toEqual(['circle', 'square', 'triangle', 'diamond']);
    expect(new Set(SHAPES).size).toBeGreaterThanOrEqual(MAX_SERIES);
    expect(shapeOf({ series: [''] }, undefined)).toBe('circle');
    expect(shapeOf(panel, 'unknown')).toBe('circle');
  });

  it('names series only when a panel holds several', () => {
    expect(namesSeries({ series: [''] })).toBe(false);
    expect(namesSeries({ series: ['a', 'b'] })).toBe(true);
  });

  it('draws every shape centred on its point, about the size of the dot', () => {
    for (const shape of SHAPES) {
      const g = shapeGeometry(shape, 100, 50, 6);
      if (g.tag === 'circle') expect(g.attrs).toEqual({ cx: 100, cy: 50, r: 6 });
      else if (g.tag === 'rect') {
        expect(Number(g.attrs.x) + Number(g.attrs.width) / 2).toBeCloseTo(100, 1);
        expect(Number(g.attrs.y) + Number(g.attrs.height) / 2).toBeCloseTo(50, 1);
        expect(Number(g.attrs.width)).toBeGreaterThan(9);
      } else {
        const pts = String(g.attrs.points).split(' ').map((p) => p.split(',').map(Number) as [number, number]);
        expect(pts.length).toBeGreaterThanOrEqual(3);
        for (const [x, y] of pts) expect(Math.hypot(x - 100, y - 50)).toBeLessThan(11);
      }
    }
  });
});
