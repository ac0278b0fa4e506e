import type { Article } from '../schemas/article';
import type { ArticlePrecision, Metric } from '../schemas/metric';
import { hasKnownDate, plottableMetrics, sortByDate, yearOf, type SourcedMetric } from './articles';
import { dateKey } from './format';
import { metricLabel } from './labels';

/** The anchor of an article's event on the timeline: `e-<slug>`. Slugs come from titles, never positions. */
export function eventAnchor(slug: string): string {
  return `e-${slug}`;
}

/** The anchor of a target's deadline: `d-<slug>-<metric id>`. The one place that says how, so it follows
 * metric ids (content hashes, contracts.md) and never a position on a page. */
export function targetAnchor(slug: string, metricId: string): string {
  return `d-${slug}-${metricId}`;
}

/** True for a target that can stand alone at its deadline: it has one, it says what it measures (an
 * indicator or a subject that is not a pointer such as "chỉ số này"), and it is not zero (a policy of
 * no fee, "0 đồng", is no target to plot). */
export function isTimelineTarget(m: Metric): boolean {
  return m.status === 'target' && !!dueDate(m) && !(m.value === 0 && m.valueMax === undefined) && !!metricLabel(m, 'vi');
}

/** One dated entry on the timeline: a reported event, or a deadline a report set. */
export interface TimelineEvent {
  /** Anchor id, stable (`eventAnchor`, `targetAnchor`). */
  id: string;
  kind: 'article' | 'deadline';
  date: { iso: string; precision: ArticlePrecision; isoEnd?: string };
  /** Year of the event; undefined for a report whose date is unknown. */
  year: number | undefined;
  article: Article;
  /** For deadlines: the target. */
  target?: Metric;
  /** For deadlines: results later reported for the same indicator, latest last. */
  results?: SourcedMetric[];
}

/** Sort key of an event: undated after every dated one. */
const eventKey = (e: TimelineEvent) => (e.year === undefined ? '9999-99-99' : dateKey(e.date.iso));

/** Actual values with a known date, by indicator and unit, each with its date key (in `metrics`
 * order): built once per timeline, so finding a target's results does not scan every number. */
export type ActualsIndex = Map<string, { s: SourcedMetric; key: string }[]>;

const seriesKey = (m: Metric) => `${m.indicator}\u0001${m.unit}`;

/** The ActualsIndex of `metrics`. */
export function actualsIndex(metrics: SourcedMetric[]): ActualsIndex {
  const index: ActualsIndex = new Map();
  for (const s of metrics) {
    if (!s.metric.indicator || s.metric.status !== 'actual' || !hasKnownDate(s.article)) continue;
    const k = seriesKey(s.metric);
    let list = index.get(k);
    if (!list) index.set(k, (list = []));
    list.push({ s, key: dateKey(s.article.date.iso || '9999') });
  }
  return index;
}

/** Later actual values of the target's indicator, reported in articles dated on or after the target's. */
export function resultsFor(target: SourcedMetric, metrics: SourcedMetric[], index: ActualsIndex = actualsIndex(metrics)): SourcedMetric[] {
  if (!target.metric.indicator) return [];
  const since = hasKnownDate(target.article) ? dateKey(target.article.date.iso) : '';
  return (index.get(seriesKey(target.metric)) ?? []).filter((x) => x.key >= since).map((x) => x.s);
}

/** The due date of a target: the end of its period. */
export function dueDate(m: Metric): TimelineEvent['date'] | undefined {
  if (!m.period) return undefined;
  return m.period.isoEnd ? { iso: m.period.isoEnd, precision: 'year' } : { iso: m.period.iso, precision: m.period.precision };
}

/** All events, oldest first, undated reports last: each article at its date, each target that
 * stands alone (`isTimelineTarget`) at its due date. */
export function buildTimeline(articles: Article[]): TimelineEvent[] {
  const metrics = plottableMetrics(articles);
  const actuals = actualsIndex(metrics);
  const events: TimelineEvent[] = sortByDate(articles).map((article) => ({
    id: eventAnchor(article.slug), kind: 'article', date: article.date,
    year: hasKnownDate(article) ? yearOf(article.date.iso) : undefined, article,
  }));
  for (const s of metrics) {
    const due = isTimelineTarget(s.metric) ? dueDate(s.metric) : undefined;
    if (!due) continue;
    events.push({
      id: targetAnchor(s.article.slug, s.metric.id), kind: 'deadline', date: due, year: yearOf(due.iso),
      article: s.article, target: s.metric, results: resultsFor(s, metrics, actuals),
    });
  }
  const keys = new Map(events.map((e) => [e, eventKey(e)]));
  return events.sort((a, b) => keys.get(a)!.localeCompare(keys.get(b)!) || (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'article' ? -1 : 1));
}

/** The years that have events, ascending (undated reports have none). */
export function timelineYears(events: TimelineEvent[]): number[] {
  return [...new Set(events.flatMap((e) => (e.year === undefined ? [] : [e.year])))].sort((a, b) => a - b);
}

/** True when some event is an article of unknown date (listed under "Chưa rõ thời gian" / "Date unknown"). */
export function hasUndated(events: TimelineEvent[]): boolean {
  return events.some((e) => e.year === undefined);
}
