import { describe, expect, it } from 'vitest';
import { barsGeometry } from '../../../src/components/charts/Bars/bars';
import { datum } from './datum';

const fmt = (v: number) => String(v);

describe('barsGeometry', () => {
  it('barsGeometry(data) draws bars from zero, longer for larger values', () => {
    const g = barsGeometry([datum({ key: 'a', value: 50 }), datum({ key: 'b', value: 100 })], fmt);
    const [a, b] = g.bars;
    expect(a!.x).toBe(g.zero);
    expect(b!.x).toBe(g.zero);
    expect(b!.w).toBeCloseTo(a!.w * 2, 5);
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(g.ticks[0]).toMatchObject({ label: '0' });
    expect(g.height).toBeGreaterThan(b!.y + b!.h);
  });
  it('barsGeometry(data) keeps targets apart from results', () => {
    const g = barsGeometry([datum({ key: 'r', value: 50350 }), datum({ key: 't', value: 48000, status: 'target' })], fmt);
    expect(g.bars.map((b) => b.status)).toEqual(['actual', 'target']);
  });
  it('barsGeometry(data) draws a range beyond the value', () => {
    const [bar] = barsGeometry([datum({ value: 8, valueMax: 10, unit: 'percent' })], fmt).bars;
    expect(bar!.range!.x).toBeCloseTo(bar!.x + bar!.w, 5);
    expect(bar!.range!.w).toBeGreaterThan(0);
    expect(bar!.textX).toBeGreaterThan(bar!.range!.x + bar!.range!.w);
  });
  it('barsGeometry(data) lays out a single zero value without dividing by zero', () => {
    const [bar] = barsGeometry([datum({ value: 0 })], fmt).bars;
    expect(Number.isFinite(bar!.w)).toBe(true);
  });
});
