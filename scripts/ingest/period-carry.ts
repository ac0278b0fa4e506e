/**
 * Periods a number takes from outside its sentence and paragraph (`metrics.ts` sets the paragraph's
 * "current period"): the horizon of the goal list it continues, and the year of the ranking edition
 * an article reports. Pure.
 */
import type { Metric, Period } from '../../src/schemas/metric';

/** The fields of a metric these rules read and set. */
type CarriedMetric = Pick<Metric, 'status' | 'period' | 'unit' | 'reasons' | 'confidence'>;

/**
 * The horizon of the goal list a goal without a period continues: the period of the last goal
 * before it, if only goals stand between them ("Đến năm 2025, tỉnh phấn đấu … 20% GRDP. … Theo đó,
 * 80% người dân …"). A result in between ends the list.
 */
export function horizonBefore(drafts: readonly { metric: Pick<Metric, 'status' | 'period'> }[]): Period | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const m = drafts[k]!.metric;
    if (m.status !== 'target') return undefined;
    if (m.period) return m.period;
  }
  return undefined;
}

/** A ranking named with its edition's year ("GII 2024", "DTI 2023", "EGDI 2024"): an acronym of capitals, then a year. */
const EDITION = /(?<![\p{L}\p{M}\p{N}])\p{Lu}{2,6}\s+((?:19|20)\d\d)(?![\p{L}\p{M}\p{N}])/gu;

/** The year of the one ranking edition an article names ("Báo cáo GII 2024"), or undefined when it names none or several years. */
export function editionYear(text: string): string | undefined {
  const years = new Set([...text.matchAll(EDITION)].map((m) => m[1]!));
  return years.size === 1 ? [...years][0] : undefined;
}

/** Ranks and rank moves with no period take the year of the edition the article reports (`editionYear`). */
export function editionPeriods(drafts: readonly { metric: CarriedMetric }[], year: string | undefined): void {
  if (!year) return;
  for (const d of drafts) {
    const m = d.metric;
    if (m.unit !== 'rank' || m.period || m.status !== 'actual') continue;
    m.period = { iso: year, precision: 'year', text: year };
    m.reasons = m.reasons.filter((r) => r !== 'no-period');
    m.confidence = m.reasons.length ? 'low' : 'high';
  }
}
