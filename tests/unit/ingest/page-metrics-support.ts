/** Helper for round 15's metric-stage tests: the metrics `extractMetrics` gives a written page, dated or undated. */
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Metrics of paragraphs of an article dated `articleYear` (or undated), keyed by the number as written (the first of equal ones). */
export function pageMetrics(articleYear: number | undefined, paragraphs: readonly string[]): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };
  for (const m of extractMetrics(segments(paragraphs), { ...(articleYear ? { articleYear } : {}), ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] ??= m;
  return out;
}

/** A metric's period as "iso/precision", or "none". */
export const periodText = (m: Metric | undefined): string => (m?.period ? `${m.period.iso}/${m.period.precision}` : 'none');
