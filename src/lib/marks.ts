import type { Block } from '../schemas/article';
import type { Metric } from '../schemas/metric';

/** A run of a block's text: plain, or the exact text of one metric. */
export type Part = { text: string; metric?: Metric };

/** Splits a block into plain runs and metric runs, using each metric's offset in the decoded seed.
 * Metrics that do not sit exactly at their offset are left out (never misplaced). */
export function markBlock(block: Block, metrics: Metric[]): Part[] {
  const end = block.offset + block.text.length;
  const inside = metrics
    .filter((m) => m.offset >= block.offset && m.offset + m.text.length <= end)
    .sort((a, b) => a.offset - b.offset);
  const parts: Part[] = [];
  let pos = 0;
  for (const m of inside) {
    const at = m.offset - block.offset;
    if (at < pos || block.text.slice(at, at + m.text.length) !== m.text) continue;
    if (at > pos) parts.push({ text: block.text.slice(pos, at) });
    parts.push({ text: m.text, metric: m });
    pos = at + m.text.length;
  }
  if (pos < block.text.length) parts.push({ text: block.text.slice(pos) });
  return parts;
}
