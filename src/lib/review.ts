/**
 * The review gate between extraction and anything plotted. A metric is plottable — it may feed an
 * indicator chart or series, the targets timeline, the home page's key figures or a story — only when
 * the editors have not rejected it and it is either extracted with high confidence or confirmed or
 * corrected in seeds/editorial.yaml. Article pages show every metric that is not rejected, the
 * low-confidence ones marked "chưa kiểm tra" / "unreviewed".
 */
import type { Metric } from '../schemas/metric';

/** True when the metric may be charted or summarised (see the module comment). */
export function isPlottable(metric: Pick<Metric, 'confidence' | 'review'>): boolean {
  if (metric.review === 'rejected') return false;
  return metric.confidence === 'high' || metric.review === 'confirmed' || metric.review === 'corrected';
}

/** True when the metric is shown on its article page (every metric the editors have not rejected). */
export function isShown(metric: Pick<Metric, 'review'>): boolean {
  return metric.review !== 'rejected';
}

/** True when the article page should mark the metric "chưa kiểm tra" / "unreviewed". */
export function isUnreviewed(metric: Pick<Metric, 'confidence' | 'review'>): boolean {
  return isShown(metric) && !isPlottable(metric);
}
