import type { Metric } from '../schemas/metric';

/** Review fields a metric may carry (added by the extraction stage; older data lacks them). */
type Reviewable = Pick<Metric, 'value'> & { review?: string; confidence?: string };

/** Whether a metric may be drawn in a chart, an indicator series or a key figure: not rejected by
 * the editor, and either extracted with high confidence or confirmed/corrected by hand. A metric
 * without review fields counts as auto-extracted with high confidence. */
export function isPlottable(metric: Reviewable): boolean {
  const review = metric.review ?? 'auto';
  if (review === 'rejected') return false;
  return (metric.confidence ?? 'high') === 'high' || review === 'confirmed' || review === 'corrected';
}
