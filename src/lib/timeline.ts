import type { Article } from '../schemas/article';
import type { ArticlePrecision, Metric } from '../schemas/metric';
import { hasKnownDate, plottableMetrics, sortByDate, yearOf, type SourcedMetric } from './articles';
import { dateKey } from './format';

/** One dated entry on the timeline: a reported event, or a deadline a report set. */
export interface TimelineEvent {
  /** Anchor id, stable: `e-<slug>` or `d-<slug>-<metric id>`. */
  id: string;
  kind: 'article' | 'deadline';
  date: { iso: string; precision: ArticlePrecision; isoEnd?: string };
  /** The year it is listed under; UNDATED for an article whose date is unknown. */
  year: number;
  article: Article;
  /** For deadlines: the target. */
  target?: Metric;
  /** For deadlines: results later reported for the same indicator, latest last. */
  results?: SourcedMetric[];
}

/** The `year` of an undated article's event: listed after every year, under "Chưa rõ thời gian" / "Date unknown". */
export const UNDATED = 0;

/** Sort key of an event: undated after every dated one. */
const eventKey = (e: TimelineEvent) => (e.year === UNDATED ? '~' : dateKey(e.date.iso));

/** Later actual values of the target's indicator, reported in articles dated on or after the target's. */
export function resultsFor(target: SourcedMetric, metrics: SourcedMetric[]): SourcedMetric[] {
  if (!target.metric.indicator) return [];
  const since = hasKnownDate(target.article) ? dateKey(target.article.date.iso) : '';
  return metrics.filter((s) => hasKnownDate(s.article) &&
    s.metric.status === 'actual' &&
    s.metric.indicator === target.metric.indicator &&
    s.metric.unit === target.metric.unit &&
    dateKey(s.article.date.iso) >= since);
}

/** The due date of a target: the end of its period. */
export function dueDate(m: Metric): TimelineEvent['date'] | undefined {
  if (!m.period) return undefined;
  return m.period.isoEnd ? { iso: m.period.isoEnd, precision: 'year' } : { iso: m.period.iso, precision: m.period.precision };
}

/** All events, oldest first (undated articles last): each article at its date, each dated plottable target at its due date. */
export function buildTimeline(articles: Article[]): TimelineEvent[] {
  const metrics = plottableMetrics(articles);
  const events: TimelineEvent[] = sortByDate(articles).map((article) => ({
    id: `e-${article.slug}`, kind: 'article', date: article.date, year: hasKnownDate(article) ? yearOf(article.date.iso) : UNDATED, article,
  }));
  for (const s of metrics) {
    const due = s.metric.status === 'target' ? dueDate(s.metric) : undefined;
    if (!due) continue;
    events.push({
      id: `d-${s.article.slug}-${s.metric.id}`, kind: 'deadline', date: due, year: yearOf(due.iso),
      article: s.article, target: s.metric, results: resultsFor(s, metrics),
    });
  }
  return events.sort((a, b) => eventKey(a).localeCompare(eventKey(b)) || (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'article' ? -1 : 1));
}

/** The years that have dated events, ascending (UNDATED is not a year: see `hasUndated`). */
export function timelineYears(events: TimelineEvent[]): number[] {
  return [...new Set(events.map((e) => e.year))].filter((y) => y !== UNDATED).sort((a, b) => a - b);
}

/** True when some event is an article of unknown date (listed under "Chưa rõ thời gian" / "Date unknown"). */
export function hasUndated(events: TimelineEvent[]): boolean {
  return events.some((e) => e.year === UNDATED);
}
