import { describe, expect, it } from 'vitest';
import {
  assertJoinable, assertRankField, assertSharedAxis, GrammarError, headline, lineRuns, MAX_SERIES, measureOf, midTime, panelId, panels, panelSeries, rankChanges, scopeOf, spanOf, wholeOf, type GPoint,
} from '../../../src/components/charts/grammar';

function pt(over: Partial<GPoint> = {}): GPoint {
  return { key: 'k', indicator: 'i', scope: 'country', unit: 'USD', kind: 'money', status: 'actual', value: 1, when: { iso: '2023', precision: 'year' }, ...over };
}
const year = (y: number, over: Partial<GPoint> = {}) => pt({ key: `y${y}`, when: { iso: String(y), precision: 'year' }, ...over });

describe('chart grammar: what may be joined by a line', () => {
  it('refuses to join values of different indicators, subjects, units, measures, period lengths or statuses', () => {
    const a = year(2022);
    for (const b of [
      year(2023, { indicator: 'other' }),
      year(2023, { scope: 'asean' }),
      year(2023, { unit: 'VND' }),
      year(2023, { kind: 'growth' }),
      pt({ key: 'h', when: { iso: '2023-01', precision: 'half' } }),
      year(2023, { status: 'estimate' }),
      year(2023, { total: 53 }),
    ]) expect(() => assertJoinable(a, b)).toThrow(GrammarError);
    expect(() => assertJoinable(a, year(2023))).not.toThrow();
  });

  it('keeps a half-year value off the line of full years (its own mark)', () => {
    const points = [year(2021), year(2022), year(2023), pt({ key: 'h1', when: { iso: '2024-01', precision: 'half' } })];
    const runs = lineRuns(points);
    expect(runs.map((r) => r.map((p) => p.key))).toEqual([['y2021', 'y2022', 'y2023']]);
  });

  it('never joins parts of different wholes ("25/25" and "43/53")', () => {
    expect(lineRuns([year(2022, { total: 25 }), year(2023, { total: 53 })])).toEqual([]);
    expect(lineRuns([year(2022, { total: 53 }), year(2023, { total: 53 })])).toHaveLength(1);
  });

  it('breaks the line at a missing year and never joins targets', () => {
    const runs = lineRuns([year(2020), year(2021), year(2023), year(2024), year(2025, { status: 'target' })]);
    expect(runs.map((r) => r.map((p) => p.key))).toEqual([['y2020', 'y2021'], ['y2023', 'y2024']]);
  });

  it('joins one value per period: the latest report revises an earlier one', () => {
    const runs = lineRuns([year(2022), year(2023, { key: 'old', reported: '2023-05-01' }), year(2023, { key: 'new', reported: '2024-02-01' })]);
    expect(runs[0]!.map((p) => p.key)).toEqual(['y2022', 'new']);
  });
});

describe('chart grammar: axes and panels', () => {
  it('never puts growth rates and levels on one axis', () => {
    expect(() => assertSharedAxis([year(2022), year(2023, { kind: 'growth', unit: 'percent' })])).toThrow(/share an axis/);
    expect(() => assertSharedAxis([year(2022, { kind: 'growth', unit: 'percent' }), year(2023, { kind: 'growth', unit: 'percent', key: 'g' })])).not.toThrow();
    const ps = panels([year(2022), year(2023), year(2022, { key: 'g1', kind: 'growth', unit: 'percent' }), year(2023, { key: 'g2', kind: 'growth', unit: 'percent' })]);
    expect(ps.map((p) => p.measure).sort()).toEqual(['growth', 'level']);
  });

  it('splits an Asia-Pacific rank from an ASEAN rank (joined subjects)', () => {
    const ps = panels([
      year(2021, { key: 'ap', unit: 'rank', kind: 'rank', scope: scopeOf('Việt Nam trong khu vực châu Á - Thái Bình Dương'), value: 7 }),
      year(2021, { key: 'as', unit: 'rank', kind: 'rank', scope: scopeOf('trong khu vực ASEAN'), value: 4 }),
    ]);
    expect(ps.map((p) => p.scope).sort()).toEqual(['asean', 'asia-pacific']);
    expect(ps.every((p) => p.lines.length === 0)).toBe(true);
  });

  it('draws a rank against its field only when every field is known; else labelled ranks with their change', () => {
    const open = [year(2020, { unit: 'rank', kind: 'rank', value: 86 }), year(2022, { unit: 'rank', kind: 'rank', value: 71 })];
    expect(() => assertRankField(open)).toThrow(/field/);
    expect(panels(open)[0]!.form).toBe('ranks');
    expect([...rankChanges(open).values()]).toEqual([15]);
    const known = open.map((p) => ({ ...p, total: 193 }));
    expect(() => assertRankField(known)).not.toThrow();
    expect(panels(known)[0]!.form).toBe('chart');
  });

  it('never puts parts of different wholes on one axis ("19/21" ministries and "63/63" provinces get a panel each)', () => {
    const ministries = year(2024, { key: 'min', unit: 'count', kind: 'count', value: 19, total: 21, series: 'bo, co quan ngang bo' });
    const provinces = year(2024, { key: 'prov', unit: 'count', kind: 'count', value: 63, total: 63, series: 'tinh, thanh pho' });
    const plain = year(2023, { key: 'plain', unit: 'count', kind: 'count', value: 25 });
    expect(() => assertSharedAxis([ministries, provinces])).toThrow(/wholes/);
    expect(() => assertSharedAxis([ministries, plain])).toThrow(/wholes/);
    const ps = panels([ministries, provinces, plain]);
    expect(ps).toHaveLength(3);
    expect(ps.map((p) => p.total)).toEqual([21, 63, undefined]);
    for (const p of ps) expect(new Set(p.points.map(wholeOf)).size).toBe(1);
  });

  it('lets ranks of fields of different sizes share an axis (86/193, then 71/195)', () => {
    const a = year(2020, { unit: 'rank', kind: 'rank', value: 86, total: 193 });
    const b = year(2022, { key: 'b', unit: 'rank', kind: 'rank', value: 71, total: 195 });
    expect(wholeOf(a)).toBe('');
    expect(panelId(a)).toBe(panelId(b));
    expect(panels([a, b])).toHaveLength(1);
  });

  it('lists the series a panel holds, most values first, and refuses more than it can tell apart', () => {
    const two = [year(2021, { series: 'b' }), year(2022, { key: 'a1', series: 'a' }), year(2023, { key: 'a2', series: 'a' })];
    expect(panels(two)[0]!.series).toEqual(['a', 'b']);
    expect(panels([year(2022), year(2023)])[0]!.series).toEqual(['']);
    const many = Array.from({ length: MAX_SERIES + 1 }, (_, i) => year(2020 + i, { key: `s${i}`, series: `s${i}` }));
    expect(() => panelSeries(many)).toThrow(GrammarError);
    expect(() => panels(many)).toThrow(/series apart/);
  });

  it('computes a change of rank within one series only', () => {
    const r = (y: number, value: number, series: string) => year(y, { key: `${series}${y}`, unit: 'rank', kind: 'rank', value, series });
    expect([...rankChanges([r(2020, 6, 'a'), r(2021, 3, 'b')]).values()]).toEqual([]);
    expect([...rankChanges([r(2020, 6, 'a'), r(2021, 3, 'b'), r(2022, 1, 'a')]).entries()]).toEqual([['a2022', 5]]);
  });

  it('turns a single value into a card, not a one-dot chart', () => {
    expect(panels([year(2023)])[0]!.form).toBe('card');
    expect(panels([year(2022), year(2023)])[0]!.form).toBe('chart');
  });
});

describe('chart grammar: headline, time and scope', () => {
  it('takes a level as the headline, never a growth rate', () => {
    const growth = year(2024, { key: 'g', kind: 'growth', unit: 'percent' });
    expect(headline([year(2022, { key: 'lvl' }), growth])?.key).toBe('lvl');
    expect(headline([growth])).toBeUndefined();
    expect(headline([year(2022, { key: 'a' }), year(2030, { key: 't', status: 'target' })])?.key).toBe('a');
  });

  it('places a value at the middle of its period', () => {
    expect(new Date(midTime({ iso: '2023', precision: 'year' })).toISOString().slice(0, 10)).toBe('2023-07-02');
    expect(new Date(midTime({ iso: '2024-01', precision: 'half' })).toISOString().slice(0, 7)).toBe('2024-04');
    expect(new Date(midTime({ iso: '2022-04', precision: 'quarter' })).toISOString().slice(0, 10)).toBe('2022-05-16');
    expect(new Date(midTime({ iso: '2022', precision: 'year', isoEnd: '2024' })).toISOString().slice(0, 4)).toBe('2023');
    expect(spanOf({ iso: '2022', precision: 'year', isoEnd: '2024' })).toBe('multi');
  });

  it('reads the scope of a rank from its field, with or without diacritics', () => {
    expect(scopeOf('Việt Nam')).toBe('country');
    expect(scopeOf('khu vuc Dong Nam A')).toBe('asean');
    expect(scopeOf('trên thế giới')).toBe('world');
    expect(scopeOf('Asia-Pacific region')).toBe('asia-pacific');
  });

  it('keeps region words around a level as a comparison, and finds named provinces for any value', () => {
    expect(scopeOf('tốc độ tăng trưởng kinh tế số Việt Nam nhanh nhất Đông Nam Á', 'growth')).toBe('country');
    expect(scopeOf('tỷ lệ hồ sơ trực tuyến của tỉnh Lào Cai', 'level')).toBe('province');
    expect(scopeOf('TP. Hồ Chí Minh', 'level')).toBe('province');
    expect(scopeOf('Lao Cai province', 'level')).toBe('province');
    expect(scopeOf('các tỉnh, thành phố trực thuộc Trung ương', 'level')).toBe('country');
  });

  it('tells growth, ranks and changes of rank apart', () => {
    expect(measureOf({ kind: 'growth', unit: 'percent' })).toBe('growth');
    expect(measureOf({ kind: 'growth', unit: 'rank' })).toBe('rank-change');
    expect(measureOf({ kind: 'rank-change', unit: 'rank' })).toBe('rank-change');
    expect(measureOf({ kind: 'rank', unit: 'rank' })).toBe('rank');
    expect(measureOf({ kind: 'share', unit: 'percent' })).toBe('level');
  });
});
