import { describe, expect, it } from 'vitest';
import { ranksGeometry } from '../../../src/components/charts/Ranks/ranks';
import { datum } from './datum';

describe('ranksGeometry', () => {
  it('ranksGeometry(data) puts rank 1 at the left of a track as long as the field', () => {
    const [first, last, mid] = ranksGeometry([
      datum({ value: 1, total: 193, unit: 'rank' }), datum({ value: 193, total: 193, unit: 'rank' }), datum({ value: 6, total: 11, unit: 'rank' }),
    ]).rows;
    expect(first!.cx).toBeCloseTo(first!.x0, 5);
    expect(last!.cx).toBeCloseTo(last!.x1, 5);
    expect(mid!.field).toBe(11);
    expect(mid!.cx).toBeCloseTo(mid!.x0 + ((mid!.x1 - mid!.x0) * 5) / 10, 5);
  });
  it('ranksGeometry(data) gives ranks without a field one shared open track', () => {
    const [sg, vn] = ranksGeometry([datum({ value: 2, unit: 'rank' }), datum({ value: 55, unit: 'rank' })]).rows;
    expect(sg!.field).toBeUndefined();
    expect(vn!.x1).toBe(sg!.x1);
    expect(vn!.cx).toBeGreaterThan(sg!.cx);
    expect(vn!.cx).toBeLessThan(vn!.x1);
  });
  it('ranksGeometry(data) turns a label near the right end to read leftwards', () => {
    const [row] = ranksGeometry([datum({ value: 180, total: 193, unit: 'rank' })]).rows;
    expect(row!.anchor).toBe('end');
    expect(row!.textX).toBeLessThan(row!.cx);
  });
});
