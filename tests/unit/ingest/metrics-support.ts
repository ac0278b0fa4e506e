/** Helpers for the metric-stage tests: paragraphs as segments with their offsets. */
import type { Segment } from '../../../scripts/ingest/segment';

/** Paragraphs as the segmenter gives them: each with its offset, a blank line between them. */
export function segments(paragraphs: readonly string[]): Segment[] {
  let offset = 0;
  return paragraphs.map((text) => {
    const seg = { text, offset };
    offset += text.length + 2;
    return seg;
  });
}
