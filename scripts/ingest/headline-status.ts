/**
 * Round 43: a headline that states a goal as if it were done ("Cuối năm 2022: 75% các hộ gia đình Việt Nam có internet cáp
 * quang", above "Kế hoạch … đặt mục tiêu … trong năm 2022, tỷ lệ hộ gia đình … đạt 75%"). A headline summarises its body:
 * when every figure below that states the headline's figure again (same value, unit and period) is a goal, the headline's is
 * that goal too. The headline printed again as the first body paragraph is read as the headline. A section's heading that
 * states the goal of the paragraphs under it ("100% dân số được phủ sóng mạng di động" over "… phấn đấu …; 100% dân số được
 * phủ sóng bởi mạng di động") is read the same way against the paragraph right below it (`subheadingGoals`). Pure but for the
 * drafts it is given, which it changes in place.
 */
import type { Metric } from '../../src/schemas/metric';
import { isSubheadingLine } from './period-subheading';

/** The fields of a metric this rule reads and sets. */
type HeadlineMetric = Pick<Metric, 'status' | 'value' | 'unit' | 'period' | 'offset'>;

/** A paragraph: its text and where it starts in the article. */
interface Paragraph { text: string; offset: number }

/** True when two figures state the same value, unit and period. */
const sameFigure = (a: HeadlineMetric, b: HeadlineMetric) => a.value === b.value && a.unit === b.unit && (a.period?.iso ?? '') === (b.period?.iso ?? '');

/** Makes a headline's result a goal when the figures below that restate it are all goals (see the module comment). */
export function headlineGoals(drafts: readonly { metric: HeadlineMetric }[], headline: Paragraph, body: readonly Paragraph[]): void {
  const copies = [headline, ...body.filter((p) => p.text.trim() === headline.text.trim())];
  const inside = (m: HeadlineMetric) => copies.some((p) => m.offset >= p.offset && m.offset < p.offset + p.text.length);
  const inBody = (m: HeadlineMetric) => body.some((p) => m.offset >= p.offset && m.offset < p.offset + p.text.length);
  const below = drafts.map((d) => d.metric).filter((m) => !inside(m) && inBody(m));
  for (const { metric: m } of drafts) {
    if (!inside(m) || m.status !== 'actual') continue;
    const twins = below.filter((b) => sameFigure(m, b));
    if (twins.length > 0 && twins.every((b) => b.status === 'target')) m.status = 'target';
  }
}

/** `headlineGoals` for every subheading line after the first paragraph (`isSubheadingLine`, as `period-subheading.ts` reads them) over a body paragraph: its body is that paragraph. */
export function subheadingGoals(drafts: readonly { metric: HeadlineMetric }[], paragraphs: readonly Paragraph[]): void {
  paragraphs.forEach((p, k) => {
    const below = paragraphs[k + 1];
    if (k > 0 && below && isSubheadingLine(p.text) && !isSubheadingLine(below.text)) headlineGoals(drafts, p, [below]);
  });
}
