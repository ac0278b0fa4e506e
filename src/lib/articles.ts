import type { Article } from '../schemas/article';
import type { ArticlePrecision, Metric } from '../schemas/metric';
import { isKnownDate } from './dates';
import { dateKey } from './format';
import { isPlottable } from './review';

/** True when the article's publication date (its year at least) is known (contracts.md). */
export function hasKnownDate(article: Pick<Article, 'date'>): boolean {
  return isKnownDate(article.date);
}

/** Sort key of an article's date: undated articles sort after every dated one. */
function articleKey(a: Pick<Article, 'date'>): string {
  return hasKnownDate(a) ? dateKey(a.date.iso) : '9999-99-99';
}

/** Articles oldest first, undated ones last; same date → by title, so the order never depends on file order. */
export function sortByDate<T extends Pick<Article, 'date' | 'title'>>(articles: T[]): T[] {
  return [...articles].sort((a, b) => articleKey(a).localeCompare(articleKey(b)) || a.title.localeCompare(b.title, 'vi'));
}

/** The year of an ISO-like date (NaN for an absent one: an undated text). */
export function yearOf(iso: string | undefined): number {
  return iso ? Number(iso.slice(0, 4)) : Number.NaN;
}

/** A metric together with the article it came from. */
export interface SourcedMetric { article: Article; metric: Metric }

const metricsCache = new WeakMap<Article[], SourcedMetric[]>();

/** Every metric of every article, in article date order. Made once per `articles` array (every
 * aggregate page asks); each call returns a fresh copy of the list. */
export function allMetrics(articles: Article[]): SourcedMetric[] {
  let all = metricsCache.get(articles);
  if (!all) {
    all = sortByDate(articles).flatMap((article) => article.metrics.map((metric) => ({ article, metric })));
    metricsCache.set(articles, all);
  }
  return [...all];
}

/** Every plottable metric (`isPlottable`: not rejected, high confidence or reviewed), in article date order: what charts, series, the targets timeline, home figures and stories may use. */
export function plottableMetrics(articles: Article[]): SourcedMetric[] {
  return allMetrics(articles).filter((s) => isPlottable(s.metric));
}

/** The date a metric describes: its period when it has one, else the article's date. */
export function metricDate(s: SourcedMetric): { iso: string; precision: ArticlePrecision; isoEnd?: string } {
  return s.metric.period ?? s.article.date;
}

/** Up to `n` metrics that best summarise an article: those with an indicator first, results before targets. */
export function keyMetrics(article: Article, n = 3): Metric[] {
  const score = (m: Metric) => (m.indicator ? 0 : 2) + (m.status === 'actual' ? 0 : 1);
  return article.metrics.filter((m) => isPlottable(m) && m.status !== 'baseline').sort((a, b) => score(a) - score(b) || a.offset - b.offset).slice(0, n);
}

/** True when the metric stands in the article's body (a headline's numbers do not: their table row is their anchor). */
export function inBody(article: Pick<Article, 'textStart'>, metric: Pick<Metric, 'offset'>): boolean {
  return metric.offset >= article.textStart;
}

/** Site path of an article page, and of one metric on it. */
export function articlePath(slug: string, metricId?: string): string {
  return `/articles/${slug}/${metricId ? `#${metricId}` : ''}`;
}
