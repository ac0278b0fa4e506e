/**
 * Round 29c: a subheading that states a figure of the section under it ("Mảng viễn thông: doanh thu tăng 9%" above
 * "Doanh thu viễn thông trong quý I ước đạt …, tăng 9% …"): a short line with no period of its own gives its figure
 * the period of the same figure (value and unit) in the paragraph right below it. Pure but for the metrics it dates.
 */
import type { Metric } from '../../src/schemas/metric';
import { setPeriod } from './period-set';

/** The fields of a metric this rule reads and sets. */
type Dated = Pick<Metric, 'period' | 'value' | 'unit' | 'offset' | 'reasons' | 'confidence'>;

/** Longest line read as a subheading. */
const SHORT = 150;

/** True when `text` is a short line that ends with no sentence mark: a subheading, not a paragraph of the body. */
export function isSubheadingLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= SHORT && !/[.!?;:…]$/u.test(t);
}

/** Dates the undated figures of every subheading line (from paragraph `from` on) by their twins in the paragraph below it. */
export function subheadingPeriods(drafts: readonly { metric: Dated }[], paragraphs: readonly { text: string; offset: number }[], from: number): void {
  const inside = (m: Dated, p: { text: string; offset: number }) => m.offset >= p.offset && m.offset < p.offset + p.text.length;
  for (let k = from; k + 1 < paragraphs.length; k++) {
    const [line, below] = [paragraphs[k]!, paragraphs[k + 1]!];
    if (!isSubheadingLine(line.text) || isSubheadingLine(below.text)) continue;
    for (const d of drafts) {
      if (d.metric.period || !inside(d.metric, line)) continue;
      const twin = drafts.find((x) => inside(x.metric, below) && x.metric.period && x.metric.value === d.metric.value && x.metric.unit === d.metric.unit);
      if (twin) setPeriod(d.metric, twin.metric.period!);
    }
  }
}
