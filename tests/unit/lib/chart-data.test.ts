import { describe, expect, it } from 'vitest';
import { indicatorPanels, markLabel, seriesOf, shortPeriod } from '../../../src/lib/chart-data';
import { latestActual } from '../../../src/lib/indicators';
import { article, metric } from './fixtures';

const rows = (metrics: ReturnType<typeof metric>[]) => { const a = article({ metrics }); return metrics.map((m) => ({ article: a, metric: m })); };

describe('chart data', () => {
  it('shortPeriod() abbreviates quarters and halves in both languages', () => {
    expect(shortPeriod({ iso: '2024-01', precision: 'half' }, 'vi')).toBe('6T đầu/2024');
    expect(shortPeriod({ iso: '2024-07', precision: 'half' }, 'en')).toBe('H2 2024');
    expect(shortPeriod({ iso: '2022-04', precision: 'quarter' }, 'en')).toBe('Q2 2022');
    expect(shortPeriod({ iso: '2022-04', precision: 'quarter' }, 'vi')).toBe('Q.II/2022');
  });

  it('indicatorPanels() leaves out values that are not plottable and splits growth from levels', () => {
    const ps = indicatorPanels(rows([
      metric({ id: 'm-01', indicator: 'x', unit: 'USD', kind: 'money', value: 50e9, period: { iso: '2022', precision: 'year' } }),
      metric({ id: 'm-02', indicator: 'x', unit: 'USD', kind: 'money', value: 60e9, period: { iso: '2023', precision: 'year' } }),
      metric({ id: 'm-03', indicator: 'x', unit: 'percent', kind: 'growth', value: 20, period: { iso: '2023', precision: 'year' } }),
      { ...metric({ id: 'm-04', indicator: 'x', unit: 'USD', kind: 'money', value: 1, period: { iso: '2024', precision: 'year' } }), review: 'rejected' } as ReturnType<typeof metric>,
    ]), 'en');
    expect(ps.map((p) => [p.measure, p.form, p.points.length])).toEqual([['level', 'chart', 2], ['growth', 'card', 1]]);
    expect(ps[0]!.points[1]!.text).toBe('USD 60 billion');
    expect(markLabel(ps[0]!.points[0]!, 'vi')).toBe('USD 50 billion, 2022, Kết quả');
  });

  it('seriesOf() folds a subject and drops the country\'s own name, which names no series', () => {
    expect(seriesOf('Tài khoản  định danh')).toBe('tai khoan dinh danh');
    expect(seriesOf('tốc độ tăng trưởng kinh tế số Việt Nam')).toBe(seriesOf('tốc độ tăng trưởng kinh tế số'));
    expect(seriesOf('doanh thu của Việt Nam năm nay')).toBe('doanh thu nam nay');
    expect(seriesOf('kinh tế số nước ta')).toBe('kinh te so');
    expect(seriesOf('Vietnamese firms')).toBe('vietnamese firms');
    expect(seriesOf('tỉnh Lào Cai')).not.toBe(seriesOf('tỉnh Hà Tĩnh'));
  });

  it('latestActual() heads an indicator with its latest level, not a later growth rate', () => {
    const a = article({ metrics: [
      metric({ id: 'm-01', indicator: 'x', unit: 'USD', kind: 'money', value: 50e9, period: { iso: '2022', precision: 'year' } }),
      metric({ id: 'm-02', indicator: 'x', unit: 'percent', kind: 'growth', value: 20, period: { iso: '2024', precision: 'year' } }),
    ] });
    expect(latestActual('x', [a])?.metric.id).toBe('m-01');
  });
});
