/** Helpers for the metric-stage tests: paragraphs as segments with their offsets. */
import { extractMetrics } from '../../../scripts/ingest/metrics';
import type { Segment } from '../../../scripts/ingest/segment';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';

/** Paragraphs as the segmenter gives them: each with its offset, a blank line between them. */
export function segments(paragraphs: readonly string[]): Segment[] {
  let offset = 0;
  return paragraphs.map((text) => {
    const seg = { text, offset };
    offset += text.length + 2;
    return seg;
  });
}

/** The real catalogue and topics, loaded once for the metric-stage tests. */
const ROOT = new URL('../../../', import.meta.url).pathname;
export const LEXICON = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** Metrics of the paragraphs of an undated article, keyed by the number as written (the first of each). */
export function metricsByText(...paragraphs: string[]): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  for (const m of extractMetrics(segments(paragraphs), { ...LEXICON, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] ??= m;
  return out;
}
