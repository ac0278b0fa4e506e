import { describe, expect, it } from 'vitest';
import { indicatorPanels, markLabel } from '../../../src/lib/chart-data';
import { headingText, panelHeading, seriesNames } from '../../../src/lib/chart-panels';
import { article, metric } from './fixtures';

const rows = (metrics: ReturnType<typeof metric>[]) => { const a = article({ metrics }); return metrics.map((m) => ({ article: a, metric: m })); };
const y2024 = { iso: '2024', precision: 'year' } as const;
const parts = rows([
  metric({ id: 'm-01', indicator: 'x', subject: 'bộ, cơ quan ngang bộ', value: 19, total: 21, text: '19/21', period: y2024 }),
  metric({ id: 'm-02', indicator: 'x', subject: 'tỉnh, thành phố trực thuộc Trung ương', value: 63, total: 63, text: '63/63', period: y2024 }),
]);

describe('chart panels: what sets panels and series apart, in words', () => {
  it('titles panels that differ only by their whole with what they count and the whole, in both languages', () => {
    const vi = indicatorPanels(parts, 'vi');
    expect(vi).toHaveLength(2);
    const hs = vi.map((p) => panelHeading(p, vi, 'vi'));
    expect(hs.map((h) => h.whole)).toEqual(['trên tổng số 21', 'trên tổng số 63']);
    expect(hs.map((h) => h.subject)).toEqual([{ text: 'bộ, cơ quan ngang bộ', lang: 'vi' }, { text: 'tỉnh, thành phố trực thuộc Trung ương', lang: 'vi' }]);
    expect(headingText(hs[0]!)).toBe('Cả nước — bộ, cơ quan ngang bộ (trên tổng số 21)');
    const en = indicatorPanels(parts, 'en');
    const he = en.map((p) => panelHeading(p, en, 'en'));
    expect(he.map((h) => h.whole)).toEqual(['out of 21', 'out of 63']);
    expect(he[1]!.subject).toEqual({ text: 'provinces and cities', lang: 'en' });
    for (const h of he) expect(h.text).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });

  it('keeps a plain title for panels set apart by scope or measure alone', () => {
    const ps = indicatorPanels(rows([
      metric({ id: 'm-01', indicator: 'x', unit: 'percent', kind: 'share', value: 40, period: y2024 }),
      metric({ id: 'm-02', indicator: 'x', unit: 'percent', kind: 'growth', value: 5, period: y2024 }),
    ]), 'en');
    expect(ps.map((p) => panelHeading(p, ps, 'en')).map((h) => JSON.stringify(h)).sort()).toEqual(['{"text":"Nationwide"}', '{"text":"Nationwide, growth"}']);
  });

  it('names each series of a panel; in Vietnamese, marked, when English would make two read alike', () => {
    const two = indicatorPanels(rows([
      metric({ id: 'm-01', indicator: 'x', subject: 'dịch vụ công thiết yếu', value: 10, period: { iso: '2022', precision: 'year' } }),
      metric({ id: 'm-02', indicator: 'x', subject: 'dịch vụ công của tỉnh', value: 12, period: y2024 }),
      metric({ id: 'm-03', indicator: 'x', subject: '', value: 3, period: y2024 }),
    ]), 'en');
    expect(two).toHaveLength(1);
    const names = [...seriesNames(two[0]!, 'en').values()];
    expect(names).toEqual([{ text: 'dịch vụ công thiết yếu', lang: 'vi' }, { text: 'dịch vụ công của tỉnh', lang: 'vi' }, { text: 'not named', lang: 'en' }]);
    const p = two[0]!.points[0]!;
    expect(markLabel(p, 'en', names[0]!.text)).toBe('dịch vụ công thiết yếu: 10, 2022, Result');
  });
});
