/**
 * Session 24: goals named only after they are stated. A paragraph that opens on "(Để) đạt được mục tiêu này / các mục tiêu
 * trên" points back to the paragraph before as a set of goals ("Theo đó, … năm 2025, tốc độ tăng trưởng … đạt 20 – 25%; …
 * tỷ lệ phủ sóng 5G đạt 100% … // Đạt được mục tiêu này, … tỉnh nâng cấp …"): that paragraph's results are goals, but for a
 * figure whose `;`-clause reports the present or the past ("hiện nay", "đã", `NOW_OR_DONE`). Runs once every sentence has its
 * drafts (metrics.ts); changes the drafts in place. The paragraphs before it that state figures too are read as well (`REACH`).
 */
import type { Metric } from '../../src/schemas/metric';
import type { Segment } from './segment';
import { NOW_OR_DONE } from './period-carry';
import { spanAround } from './items';

/** A paragraph's opening that points back to goals just stated, lowercase. */
const GOALS_POINTED_BACK = /^\s*(?:để\s+)?(?:đạt\s+được|hoàn\s+thành|thực\s+hiện)\s+(?:(?:các|những)\s+)?mục\s+tiêu\s+(?:này|trên|nêu\s+trên|đó|đã\s+đề\s+ra|đề\s+ra)(?![\p{L}\p{M}])/u;

/** True when `paragraph` opens by pointing back to the goals of the one before. */
export function pointsBackToGoals(paragraph: string): boolean {
  return GOALS_POINTED_BACK.test(paragraph.toLowerCase());
}

/** The `;`-clause of a figure's sentence that holds it ("…; trên địa bàn tỉnh đã xây dựng …" is another clause's). */
function ownClause(m: Pick<Metric, 'quote' | 'text'>): string {
  const at = Math.max(0, m.quote.indexOf(m.text));
  const [start, end] = spanAround(m.quote, at, /;/g);
  return m.quote.slice(start, end);
}

/** How many paragraphs back a pointer to goals reaches, through paragraphs with figures ("Về bưu chính, …" then "Về viễn thông, …"). */
const REACH = 3;

/** Marks as goals the results of the paragraphs that the next one points back to as goals (in place): the paragraph right before
 *  and those before it that state figures too, up to REACH, stopping at one without figures. */
export function goalsNamedAfter(drafts: { metric: Omit<Metric, 'id' | 'baselineFor'> }[], paragraphs: readonly Segment[]): void {
  paragraphs.forEach((p, k) => {
    if (!pointsBackToGoals(p.text)) return;
    for (let j = k - 1; j >= Math.max(0, k - REACH); j--) {
      const before = paragraphs[j]!;
      const end = before.offset + before.text.length;
      const inside = drafts.filter((d) => d.metric.offset >= before.offset && d.metric.offset < end);
      if (inside.length === 0) break;
      for (const { metric: m } of inside) if (m.status === 'actual' && !NOW_OR_DONE.test(ownClause(m).toLowerCase())) m.status = 'target';
    }
  });
}
