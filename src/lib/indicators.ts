import type { Article } from '../schemas/article';
import type { Indicator } from '../schemas/lexicon';
import type { Unit } from '../schemas/metric';
import { groupBy, headline } from '../components/charts/grammar';
import { hasKnownDate, metricDate, plottableMetrics, type SourcedMetric } from './articles';
import { grammarPoint } from './chart-data';
import { dateKey } from './format';
import { isPlottable } from './review';

const byIndicator = new WeakMap<Article[], Map<string, SourcedMetric[]>>();

/** The plottable metrics of one indicator that have a date (their period, or their report's date), in
 * the order of the dates they describe. Every indicator's list is made in one pass over the archive
 * and kept for the same `articles` array (every indicator, topic and embed page asks). */
export function metricsOf(indicatorId: string, articles: Article[]): SourcedMetric[] {
  let index = byIndicator.get(articles);
  if (!index) {
    const key = (s: SourcedMetric) => `${dateKey(metricDate(s).iso)}|${dateKey(s.article.date.iso)}`;
    const rows = plottableMetrics(articles)
      .filter((s) => s.metric.indicator !== undefined && s.metric.status !== 'baseline' && (s.metric.period !== undefined || hasKnownDate(s.article)))
      .map((s) => ({ s, k: key(s) }))
      .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
      .map(({ s }) => s);
    index = groupBy(rows, (s) => s.metric.indicator!);
    byIndicator.set(articles, index);
  }
  return [...(index.get(indicatorId) ?? [])];
}

/** The headline of an indicator: its most recent plottable result that is a level or a rank, never
 * a growth rate (latest period by its middle, then latest report). */
export function latestActual(indicatorId: string, articles: Article[]): SourcedMetric | undefined {
  const rows = metricsOf(indicatorId, articles).filter((s) => isPlottable(s.metric));
  const points = rows.map((s, i) => ({ ...grammarPoint(s), key: String(i) }));
  const best = headline(points);
  return best ? rows[Number(best.key)] : undefined;
}

/** The unit most of an indicator's values share: the one its chart draws (never two units on one axis). */
export function mainUnit(rows: SourcedMetric[]): Unit | undefined {
  const counts = new Map<Unit, number>();
  for (const r of rows) counts.set(r.metric.unit, (counts.get(r.metric.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Featured indicators with their latest result, in file order, skipping those without one. */
export function featuredLatest(indicators: Indicator[], articles: Article[]): { indicator: Indicator; latest: SourcedMetric }[] {
  return indicators.filter((i) => i.featured).flatMap((indicator) => {
    const latest = latestActual(indicator.id, articles);
    return latest ? [{ indicator, latest }] : [];
  });
}
