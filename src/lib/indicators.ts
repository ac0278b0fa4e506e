import type { Article } from '../schemas/article';
import type { Indicator } from '../schemas/lexicon';
import type { Unit } from '../schemas/metric';
import type { SeriesPoint } from '../components/charts/Timeseries/timeseries';
import { localePath, type Lang } from '../i18n/lang';
import { articlePath, metricDate, plottableMetrics, type SourcedMetric } from './articles';
import { dateKey, formatMetric } from './format';

/** The metrics of one indicator, in the order of the dates they describe. */
export function metricsOf(indicatorId: string, articles: Article[]): SourcedMetric[] {
  return plottableMetrics(articles)
    .filter((s) => s.metric.indicator === indicatorId && s.metric.status !== 'baseline')
    .sort((a, b) => dateKey(metricDate(a).iso).localeCompare(dateKey(metricDate(b).iso)) || dateKey(a.article.date.iso).localeCompare(dateKey(b.article.date.iso)));
}

/** The most recent result of an indicator (latest period, then latest report). */
export function latestActual(indicatorId: string, articles: Article[]): SourcedMetric | undefined {
  return metricsOf(indicatorId, articles).filter((s) => s.metric.status === 'actual').at(-1);
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

/** Chart points for the rows of one unit: each value dated by its period (or report date),
 * labelled in `lang`, linked to its source sentence. */
export function seriesPoints(rows: SourcedMetric[], unit: Unit, lang: Lang): SeriesPoint[] {
  return rows.filter((r) => r.metric.unit === unit).map((r) => ({
    iso: metricDate(r).iso,
    value: r.metric.value,
    status: r.metric.status,
    label: formatMetric(r.metric, lang),
    href: localePath(lang, articlePath(r.article.slug, r.metric.id)),
    title: `${formatMetric(r.metric, lang)} — ${r.metric.quote}`,
  }));
}
