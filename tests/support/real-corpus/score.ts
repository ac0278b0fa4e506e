/**
 * Scores the ingest's metrics of one article against its hand gold, and sums articles into the
 * corpus figures. Pure: the caller runs the ingest (run.ts) and prints (table.ts).
 *
 * Matching: a predicted metric matches the gold claim whose located number (gold.ts `locate`)
 * overlaps the metric's own text span (`offset` … `offset + text.length`) in the article; each claim
 * takes at most one metric, the first in reading order. A metric that matches no claim is a false
 * row: "not a claim" when it overlaps a `not_metric` entry, "unlisted" otherwise.
 */
import { isPlottable } from '../../../src/lib/review';
import type { Metric } from '../../../src/schemas/metric';
import { locate, notMetricSpans, overlaps, type GoldArticle, type GoldClaim, type GoldPeriod, type Span } from './gold';

/** The fields of an ingest metric the scorer reads (kept minimal so schema additions do not matter). */
export interface PredictedMetric {
  text: string;
  offset: number;
  value: number;
  /** A range's upper end, and a change's direction: a fall's range runs from -5 to -3 ("giảm 3-5%"), its first bound as written its `valueMax`. */
  valueMax?: number | undefined;
  direction?: string | undefined;
  unit: string;
  status: string;
  period?: { iso: string; precision: string } | undefined;
  indicator?: string | undefined;
  quote?: string;
  /** The review gate's inputs (src/lib/review.ts `isPlottable`); absent in hand-made predictions, which then count as plottable. */
  confidence?: Metric['confidence'];
  review?: Metric['review'];
}

/** The article date the ingest gave (absent when it gave none). */
export interface PredictedDate { iso?: string | undefined; precision: string }

/** What the ingest produced for one article, or the error that stopped it. */
export interface Prediction {
  metrics: PredictedMetric[];
  date?: PredictedDate | undefined;
  /** Where the ingest took the title from: "text" when it read a headline line. */
  titleSource?: string;
  error?: string;
}

/** One gold claim and what the ingest made of it. */
export interface ClaimResult {
  claim: GoldClaim;
  span: Span;
  metric?: PredictedMetric;
  /** Matched with the right value (sign included) and unit. */
  found: boolean;
  statusRight: boolean;
  periodRight: boolean;
  /** Undefined when the gold claim has no indicator. */
  indicatorRight?: boolean;
  /** The metric got an indicator where the gold has none. */
  indicatorSpurious: boolean;
}

/** Hits out of a total. */
export interface Ratio { hit: number; total: number }

/** One article's score. */
export interface ArticleScore {
  file: string;
  claims: ClaimResult[];
  predicted: number;
  notClaimRows: PredictedMetric[];
  unlistedRows: PredictedMetric[];
  dateRight: boolean;
  dateGoldUnknown: boolean;
  headlineGold: boolean;
  /** The ingest read a headline exactly when the page has one. */
  headlineRight: boolean;
  datePredicted: string;
  error?: string;
}

/** The corpus figures the test checks (see thresholds.ts). */
export interface Figures {
  recall: Ratio;
  precision: Ratio;
  status: Ratio;
  period: Ratio;
  indicator: Ratio;
  /** Of all rows given an indicator, those whose claim has that indicator (a wrong label puts a value on the wrong chart). */
  indicatorPrecision: Ratio;
  targets: Ratio;
  /** Of the rows a chart would plot (given a series and passed by the review gate), those right in value, unit, status, period and series. */
  charted: Ratio;
  dates: Ratio;
  datesUnknown: Ratio;
  datesHeadless: Ratio;
  headlines: Ratio;
}

/** Units a careful editor would not tell apart for a score ("0,6077 điểm" is both an index and points). */
const SAME_UNIT: Record<string, string> = { points: 'index' };
const unitKey = (u: string) => SAME_UNIT[u] ?? u;

/** True when two values agree to within floating-point noise. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** True when the predicted value is the gold one. The gold writes a range by its first bound as written, negative for a fall ("giảm
 *  30-50%" → -30); the data model keeps its lower end as `value` and its upper end as `valueMax`, so a fall's first bound is its `valueMax`. */
export function sameClaimValue(metric: Pick<PredictedMetric, 'value' | 'valueMax' | 'direction'>, gold: number): boolean {
  return sameValue(metric.value, gold) || (metric.direction === 'down' && metric.valueMax !== undefined && sameValue(metric.valueMax, gold));
}

/** True when the predicted period is the gold one (iso start and precision), or both are absent. */
export function samePeriod(gold: GoldPeriod | 'none', predicted: PredictedMetric['period']): boolean {
  if (gold === 'none') return predicted === undefined;
  return predicted !== undefined && predicted.iso === gold.iso && predicted.precision === gold.precision;
}

/** True when the predicted article date is the gold one; an unknown gold wants no date or precision "unknown". */
export function sameDate(gold: GoldArticle['date'], predicted: PredictedDate | undefined): boolean {
  if (gold === 'unknown') return predicted === undefined || predicted.precision === 'unknown' || !predicted.iso;
  return predicted !== undefined && predicted.iso === gold.iso && predicted.precision === gold.precision;
}

const spanOf = (m: PredictedMetric): Span => ({ start: m.offset, end: m.offset + m.text.length });

/** Scores one article. `text` is the article as the ingest decoded it (NFC, LF). */
export function scoreArticle(gold: GoldArticle, text: string, prediction: Prediction): ArticleScore {
  const metrics = [...prediction.metrics].sort((a, b) => a.offset - b.offset);
  const used = new Set<PredictedMetric>();
  const claims: ClaimResult[] = gold.claims.map((claim) => {
    const span = locate(text, claim);
    const metric = metrics.find((m) => !used.has(m) && overlaps(spanOf(m), span));
    if (metric) used.add(metric);
    const found = metric !== undefined && sameClaimValue(metric, claim.value) && unitKey(metric.unit) === unitKey(claim.unit);
    const hasIndicator = claim.indicator !== 'none';
    return {
      claim,
      span,
      ...(metric ? { metric } : {}),
      found,
      statusRight: metric?.status === claim.status,
      periodRight: metric !== undefined && samePeriod(claim.period, metric.period),
      ...(hasIndicator ? { indicatorRight: metric?.indicator === claim.indicator } : {}),
      indicatorSpurious: !hasIndicator && metric?.indicator !== undefined,
    };
  });
  const excluded = gold.not_metric.flatMap((n) => notMetricSpans(text, n));
  const rest = metrics.filter((m) => !used.has(m));
  const dateGoldUnknown = gold.date === 'unknown';
  const d = prediction.date;
  return {
    file: gold.file,
    claims,
    predicted: metrics.length,
    notClaimRows: rest.filter((m) => excluded.some((s) => overlaps(spanOf(m), s))),
    unlistedRows: rest.filter((m) => !excluded.some((s) => overlaps(spanOf(m), s))),
    dateRight: prediction.error === undefined && sameDate(gold.date, d),
    dateGoldUnknown,
    headlineGold: gold.headline,
    headlineRight: prediction.error === undefined && (prediction.titleSource === 'text') === gold.headline,
    datePredicted: prediction.error !== undefined ? 'error' : d ? `${d.iso || '—'}/${d.precision}` : 'none',
    ...(prediction.error !== undefined ? { error: prediction.error } : {}),
  };
}

const ratio = (hit: number, total: number): Ratio => ({ hit, total });
const count = <T>(xs: T[], p: (x: T) => boolean) => xs.filter(p).length;

/** True when a chart would plot the row: it has a series and the review gate lets it through. */
const charts = (m: PredictedMetric) => m.indicator !== undefined && isPlottable({ confidence: m.confidence ?? 'high', review: m.review ?? 'auto' });

/** The rows a chart would plot, and how many of them are right in every field a chart shows. */
function chartedOf(scores: ArticleScore[], claims: ClaimResult[]): Ratio {
  const plotted = claims.filter((c) => c.metric !== undefined && charts(c.metric));
  const right = count(plotted, (c) => c.found && c.statusRight && c.periodRight && c.metric?.indicator === c.claim.indicator);
  const falseRows = scores.reduce((n, s) => n + count([...s.notClaimRows, ...s.unlistedRows], charts), 0);
  return ratio(right, plotted.length + falseRows);
}

/** The figures of a set of article scores (one article or the whole corpus). */
export function figuresOf(scores: ArticleScore[]): Figures {
  const claims = scores.flatMap((s) => s.claims);
  const matched = claims.filter((c) => c.metric !== undefined);
  const withIndicator = claims.filter((c) => c.indicatorRight !== undefined);
  const targets = claims.filter((c) => c.claim.status === 'target');
  const unknown = scores.filter((s) => s.dateGoldUnknown);
  const headless = scores.filter((s) => !s.headlineGold);
  return {
    recall: ratio(count(claims, (c) => c.found), claims.length),
    precision: ratio(matched.length, scores.reduce((n, s) => n + s.predicted, 0)),
    status: ratio(count(matched, (c) => c.statusRight), matched.length),
    period: ratio(count(matched, (c) => c.periodRight), matched.length),
    indicator: ratio(count(withIndicator, (c) => c.indicatorRight === true), withIndicator.length),
    indicatorPrecision: ratio(
      count(matched, (c) => c.metric?.indicator !== undefined && c.metric.indicator === c.claim.indicator),
      count(matched, (c) => c.metric?.indicator !== undefined)
        + scores.reduce((n, s) => n + count([...s.notClaimRows, ...s.unlistedRows], (m) => m.indicator !== undefined), 0),
    ),
    targets: ratio(count(targets, (c) => c.metric?.status === 'target'), targets.length),
    charted: chartedOf(scores, claims),
    dates: ratio(count(scores, (s) => s.dateRight), scores.length),
    datesUnknown: ratio(count(unknown, (s) => s.dateRight), unknown.length),
    datesHeadless: ratio(count(headless, (s) => s.dateRight), headless.length),
    headlines: ratio(count(scores, (s) => s.headlineRight), scores.length),
  };
}

/** A ratio as a percentage (100 when there is nothing to count). */
export function percent(r: Ratio): number {
  return r.total === 0 ? 100 : (100 * r.hit) / r.total;
}
