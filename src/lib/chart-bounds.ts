/**
 * Charts that stay small at any archive size (issue 15). An indicator gathers values from every
 * report that gives it — at 10,000 articles, tens of thousands, most of them the same running count
 * restated by each report. A chart draws a bounded selection, chosen here by pure functions:
 *
 * 1. panels: the national panel first, then the others by how many values they hold, at most
 *    `limits.panels`;
 * 2. series: in each panel, the `limits.series` most-reported series (a metric's subject; each gets its
 *    own mark shape and legend entry, so a panel never holds more than a reader can tell apart), the
 *    rest left to the table pages and the CSV;
 * 3. one value per series, status, period length and period — the latest report, as the grammar's
 *    lines already choose; when that is still more than `limits.points`, one per month, then
 *    quarter, then year; at the coarsest grain, the most recent `limits.points`.
 *
 * A kept value is never changed or merged with another (no sums, no averages): every mark stays one
 * reported number linked to its sentence, and the chart grammar (src/components/charts/grammar.ts)
 * still decides which of them a line may join. Every value stays on the indicator's table pages and
 * in /data/indicators/<id>.csv|json.
 */
import { groupBy, MAX_SERIES, midTime, panelId, spanOf, statusOf, type GPoint, type When } from '../components/charts/grammar';

/** How much one chart may draw. */
export interface ChartLimits {
  /** Panels (axes) per chart. */
  panels: number;
  /** Series per panel. */
  series: number;
  /** Values per panel. */
  points: number;
  /** Reports named in the chart's source line and citation. */
  sources: number;
}

/** A chart on its own page (indicator pages, embeds). */
export const PAGE_CHART: ChartLimits = { panels: 3, series: 3, points: 30, sources: 10 };
/** One of a topic page's small multiples. */
export const SMALL_CHART: ChartLimits = { panels: 2, series: 2, points: 12, sources: 5 };
/** Small multiples per topic page: its most-reported indicators (the others are linked above them). */
export const TOPIC_CHARTS = 6;

/** How coarse the buckets of one value per bucket are. */
export type Grain = 'period' | 'month' | 'quarter' | 'year';
/** Grains tried in turn, finest first. */
export const GRAINS: readonly Grain[] = ['period', 'month', 'quarter', 'year'];

const ORDER = ['day', 'month', 'quarter', 'half', 'year', 'multi'];
const GRAIN_SPAN: Record<Grain, number> = { period: 0, month: 1, quarter: 2, year: 4 };

/** The bucket of a period at a grain: the period itself when it is as long as the grain or longer
 * ("2024" stays "2024" at every grain), else the month, quarter or year that holds it. */
export function bucketOf(w: When, grain: Grain): string {
  const span = ORDER.indexOf(spanOf(w));
  if (span >= GRAIN_SPAN[grain]) return `${w.iso}/${w.isoEnd ?? ''}`;
  const [y, m = 1] = w.iso.split('-').map(Number) as [number, number?];
  if (grain === 'month') return `${y}-${m}`;
  return grain === 'quarter' ? `${y}-Q${Math.ceil(m / 3)}` : String(y);
}

/** Later first: the later period (by its middle), then the later report, then the key. */
function newer(a: GPoint, b: GPoint): number {
  return midTime(b.when) - midTime(a.when) || (b.reported ?? '').localeCompare(a.reported ?? '') || b.key.localeCompare(a.key);
}

/** One value per series, status, period length and bucket at `grain`: the latest report's (then the
 * latest period's) — a later report revises an earlier one. In the order given. */
export function latestPerBucket<P extends GPoint>(points: readonly P[], grain: Grain): P[] {
  const best = new Map<string, P>();
  for (const p of points) {
    const k = [p.series ?? '', statusOf(p.status), spanOf(p.when), bucketOf(p.when, grain)].join('|');
    const prev = best.get(k);
    if (!prev || (p.reported ?? '').localeCompare(prev.reported ?? '') > 0 || ((p.reported ?? '') === (prev.reported ?? '') && newer(p, prev) < 0)) best.set(k, p);
  }
  const kept = new Set(best.values());
  return points.filter((p) => kept.has(p));
}

/** At most `max` values: one per bucket at the finest grain that fits, else the most recent `max`
 * at the coarsest. In the order given. */
export function thinPoints<P extends GPoint>(points: readonly P[], max: number): P[] {
  let kept: P[] = [...points];
  for (const grain of GRAINS) {
    if (kept.length <= max) return kept;
    kept = latestPerBucket(kept, grain);
  }
  if (kept.length <= max) return kept;
  const recent = new Set([...kept].sort(newer).slice(0, max));
  return kept.filter((p) => recent.has(p));
}

/** The `max` most-reported series of some values (ties: the one reported last, then by name), and
 * their values in the order given. */
export function topSeries<P extends GPoint>(points: readonly P[], max: number): P[] {
  const groups = [...groupBy(points, (p) => p.series ?? '').entries()];
  const latest = (g: P[]) => g.reduce((a, p) => ((p.reported ?? '') > a ? (p.reported ?? '') : a), '');
  groups.sort((a, b) => b[1].length - a[1].length || latest(b[1]).localeCompare(latest(a[1])) || a[0].localeCompare(b[0]));
  const kept = new Set(groups.slice(0, max).map(([k]) => k));
  return points.filter((p) => kept.has(p.series ?? ''));
}

/** Panels' values in reading order: the national ('country') panel first, then by number of values
 * (most first), then the one with the latest value first, then by id. */
export function orderedPanels<P extends GPoint>(points: readonly P[]): P[][] {
  const rank = (g: P[]) => (g[0]!.scope === 'country' ? 0 : 1);
  const latest = (g: P[]) => Math.max(...g.map((p) => midTime(p.when)));
  return [...groupBy(points, panelId).entries()]
    .sort((a, b) => rank(a[1]) - rank(b[1]) || b[1].length - a[1].length || latest(b[1]) - latest(a[1]) || a[0].localeCompare(b[0]))
    .map(([, g]) => g);
}

/** The values of one panel a chart draws: those of its `limits.series` most-reported series (at most
 * `MAX_SERIES`); all of them when they fit in `limits.points`, else the latest report of each period
 * when that fits, else thinned (`thinPoints`). In the order given. */
export function panelSelection<P extends GPoint>(points: readonly P[], limits: ChartLimits): P[] {
  const kept = topSeries(points, Math.min(limits.series, MAX_SERIES));
  if (kept.length <= limits.points) return kept;
  const perPeriod = latestPerBucket(kept, 'period');
  return perPeriod.length <= limits.points ? perPeriod : thinPoints(perPeriod, limits.points);
}

/** The values one chart draws (see the module comment): at most `limits.panels` panels of at most
 * `limits.points` values, from at most `limits.series` series each when they would not fit. In the order given. */
export function chartSelection<P extends GPoint>(points: readonly P[], limits: ChartLimits): P[] {
  const kept = new Set(orderedPanels(points).slice(0, limits.panels).flatMap((g) => panelSelection(g, limits)));
  return points.filter((p) => kept.has(p));
}

/** The newest `max` of some reports (by date, then slug) and how many were left out. */
export function newestSources<A extends { slug: string; date: { iso: string } }>(sources: readonly A[], max: number): { shown: A[]; more: number } {
  const shown = [...sources].sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.slug.localeCompare(b.slug)).slice(0, max);
  return { shown: shown.reverse(), more: Math.max(0, sources.length - max) };
}
