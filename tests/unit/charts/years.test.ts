import { describe, expect, it } from 'vitest';
import { runsOfYears, spreadYears, yearsGeometry } from '../../../src/components/charts/Years/years';
import { datum } from './datum';

const fmt = (v: number) => String(v);

describe('yearsGeometry', () => {
  it('yearsGeometry(data) shows every year in the span and marks the missing ones (a gap, not a zero)', () => {
    const g = yearsGeometry([datum({ key: 'a', year: 2020, value: 10 }), datum({ key: 'b', year: 2022, value: 20 })], fmt);
    expect(g.xTicks.map((t) => [t.year, t.missing])).toEqual([[2020, false], [2021, true], [2022, false]]);
    expect(g.marks).toHaveLength(2);
    expect(g.ranks).toBe(false);
  });
  it('yearsGeometry(values) draws columns from zero, taller for larger values', () => {
    const [a, b] = yearsGeometry([datum({ year: 2022, value: 28 }), datum({ year: 2023, value: 19 })], fmt).marks;
    expect(a!.y + a!.h).toBeCloseTo(b!.y + b!.h, 5);
    expect(a!.h).toBeGreaterThan(b!.h);
  });
  it('yearsGeometry(ranks) reverses the axis (1 at the top) and breaks the line at a missing year', () => {
    const g = yearsGeometry([datum({ year: 2020, value: 6, unit: 'rank' }), datum({ year: 2021, value: 3, unit: 'rank' }), datum({ year: 2023, value: 1, unit: 'rank' })], fmt);
    expect(g.ranks).toBe(true);
    const [r6, r3, r1] = g.marks;
    expect(r1!.y).toBeLessThan(r3!.y);
    expect(r3!.y).toBeLessThan(r6!.y);
    expect(g.path.match(/M/g)).toHaveLength(1);
    expect(g.path).not.toContain(String(r1!.x + r1!.w / 2));
  });
  it('yearsGeometry(data) places two values of one year side by side', () => {
    const [a, b] = yearsGeometry([datum({ key: 'a', year: 2024, value: 1 }), datum({ key: 'b', year: 2024, value: 2, status: 'target' })], fmt).marks;
    expect(b!.x).toBeGreaterThan(a!.x + a!.w - 1e-9);
  });
});

describe('spreadYears', () => {
  it('spreadYears(data) repeats a value over each year of its period', () => {
    expect(spreadYears([datum({ year: 2022, yearEnd: 2023 })]).map((d) => d.year)).toEqual([2022, 2023]);
  });
});

describe('runsOfYears', () => {
  it('runsOfYears(marks) splits at missing years', () => {
    expect(runsOfYears([{ year: 2023 }, { year: 2020 }, { year: 2021 }]).map((r) => r.map((m) => m.year))).toEqual([[2020, 2021], [2023]]);
  });
});
