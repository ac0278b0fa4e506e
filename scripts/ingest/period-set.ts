/**
 * Giving a metric a period found by a page-level rule (a carried, reviewed or pointed-back period): the period is
 * set, the "no-period" review reason goes, and the confidence follows the reasons left. Pure but for the metric.
 */
import type { Metric, Period } from '../../src/schemas/metric';

/** The fields of a metric a period rule sets. */
export type PeriodFields = Pick<Metric, 'period' | 'reasons' | 'confidence'>;

/** Sets `period` on `m`, drops its "no-period" reason and makes it high confidence when no reason is left. */
export function setPeriod(m: PeriodFields, period: Period): void {
  m.period = period;
  m.reasons = m.reasons.filter((r) => r !== 'no-period');
  m.confidence = m.reasons.length ? 'low' : 'high';
}

/** Session 40: takes the period off `m`, with the "no-period" review reason when `flagged` (a goal's, or any figure's on an undated page, as
 *  `metric-draft.ts` gives a figure found with none), and the confidence following the reasons. */
export function clearPeriod(m: PeriodFields, flagged: boolean): void {
  delete m.period;
  if (flagged && !m.reasons.includes('no-period')) m.reasons = [...m.reasons, 'no-period'];
  m.confidence = m.reasons.length ? 'low' : 'high';
}

/** A whole year as a period, its written form the year ("2025"). */
export function yearPeriod(year: number | string): Period {
  const y = String(year);
  return { iso: y, precision: 'year', text: y };
}
