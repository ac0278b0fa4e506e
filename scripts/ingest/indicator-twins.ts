/**
 * A figure the page states twice: once with the words that name its series and once without
 * ("… xuất khẩu mặt hàng này đạt 21,6 tỷ USD …" before "… kim ngạch xuất khẩu điện tử, máy tính và
 * linh kiện đạt 21,6 tỷ USD …"). The bare statement takes the named one's series when both give the
 * same value, unit, kind, status and period, the value is specific enough not to repeat by chance
 * (`isSpecificValue`; a percentage, which two growths of one report share more easily, needs four
 * significant digits or another figure of its sentence restated beside its twin, `hasCoTwin`), and every
 * named twin agrees on the series. Runs once every sentence has its
 * drafts (metrics.ts). Pure but for the drafts it is given, which it changes in place.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import type { Metric } from '../../src/schemas/metric';

type TwinDraft = { metric: Omit<Metric, 'id' | 'baselineFor'>; series?: string };

/** The significant digits of a value as written in full (21600000000 → 3, 68.54 → 4, 0.05 → 1). */
export function significantDigits(value: number): number {
  return String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** A value two unrelated figures of one page are unlikely to share: three significant digits, four for a percentage. */
export function isSpecificValue(value: number, unit: string): boolean {
  return significantDigits(value) >= (unit === 'percent' ? 4 : 3);
}

/** Whether two drafts state the same figure for the same span. */
function sameFigure(a: TwinDraft['metric'], b: TwinDraft['metric']): boolean {
  return a.value === b.value && a.unit === b.unit && a.kind === b.kind && a.status === b.status
    && (a.direction ?? 'up') === (b.direction ?? 'up') && a.period?.iso === b.period?.iso && a.period?.isoEnd === b.period?.isoEnd;
}

/** Whether another figure of `d`'s sentence is restated in `t`'s sentence too ("21,6 tỷ USD, tăng 34,9%" twice). */
export function hasCoTwin(d: TwinDraft, t: TwinDraft, drafts: readonly TwinDraft[]): boolean {
  const beside = drafts.filter((x) => x !== t && x.metric.quote === t.metric.quote);
  return drafts.some((x) => x !== d && x.metric.quote === d.metric.quote && isSpecificValue(x.metric.value, '') && beside.some((y) => sameFigure(x.metric, y.metric)));
}

/** Gives each unassigned figure the series its restated twin names (in place). */
export function restatedTwinSeries(drafts: TwinDraft[], indicators: readonly Indicator[]): void {
  for (const d of drafts) {
    if (d.metric.indicator || d.series || d.metric.status === 'baseline' || !isSpecificValue(d.metric.value, '')) continue;
    const twins = drafts.filter((t) => t !== d && t.metric.indicator && t.metric.quote !== d.metric.quote && sameFigure(d.metric, t.metric));
    const named = new Set(twins.filter((t) => isSpecificValue(d.metric.value, d.metric.unit) || hasCoTwin(d, t, drafts)).map((t) => t.metric.indicator!));
    if (named.size !== 1) continue;
    const ind = indicators.find((x) => x.id === [...named][0]);
    if (!ind) continue;
    d.metric.indicator = ind.id;
    d.metric.topic = ind.topic;
  }
}

/** The most figures a sentence pairing scores with places may hold ("Với 0,5064 điểm và 0,4880 điểm, … thứ hạng 6 và 12 …"). */
const MAX_RANKED_FIGURES = 4;

/**
 * Round 47: a score told beside a place in the same ranking, in one sentence ("Với 0,5064 điểm và 0,4880 điểm, Ninh Bình và Thanh Hóa
 * đã lần lượt đứng ở thứ hạng 6 và 12 trong bảng xếp hạng chuyển đổi số (DTI) cấp tỉnh năm 2021"): the ranking's score series, when the
 * catalogue has one beside the rank's (`<ranking>-rank` → `<ranking>-score`) and it takes the score's unit; only when every rank of the
 * sentence with a series names the same ranking, and for the same period. In place.
 */
export function scoresOfRankedSeries(drafts: TwinDraft[], indicators: readonly Indicator[]): void {
  for (const d of drafts) {
    if (d.metric.indicator || d.series || d.metric.kind !== 'index' || d.metric.status === 'baseline' || d.metric.direction) continue; // a score's move ("cao hơn 0,04 điểm"), no score
    if (drafts.filter((t) => t.metric.quote === d.metric.quote).length > MAX_RANKED_FIGURES) continue; // a table's row run into one line names no pairing
    const ranks = drafts.filter((t) => t.metric.quote === d.metric.quote && t.metric.unit === 'rank' && t.metric.indicator?.endsWith('-rank') && t.metric.period?.iso === d.metric.period?.iso);
    const ids = new Set(ranks.map((t) => t.metric.indicator!.replace(/-rank$/u, '-score')));
    const ind = ids.size === 1 ? indicators.find((x) => x.id === [...ids][0]) : undefined;
    if (!ind || !ind.units.includes(d.metric.unit)) continue;
    d.metric.indicator = ind.id;
    d.metric.topic = ind.topic;
  }
}
