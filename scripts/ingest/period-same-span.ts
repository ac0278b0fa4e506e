/**
 * Round 29c: a figure dated only by its comparison "cùng kỳ năm 2022" (`period-compared.ts` gives it the year after,
 * 2023) continues the report of the span read just before it: when the last figure before it was of a quarter, a half,
 * a month or months of that year ("Trong quý 1/2023, doanh thu đạt … . Số doanh nghiệp là 95 (tăng 4% so với cùng kỳ
 * năm 2022)"), the same span ("cùng kỳ") is meant, not the whole year. Pure but for the metrics it dates.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { setPeriod } from './period-set';

/** The fields of a metric this pass reads and sets. */
type Dated = Pick<Metric, 'status' | 'period' | 'quote' | 'reasons' | 'confidence'>;

/** "cùng kỳ 2022", "cùng kỳ năm 2022": the year compared with. */
const SAME_SPAN_YEAR = /(?<![\p{L}\p{M}])cùng\s+k[ỳì](?:\s+năm)?\s+((?:19|20)\d\d)(?!\d)/giu;

/** True when `m`'s whole year comes only from a "cùng kỳ" comparison with the year before: its sentence never writes the year. */
function datedByComparison(m: Dated): boolean {
  const p = m.period;
  if (!p || p.precision !== 'year' || p.isoEnd || m.quote.includes(p.iso)) return false;
  return [...m.quote.matchAll(SAME_SPAN_YEAR)].some((x) => Number(x[1]) + 1 === Number(p.iso));
}

/** A span shorter than a year, within one year: a quarter, a half, a month, months from January. */
function isPartOfYear(p: Period): boolean {
  return p.precision !== 'year' && p.precision !== 'day' && (!p.isoEnd || p.isoEnd.slice(0, 4) === p.iso.slice(0, 4));
}

/** Gives every figure dated only by "cùng kỳ" the span of its year read last before it (module comment), then its baselines that span a year earlier (`sameSpanBaselines`). */
export function sameSpanPeriods(drafts: readonly { metric: Dated; claim?: number }[]): void {
  let span: Period | undefined;
  for (const { metric: m } of drafts) {
    if (!m.period || m.status === 'baseline') continue;
    if (datedByComparison(m)) {
      if (span && span.iso.startsWith(m.period.iso) && (m.status === 'actual' || m.status === 'estimate')) setPeriod(m, span);
      continue;
    }
    span = isPartOfYear(m.period) ? m.period : undefined;
  }
  sameSpanBaselines(drafts);
}

/**
 * Round 33: a baseline in brackets after "cùng kỳ năm Y" ("…, cao hơn cùng kỳ năm 2022 (47,1%)") dated the whole
 * year Y while its claim's span was still unknown, once the claim is dated to a part of year Y + 1 ("11 tháng" of 2022), is
 * that part of year Y, as a baseline dated with its claim already is (`sameSpanOfYear`).
 */
function sameSpanBaselines(drafts: readonly { metric: Dated; claim?: number }[]): void {
  for (const { metric: m, claim } of drafts) {
    const own = m.period;
    const of = claim === undefined ? undefined : drafts[claim]?.metric.period;
    if (m.status !== 'baseline' || !own || !of || own.precision !== 'year' || own.isoEnd || !isPartOfYear(of)) continue;
    if (Number(of.iso.slice(0, 4)) !== Number(own.iso) + 1 || ![...m.quote.matchAll(SAME_SPAN_YEAR)].some((x) => x[1] === own.iso)) continue;
    const move = (iso: string) => own.iso + iso.slice(4);
    setPeriod(m, { iso: move(of.iso), precision: of.precision, ...(of.isoEnd ? { isoEnd: move(of.isoEnd) } : {}), ...(own.text ? { text: own.text } : {}) });
  }
}
