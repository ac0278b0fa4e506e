/** Helpers for the metric-stage tests: paragraphs as segments with their offsets, and the metrics of a written page. */
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
