/**
 * Applies the editors' reviews of extracted numbers (seeds/editorial.yaml, `metrics:` under a seed)
 * to an article's metrics: `confirm` lets a low-confidence number through to charts, `correct` sets
 * indicator, status, period, value or direction (and confirms), `reject` keeps it out of everything
 * but the dataset. Each entry must address exactly one number; otherwise it fails, naming the entry.
 */
import type { MetricReview } from '../../src/schemas/editorial';
import type { Metric } from '../../src/schemas/metric';
import { foldSentence } from './ids';

/**
 * The metrics an entry addresses: its fragment is in their sentence and, when it gives `text`, the
 * number is written so; without `text`, of those the numbers the fragment itself contains, if any.
 */
export function addressed(entry: Pick<MetricReview, 'quote' | 'text'>, metrics: Metric[]): Metric[] {
  const fragment = foldSentence(entry.quote);
  const inSentence = metrics.filter((m) => foldSentence(m.quote).includes(fragment) && (entry.text === undefined || m.text === entry.text));
  if (entry.text !== undefined) return inSentence;
  const named = inSentence.filter((m) => fragment.includes(m.text));
  return named.length > 0 ? named : inSentence;
}

/** One metric after one review entry. */
export function applyReview(m: Metric, r: MetricReview): Metric {
  const base = { ...m, reviewReason: r.reason };
  if (r.action === 'confirm') return { ...base, review: 'confirmed' };
  if (r.action === 'reject') return { ...base, review: 'rejected' };
  const out: Metric = { ...base, review: 'corrected' };
  if (r.indicator !== undefined) out.indicator = r.indicator;
  if (r.status !== undefined) out.status = r.status;
  if (r.period !== undefined) out.period = { ...r.period };
  if (r.value !== undefined) out.value = r.value;
  if (r.direction !== undefined) out.direction = r.direction;
  return out;
}

/** The article's metrics with every review applied; throws naming the entry that addresses none or several. */
export function applyReviews(metrics: Metric[], reviews: MetricReview[] | undefined): Metric[] {
  if (!reviews?.length) return metrics;
  const byId = new Map(metrics.map((m) => [m.id, m]));
  reviews.forEach((r, k) => {
    const found = addressed(r, metrics);
    const where = `seeds/editorial.yaml metrics[${k}] (${r.action} "${r.quote.slice(0, 40)}"${r.text ? ` ${r.text}` : ''})`;
    if (found.length === 0) throw new Error(`${where}: matches no number of the article`);
    if (found.length > 1) throw new Error(`${where}: matches ${found.length} numbers (${found.map((m) => m.text).join(', ')}); add "text:" or a longer quote`);
    byId.set(found[0]!.id, applyReview(byId.get(found[0]!.id)!, r));
  });
  return metrics.map((m) => byId.get(m.id)!);
}
