import { csvFormat } from 'd3-dsv';
import type { Article } from '../schemas/article';
import { allMetrics, articlePath, type SourcedMetric } from './articles';

/** The columns of metrics.csv, in order. Their meaning is documented in the data dictionary
 * (src/lib/dictionary.ts), which a unit test keeps in step with this list. */
export const METRIC_COLUMNS = [
  'article', 'metric_id', 'source_file', 'date', 'date_precision', 'indicator', 'topic', 'subject',
  'value', 'value_max', 'total', 'unit', 'kind', 'qualifier', 'status', 'period', 'period_precision',
  'text', 'quote', 'offset', 'url',
] as const;

export type MetricRow = Record<(typeof METRIC_COLUMNS)[number], string | number | null>;

/** One flat row per metric, with its article's slug, file and date added. */
export function metricRow({ article, metric }: SourcedMetric, site: URL): MetricRow {
  return {
    article: article.slug,
    metric_id: metric.id,
    source_file: article.sourceFile,
    date: article.date.iso,
    date_precision: article.date.precision,
    indicator: metric.indicator ?? null,
    topic: metric.topic,
    subject: metric.subject,
    value: metric.value,
    value_max: metric.valueMax ?? null,
    total: metric.total ?? null,
    unit: metric.unit,
    kind: metric.kind,
    qualifier: metric.qualifier ?? null,
    status: metric.status,
    period: metric.period ? (metric.period.isoEnd ? `${metric.period.iso}/${metric.period.isoEnd}` : metric.period.iso) : null,
    period_precision: metric.period?.precision ?? null,
    text: metric.text,
    quote: metric.quote,
    offset: metric.offset,
    url: new URL(articlePath(article.slug, metric.id).replace(/^\//, ''), site).href,
  };
}

/** All metric rows in article date order. */
export function metricRows(articles: Article[], site: URL, filter: (s: SourcedMetric) => boolean = () => true): MetricRow[] {
  return allMetrics(articles).filter(filter).map((s) => metricRow(s, site));
}

/** RFC 4180 CSV of rows, columns in METRIC_COLUMNS order, empty cells for nulls, CRLF-free. */
export function toCsv(rows: MetricRow[]): string {
  return `${csvFormat(rows.map((r) => Object.fromEntries(METRIC_COLUMNS.map((c) => [c, r[c] ?? '']))), [...METRIC_COLUMNS])}\n`;
}

/** Articles without their body text and metrics (those are in metrics.*), for articles.json. */
export function articleRecords(articles: Article[], site: URL): Record<string, unknown>[] {
  return articles.map(({ body: _body, metrics, warnings: _w, ...rest }) => ({
    ...rest,
    metric_count: metrics.length,
    url: new URL(articlePath(rest.slug).replace(/^\//, ''), site).href,
  }));
}
