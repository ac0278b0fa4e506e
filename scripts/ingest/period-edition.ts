/**
 * A ranking edition reviewed in a later year's report (round 19): "Năm 2022 ngành … đẩy mạnh …. Nhờ đó, Chỉ số
 * DTI của tỉnh năm 2021 xếp thứ 41/63, tăng 13 bậc so với năm 2020." The index's year dates its own ranks, but the
 * results the report gives after it are of the report's year, which stays the current period. Pure.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { editionYear } from './period-carry';
import { setPeriod } from './period-set';
import { yearBefore } from './period-shift';

/** Units of a ranking's figures: a rank, a rank's move, a score. */
const RANKING_UNITS = new Set(['rank', 'index', 'points']);

/**
 * The period the later paragraphs of an undated page take (`metrics.ts`'s `latest`) when the sentence's own (`set`) is a ranking edition's year: the
 * current one (`current`) when that is a later year and the sentence gave only ranking figures (`units`) and names the
 * edition by its year ("Chỉ số … năm 2021", "DTI 2021"); else `set` as it is.
 */
export function pastEditionHandOn(set: Period | null | undefined, current: Period | undefined, sentence: string, units: readonly Metric['unit'][]): Period | null | undefined {
  if (!set || !current || set.precision !== 'year' || set.isoEnd || units.length === 0 || !units.every((u) => RANKING_UNITS.has(u))) return set;
  const year = set.iso.slice(0, 4);
  return Number(current.iso.slice(0, 4)) > Number(year) && editionYear(sentence) === year ? current : set;
}

/**
 * Round 29c: a rank a ranking's move starts from with no date of its own ("tăng 5 bậc (từ vị trí 30 lên 25)" in a page
 * on the 2023 edition) is the edition before: the year before its claim's year. Ranks are yearly editions, so the start
 * of a year-on-year move is last year's. Changes the metrics in place.
 */
export function rankStartPeriods(drafts: readonly { metric: Pick<Metric, 'unit' | 'status' | 'period' | 'reasons' | 'confidence'>; claim?: number }[]): void {
  for (const d of drafts) {
    const claim = d.claim === undefined ? undefined : drafts[d.claim]?.metric.period;
    if (d.metric.unit !== 'rank' || d.metric.status !== 'baseline' || d.metric.period || claim?.precision !== 'year' || claim.isoEnd) continue;
    setPeriod(d.metric, yearBefore(claim));
  }
}
