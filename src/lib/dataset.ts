import { csvFormat } from 'd3-dsv';
import type { Lang } from '../i18n/lang';
import type { Article } from '../schemas/article';
import type { Indicator, Topic } from '../schemas/lexicon';
import { allMetrics, articlePath, hasKnownDate, type SourcedMetric } from './articles';
import { dateKey, formatPlain } from './format';

/** The columns of metrics.csv, in order. Their meaning is documented in the data dictionary
 * (src/lib/dictionary.ts), which a unit test keeps in step with this list. */
export const METRIC_COLUMNS = [
  'article', 'metric_id', 'source_file', 'date', 'date_precision', 'indicator', 'topic', 'subject',
  'value', 'value_max', 'total', 'unit', 'kind', 'direction', 'qualifier', 'status', 'baseline_for', 'period', 'period_precision',
  'text', 'quote', 'offset', 'confidence', 'reasons', 'review', 'review_reason', 'url',
] as const;

export type MetricColumn = (typeof METRIC_COLUMNS)[number];
export type MetricRow = Record<MetricColumn, string | number | null>;

/** Article fields left out of articles.json (the numbers live in metrics.*). */
export const ARTICLE_OMITTED = ['metrics', 'warnings'] as const;

/** Fields articles.json adds to each article. */
export const ARTICLE_ADDED = ['metric_count', 'url'] as const;

/** Site folder of the open dataset. */
export const DATA_DIR = '/data/';

/** One flat row per metric, with its article's slug, file and date added. */
export function metricRow({ article, metric }: SourcedMetric, site: URL): MetricRow {
  return {
    article: article.slug,
    metric_id: metric.id,
    source_file: article.sourceFile,
    date: article.date.iso || null,
    date_precision: article.date.precision,
    indicator: metric.indicator ?? null,
    topic: metric.topic,
    subject: metric.subject,
    value: metric.value,
    value_max: metric.valueMax ?? null,
    total: metric.total ?? null,
    unit: metric.unit,
    kind: metric.kind,
    direction: metric.direction ?? null,
    qualifier: metric.qualifier ?? null,
    status: metric.status,
    baseline_for: metric.baselineFor ?? null,
    period: metric.period ? (metric.period.isoEnd ? `${metric.period.iso}/${metric.period.isoEnd}` : metric.period.iso) : null,
    period_precision: metric.period?.precision ?? null,
    text: metric.text,
    quote: metric.quote,
    offset: metric.offset,
    confidence: metric.confidence,
    reasons: metric.reasons.length ? metric.reasons.join('|') : null,
    review: metric.review,
    review_reason: metric.reviewReason ?? null,
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

/** Pretty JSON with a final newline, as every JSON file of the dataset is written. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

/** Articles without their body text and metrics (those are in metrics.*), for articles.json. */
export function articleRecords(articles: Article[], site: URL): Record<string, unknown>[] {
  return articles.map((article) => {
    const rest: Record<string, unknown> = { ...article };
    for (const field of ARTICLE_OMITTED) delete rest[field];
    return { ...rest, metric_count: article.metrics.length, url: new URL(articlePath(article.slug).replace(/^\//, ''), site).href };
  });
}

/** What the dataset is built from. */
export interface DatasetInput {
  articles: Article[];
  indicators: Indicator[];
  topics: Topic[];
  /** Public address of the site (absolute URLs in the data). */
  site: URL;
}

export type DatasetFormat = 'csv' | 'json';

/** One file of the dataset, with its content, so the page can state sizes that match the files. */
export interface DatasetFile {
  /** Path below /data/, e.g. `metrics.csv`, `indicators/egdi-rank.json`. */
  file: string;
  format: DatasetFormat;
  mediatype: string;
  /** Data rows (records), header excluded. */
  rows: number;
  /** The content as UTF-8 bytes: a Buffer lives outside the JavaScript heap and takes half the
   * memory of a string of Vietnamese text, and the build holds every dataset file (issue 15). */
  body: Buffer<ArrayBuffer>;
}

const MEDIATYPES: Record<DatasetFormat, string> = { csv: 'text/csv', json: 'application/json' };

/** A dataset file from its content. */
export function datasetFile(file: string, format: DatasetFormat, rows: number, body: string): DatasetFile {
  return { file, format, mediatype: MEDIATYPES[format], rows, body: Buffer.from(body, 'utf8') };
}

/** The CSV and JSON files of a set of metric rows: `<stem>.csv`, `<stem>.json`. */
export function metricFiles(rows: MetricRow[], stem: string): DatasetFile[] {
  return [datasetFile(`${stem}.csv`, 'csv', rows.length, toCsv(rows)), datasetFile(`${stem}.json`, 'json', rows.length, toJson(rows))];
}

const coreCache = new WeakMap<DatasetInput['articles'], { site: string; files: DatasetFile[] }>();

/** The main files: metrics.csv, metrics.json, articles.json, indicators.json, topics.json. Built
 * once per article list and site (every dataset endpoint, the data page and datapackage.json ask). */
export function coreFiles(input: DatasetInput): DatasetFile[] {
  const cached = coreCache.get(input.articles);
  if (cached && cached.site === input.site.href) return cached.files;
  const files = buildCoreFiles(input);
  coreCache.set(input.articles, { site: input.site.href, files });
  return files;
}

function buildCoreFiles(input: DatasetInput): DatasetFile[] {
  const json = (file: string, records: unknown[]) => datasetFile(file, 'json', records.length, toJson(records));
  return [
    ...metricFiles(metricRows(input.articles, input.site), 'metrics'),
    json('articles.json', articleRecords(input.articles, input.site)),
    json('indicators.json', input.indicators),
    json('topics.json', input.topics),
  ];
}

export type SubsetKind = 'indicator' | 'topic';

const subsetCache = new WeakMap<DatasetInput['articles'], { site: string; rows: Map<string, MetricRow[]> }>();
const subsetFileCache = new WeakMap<MetricRow[], DatasetFile[]>();

/** The metrics of one indicator or topic, as `indicators/<id>.csv|json` or `topics/<id>.csv|json`.
 * The rows of every subset are made in one pass per article list and site (subsetRows). */
export function subsetFiles(input: DatasetInput, by: SubsetKind, id: string): DatasetFile[] {
  return subsetFilesOf(subsetRows(input, by, id), by, id);
}

/** The files of a subset from its rows, made once per rows list (its CSV and JSON routes, which
 * get the rows as props, and both data pages ask). */
export function subsetFilesOf(rows: MetricRow[], by: SubsetKind, id: string): DatasetFile[] {
  let files = subsetFileCache.get(rows);
  if (!files) subsetFileCache.set(rows, (files = metricFiles(rows, `${by}s/${id}`)));
  return files;
}

/** The metric rows of one indicator or topic (what its files hold). */
export function subsetRows(input: DatasetInput, by: SubsetKind, id: string): MetricRow[] {
  return subsetsOf(input).rows.get(`${by}:${id}`) ?? [];
}

function subsetsOf(input: DatasetInput) {
  let cache = subsetCache.get(input.articles);
  if (!cache || cache.site !== input.site.href) {
    const rows = new Map<string, MetricRow[]>();
    for (const row of metricRows(input.articles, input.site)) {
      for (const key of [`indicator:${row.indicator ?? ''}`, `topic:${row.topic}`]) {
        const list = rows.get(key);
        if (list) list.push(row);
        else rows.set(key, [row]);
      }
    }
    cache = { site: input.site.href, rows };
    subsetCache.set(input.articles, cache);
  }
  return cache;
}

/** The file at `file` (below /data/) among `files`; throws when it is not there. */
export function findFile(files: DatasetFile[], file: string): DatasetFile {
  const found = files.find((f) => f.file === file);
  if (!found) throw new Error(`dataset: no file ${file}`);
  return found;
}

/** Size of a file's content in bytes (UTF-8). */
export function byteSize(body: string | Uint8Array): number {
  return typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
}

/** A size for readers: "593 B", "73,1 kB" (vi) / "73.1 kB" (en); kB and MB are powers of 1000. */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1000) return `${formatPlain(bytes, lang)} B`;
  if (bytes < 1_000_000) return `${formatPlain(bytes / 1000, lang, 1)} kB`;
  return `${formatPlain(bytes / 1_000_000, lang, 1)} MB`;
}

/** The dataset's version: the date of its latest article (as precise as that date), so the same
 * articles always give the same version, whatever day the site is built. */
export function datasetVersion(articles: Pick<Article, 'date'>[]): string | undefined {
  return articles.filter(hasKnownDate).sort((a, b) => dateKey(a.date.iso).localeCompare(dateKey(b.date.iso))).at(-1)?.date.iso;
}

/** First and last article dates ("2022-04-27/2025-02-06"), for temporal coverage. */
export function datasetSpan(articles: Pick<Article, 'date'>[]): string | undefined {
  const keys = articles.filter(hasKnownDate).map((a) => a.date.iso).sort((a, b) => dateKey(a).localeCompare(dateKey(b)));
  return keys.length ? `${keys[0]}/${keys.at(-1)}` : undefined;
}
