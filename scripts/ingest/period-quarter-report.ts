/**
 * A quarter's report ("Hội nghị giao ban … quý 3/2025", `period-review.ts`): a figure whose paragraph names no period is
 * the quarter's, not the point ("Đến tháng 8/2025, …") or the months so far ("9 tháng đầu năm, …") an earlier paragraph
 * opened on (`openedBefore`) and the sentence walk carried to it. Pure but for the metrics.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { setPeriod } from './period-set';

/** The fields of a metric this pass reads and sets. */
type Dated = Pick<Metric, 'status' | 'period' | 'offset' | 'reasons' | 'confidence'>;

/** The number of a month "YYYY-MM", or NaN for a year. */
function monthOf(iso: string): number {
  return iso.length === 7 ? Number(iso.slice(5, 7)) : Number.NaN;
}

/**
 * True when `p` is a month inside `quarter`, or the months from January to one inside a later quarter ("9 tháng đầu năm"
 * for the third; the first quarter's months from January are its own sum, "lũy kế … đến hết tháng 3", and stay).
 */
export function withinQuarter(p: Period, quarter: Period): boolean {
  if (p.precision !== 'month' || p.iso.slice(0, 4) !== quarter.iso.slice(0, 4)) return false;
  const first = monthOf(quarter.iso);
  const end = monthOf(p.isoEnd ?? p.iso);
  const runsFromJanuary = p.isoEnd === undefined || (monthOf(p.iso) === 1 && first > 1);
  return runsFromJanuary && end >= first && end < first + 3;
}

/** How far into its sentence a period may open it ("Tính đến hết tháng 8/2025, …"): a point or the months so far the walk hands on. */
const OPENING = 20;

/** True when the paragraph before `own` that names `text` last opens a sentence on it (not a lead-in's "… tại tháng 1 năm 2024:"). */
function openedBefore(paragraphs: readonly { text: string; offset: number }[], own: { offset: number }, text: string): boolean {
  const source = paragraphs.filter((p) => p.offset < own.offset && p.text.includes(text)).at(-1);
  const at = source ? source.text.indexOf(text) : -1;
  if (at < 0) return false;
  const opening = source!.text.slice(0, at).split(/[.!?]\s+/u).at(-1)!;
  return opening.length <= OPENING && !/[,;:]/u.test(opening);
}

/** Gives the figures of a quarter's report that carried a month of it from another paragraph the quarter (module comment). */
export function quarterReportPeriods(drafts: readonly { metric: Dated }[], paragraphs: readonly { text: string; offset: number }[], review: { period: Period } | undefined): void {
  const quarter = review?.period;
  if (quarter?.precision !== 'quarter' || quarter.isoEnd) return;
  for (const { metric: m } of drafts) {
    if (!m.period?.text || (m.status !== 'actual' && m.status !== 'estimate') || !withinQuarter(m.period, quarter)) continue;
    const own = paragraphs.find((p) => m.offset >= p.offset && m.offset < p.offset + p.text.length);
    if (own && !own.text.includes(m.period.text) && openedBefore(paragraphs, own, m.period.text)) setPeriod(m, quarter);
  }
}
