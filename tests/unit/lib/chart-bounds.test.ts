/**
 * What goes on an aggregate page stays bounded at any archive size: tested on a synthetic archive
 * of 10,000 articles and 100,000 numbers (pure functions, no build), and on small hand-made cases.
 */
import { describe, expect, it } from 'vitest';
import { lineRuns, MAX_SERIES, midTime, panels, wholeOf, type GPoint, type When } from '../../../src/components/charts/grammar';
import type { SourcedMetric } from '../../../src/lib/articles';
import { bucketOf, chartSelection, latestPerBucket, newestSources, orderedPanels, PAGE_CHART, panelSelection, SMALL_CHART, thinPoints, topSeries, TOPIC_CHARTS, type ChartLimits } from '../../../src/lib/chart-bounds';
import { chartRows, grammarPoint, indicatorPanels, sourcesOf } from '../../../src/lib/chart-data';
import { seriesNames } from '../../../src/lib/chart-panels';
import { shapeOf } from '../../../src/components/charts/series';
import { metricsOf } from '../../../src/lib/indicators';
import { DATA_REPORTS, newestFirstPage, pageCount, REPORTS_PAGE_SIZE, TABLE_PAGE_SIZE, TOPIC_NUMBERS } from '../../../src/lib/paginate';
import type { Article } from '../../../src/schemas/article';
import { article, metric } from './fixtures';

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['tài khoản định danh điện tử', 'tài khoản đã được kích hoạt', 'hồ sơ trực tuyến', 'doanh nghiệp công nghệ số', 'tỉnh Lào Cai', 'tỉnh Hà Tĩnh', 'thành phố Cần Thơ', 'TP. Hồ Chí Minh', 'Việt Nam trong khu vực ASEAN', 'Việt Nam trên thế giới'];
const PERIODS: (When | undefined)[] = [undefined, undefined, undefined, { iso: '2023', precision: 'year' }, { iso: '2024-01', precision: 'half' }, { iso: '2022-04', precision: 'quarter' }, { iso: '2025-03', precision: 'month' }];
const pad = (n: number) => String(n).padStart(2, '0');

/** `n` articles of `perArticle` numbers each over `indicators` indicators, dated 2020–2026. */
function archive(n: number, perArticle: number, indicators = 20, seed = 15): Article[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const date = `${2020 + Math.floor(r() * 7)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
    const metrics = Array.from({ length: perArticle }, (_, j) => {
      const rank = r() < 0.1;
      const period = pick(PERIODS);
      return metric({
        id: `m-${pad(i)}-${j}`, indicator: `ind-${Math.floor(r() * indicators)}`, topic: `topic-${i % 5}`, subject: pick(SUBJECTS),
        unit: rank ? 'rank' : r() < 0.5 ? 'count' : 'percent', kind: rank ? 'rank' : 'count', value: Math.round(r() * 1000),
        ...(rank && r() < 0.8 ? { total: 193 } : {}), ...(!rank && r() < 0.2 ? { total: pick([53, 63]) } : {}), status: pick(['actual', 'actual', 'actual', 'target', 'estimate'] as const),
        ...(period ? { period: period as SourcedMetric['metric']['period'] } : {}),
      });
    });
    return article({ slug: `a-${i}`, date: { iso: date, precision: 'day', source: 'text', evidence: date }, topics: [`topic-${i % 5}`], metrics });
  });
}

const big = archive(10_000, 10);
const when = (iso: string, precision: When['precision'] = 'day'): When => ({ iso, precision });
const point = (key: string, w: When, over: Partial<GPoint> = {}): GPoint => ({ key, indicator: 'x', scope: 'country', unit: 'count', kind: 'count', status: 'actual', value: 1, when: w, reported: w.iso, ...over });

describe('chart bounds: small cases', () => {
  it('bucketOf() keeps a period as long as the grain, and puts shorter ones in the month, quarter or year that holds them', () => {
    expect(bucketOf(when('2024-05-17'), 'period')).toBe('2024-05-17/');
    expect(bucketOf(when('2024-05-17'), 'month')).toBe('2024-5');
    expect(bucketOf(when('2024-05-17'), 'quarter')).toBe('2024-Q2');
    expect(bucketOf(when('2024-05-17'), 'year')).toBe('2024');
    expect(bucketOf(when('2024-07', 'half'), 'quarter')).toBe('2024-07/');
    expect(bucketOf(when('2024-07', 'half'), 'year')).toBe('2024');
    expect(bucketOf(when('2023', 'year'), 'year')).toBe('2023/');
    expect(bucketOf({ iso: '2021', precision: 'year', isoEnd: '2025' }, 'year')).toBe('2021/2025');
  });

  it('latestPerBucket() keeps the latest report of each period, series and status, never merging values', () => {
    const ps = [
      point('old', when('2023', 'year'), { value: 5, reported: '2023-06-01' }),
      point('new', when('2023', 'year'), { value: 6, reported: '2024-02-01' }),
      point('goal', when('2023', 'year'), { value: 9, status: 'target', reported: '2022-01-01' }),
      point('other', when('2023', 'year'), { value: 7, series: 'b', reported: '2022-01-01' }),
    ];
    expect(latestPerBucket(ps, 'period').map((p) => p.key)).toEqual(['new', 'goal', 'other']);
    expect(latestPerBucket(ps, 'period').find((p) => p.key === 'new')!.value).toBe(6);
  });

  it('thinPoints() keeps every value when they fit, and coarsens the grain only as far as needed', () => {
    const days = Array.from({ length: 90 }, (_, i) => point(`d${i}`, when(`2024-${pad(1 + Math.floor(i / 28))}-${pad(1 + (i % 28))}`)));
    expect(thinPoints(days, 100)).toHaveLength(90);
    const monthly = thinPoints(days, 10);
    expect(monthly.map((p) => p.when.iso.slice(0, 7))).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(monthly.at(-1)!.key).toBe('d89'); // the latest report of the last month
    expect(thinPoints(days, 1).map((p) => p.key)).toEqual(['d89']);
  });

  it('topSeries() keeps the most-reported series; orderedPanels() puts the national panel first', () => {
    const ps = [point('a1', when('2024-01-01'), { series: 'a' }), point('b1', when('2024-01-02'), { series: 'b' }), point('b2', when('2024-01-03'), { series: 'b' })];
    expect(topSeries(ps, 1).map((p) => p.key)).toEqual(['b1', 'b2']);
    const mixed = [point('p1', when('2024-01-01'), { scope: 'province' }), point('p2', when('2024-01-02'), { scope: 'province' }), point('c1', when('2024-01-03'))];
    expect(orderedPanels(mixed).map((g) => g[0]!.scope)).toEqual(['country', 'province']);
  });

  it('panelSelection() keeps at most limits.series series (the most reported), each of them whole when it fits', () => {
    const ps = ['a', 'b', 'c'].flatMap((series, i) => [point(`${series}1`, when('2023', 'year'), { series, reported: `2023-0${i + 1}-01` }), point(`${series}2`, when('2024', 'year'), { series })]);
    expect(panelSelection(ps, { ...SMALL_CHART, points: 6, series: 3 })).toHaveLength(6);
    expect(new Set(panelSelection(ps, { ...SMALL_CHART, points: 6, series: 2 }).map((p) => p.series)).size).toBe(2);
    expect(new Set(panelSelection(ps, { ...SMALL_CHART, points: 6, series: 99 }).map((p) => p.series)).size).toBeLessThanOrEqual(MAX_SERIES);
    const revised = [...ps, point('a1-again', when('2023', 'year'), { series: 'a', reported: '2024-12-01' })];
    expect(panelSelection(revised, { ...SMALL_CHART, points: 6, series: 3 }).map((p) => p.key)).not.toContain('a1');
  });

  it('orderedPanels(): a part of another whole gets its own panel; of equal size, the one with the latest value comes first', () => {
    const ps = [point('old', when('2023', 'year'), { total: 25 }), point('new', when('2024', 'year'), { total: 53 }), point('plain', when('2022', 'year'))];
    expect(orderedPanels(ps).map((g) => g.map((p) => p.key))).toEqual([['new'], ['old'], ['plain']]);
  });

  it('the grammar never joins two series by a line, even on one axis', () => {
    const ps = [point('a1', when('2024', 'year'), { series: 'issued' }), point('b2', when('2025', 'year'), { series: 'activated' })];
    expect(lineRuns(ps)).toEqual([]);
    expect(panels(ps)).toHaveLength(1);
  });

  it('newestSources() names the newest reports and counts the rest', () => {
    const s = newestSources([{ slug: 'a', date: { iso: '2020' } }, { slug: 'c', date: { iso: '2024' } }, { slug: 'b', date: { iso: '2022' } }], 2);
    expect(s.shown.map((a) => a.slug)).toEqual(['b', 'c']);
    expect(s.more).toBe(1);
  });
});

describe('chart bounds at 10,000 articles and 100,000 numbers', () => {
  const all = big.flatMap((a) => a.metrics.map((m) => ({ article: a, metric: m })));
  const ids = [...new Set(all.map((s) => s.metric.indicator!))];

  it('the synthetic archive is as large as the goal', () => {
    expect(big).toHaveLength(10_000);
    expect(all).toHaveLength(100_000);
    expect(metricsOf(ids[0]!, big).length).toBeGreaterThan(3_000);
  });

  for (const [name, limits] of [['page chart', PAGE_CHART], ['small multiple', SMALL_CHART]] as [string, ChartLimits][]) {
    it(`a ${name} draws at most ${limits.panels} panels × ${limits.points} values of ${limits.series} series, the national panel first`, () => {
      for (const id of ids) {
        const rows = metricsOf(id, big);
        const drawn = chartRows(rows, limits);
        const ps = indicatorPanels(drawn, 'vi');
        expect(ps.length).toBeGreaterThan(0);
        expect(ps.length).toBeLessThanOrEqual(limits.panels);
        expect(ps[0]!.scope).toBe('country');
        for (const p of ps) {
          expect(p.points.length).toBeLessThanOrEqual(limits.points);
          expect(new Set(p.points.map((x) => x.series)).size).toBeLessThanOrEqual(limits.series);
          for (const run of p.lines) expect(new Set(run.map((x) => x.series)).size).toBe(1);
          // A panel never holds two wholes, nor series a reader cannot tell apart (shape, name).
          expect(new Set(p.points.map(wholeOf)).size).toBe(1);
          expect(p.series.length).toBeLessThanOrEqual(MAX_SERIES);
          expect(new Set(p.series.map((s) => shapeOf(p, s))).size).toBe(p.series.length);
          for (const lang of ['vi', 'en'] as const) expect(new Set([...seriesNames(p, lang).values()].map((w) => w.text)).size).toBe(p.series.length);
        }
        expect(newestSources(sourcesOf(drawn), limits.sources).shown.length).toBeLessThanOrEqual(limits.sources);
      }
    });
  }

  it('a chart keeps the most recent values of its national series (drawn values are reported ones, unchanged)', () => {
    const rows = metricsOf(ids[0]!, big);
    const drawn = chartRows(rows, PAGE_CHART);
    const national = rows.map(grammarPoint).filter((p) => p.scope === 'country' && p.status === 'actual' && p.unit === 'count' && p.total === undefined);
    const latest = national.reduce((a, p) => (midTime(p.when) > midTime(a.when) ? p : a));
    const drawnPoints = drawn.map(grammarPoint);
    expect(drawnPoints.some((p) => midTime(p.when) === midTime(latest.when))).toBe(true);
    const byKey = new Map(rows.map((r) => [grammarPoint(r).key, r]));
    for (const p of drawnPoints) expect(byKey.get(p.key)!.metric.value).toBe(p.value);
  });

  it('chartSelection() picks the same values whatever the order of its input', () => {
    const points = metricsOf(ids[1]!, big).map(grammarPoint);
    const a = chartSelection(points, PAGE_CHART).map((p) => p.key).sort();
    const b = chartSelection([...points].reverse(), PAGE_CHART).map((p) => p.key).sort();
    expect(a).toEqual(b);
  });

  it('a topic page holds at most TOPIC_CHARTS small multiples, REPORTS_PAGE_SIZE reports and TOPIC_NUMBERS numbers', () => {
    const topic = big.filter((a) => a.topics.includes('topic-0'));
    const numbers = all.filter((s) => s.metric.topic === 'topic-0');
    expect(topic.length).toBeGreaterThan(REPORTS_PAGE_SIZE);
    const pages = pageCount([topic.length], REPORTS_PAGE_SIZE);
    for (let n = 1; n <= pages; n++) expect(newestFirstPage(topic, n, REPORTS_PAGE_SIZE).items.length).toBeLessThanOrEqual(REPORTS_PAGE_SIZE);
    expect(Array.from({ length: pages }, (_, i) => newestFirstPage(topic, i + 1, REPORTS_PAGE_SIZE).items).flat()).toHaveLength(topic.length);
    expect(newestFirstPage(numbers, 1, TOPIC_NUMBERS).items).toHaveLength(TOPIC_NUMBERS);
    expect(TOPIC_CHARTS * SMALL_CHART.panels * SMALL_CHART.points).toBeLessThanOrEqual(150);
  });

  it('an indicator table page holds at most TABLE_PAGE_SIZE rows, and the pages together hold every row', () => {
    const rows = metricsOf(ids[2]!, big);
    const pages = pageCount([rows.length]);
    const seen = Array.from({ length: pages }, (_, i) => newestFirstPage(rows, i + 1).items);
    for (const p of seen) expect(p.length).toBeLessThanOrEqual(TABLE_PAGE_SIZE);
    expect(seen.flat()).toHaveLength(rows.length);
    expect(newestFirstPage(big, 1, DATA_REPORTS).items).toHaveLength(DATA_REPORTS);
  });
});
