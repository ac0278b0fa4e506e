/**
 * A headline or a caption line repeats a figure the body states in full, and drops its hedge: "71.500 doanh nghiệp
 * công nghệ số …" over the lead's "ước đạt 71.500 doanh nghiệp". A short line (a headline, a caption, at most
 * `SHORT_WORDS` words) whose figure is the one an estimate of the body gives (same value and unit, the only such
 * figure below) takes the estimate's status. Pure.
 */
import type { Metric } from '../../src/schemas/metric';

const SHORT_WORDS = 20;

type Figure = Pick<Metric, 'value' | 'unit' | 'status' | 'offset'>;

/** Gives the figures of short lines that repeat a body's estimate that status (see the module comment). */
export function restatedEstimates(drafts: readonly { metric: Figure }[], paragraphs: readonly { text: string; offset: number }[]): void {
  const short = paragraphs.filter((p) => p.text.trim().split(/\s+/u).length <= SHORT_WORDS);
  const inShort = (m: Figure) => short.some((p) => m.offset >= p.offset && m.offset < p.offset + p.text.length);
  const body = drafts.map((d) => d.metric).filter((m) => !inShort(m));
  for (const { metric } of drafts) {
    if (metric.status !== 'actual' || !inShort(metric)) continue;
    const twins = body.filter((b) => b.value === metric.value && b.unit === metric.unit);
    if (twins.length === 1 && twins[0]!.status === 'estimate') metric.status = 'estimate';
  }
}
