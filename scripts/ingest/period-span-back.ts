/**
 * Round 24: a sentence that points back to the span of years the sentence before named ("… các năm từ 2020 đến 2024 lần
 * lượt là …. Trung bình, tỷ trọng … giai đoạn này đạt khoảng 7,29%/năm"): its figures are over that span, dated to its
 * first year as a span written in the sentence is ("bình quân giai đoạn 2020-2022"), not the year the paragraph carries. Pure.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { type DateMatch, findDates, periodOfDate } from './dates';
import { type PeriodFields, setPeriod } from './period-set';
import { isBaseline } from './period-baseline';
import { ENGLISH_HORIZON_WORDS } from './plan-scope';

/** Words that point back to a span: "giai đoạn này", "giai đoạn trên", "thời kỳ nói trên", "giai đoạn đó". */
const SPAN_BACK = /(?<![\p{L}\p{M}])(?:giai đoạn|thời kỳ)\s+(?:này|trên|nói trên|đó)(?![\p{L}\p{M}])/iu;

/** True when `at` stands inside an open bracket of `text`. */
const inBracket = (text: string, at: number) => text.lastIndexOf('(', at) > text.lastIndexOf(')', at);

/** True when a date covers several years ("từ 2020 đến 2024", "2021-2025"). */
const overYears = (d: DateMatch) => !!d.isoEnd && d.isoEnd.slice(0, 4) !== d.iso.slice(0, 4);

/**
 * The span of years `sentence` points back to (`SPAN_BACK`) when it names no date of its own (`own`): the last span of
 * years of the sentence before (`previous`), else (round 43) its first date that is no comparison's and stands in no bracket; undefined otherwise.
 */
export function spanPointedBack(sentence: string, own: readonly DateMatch[], previous: string | undefined): Period | undefined {
  if (own.length > 0 || previous === undefined || !SPAN_BACK.test(sentence)) return undefined;
  const dates = findDates(previous);
  const span = dates.filter(overYears).at(-1) ?? dates.find((d) => !d.iso.startsWith('0000') && !isBaseline(previous, d) && !inBracket(previous, d.start)); // round 43: "… trong năm 2023 là …, giảm 29% so với năm ngoái (… năm 2022). // … trong giai đoạn này …": the period reported first, not one compared
  return span ? periodOfDate(span) : undefined;
}

/** Gives the results and estimates of a sentence pointing back to a span (`spanPointedBack`) that span. */
export function spanBackPeriods(drafts: readonly { metric: PeriodFields & Pick<Metric, 'status'> }[], span: Period | undefined): void {
  if (!span) return;
  for (const { metric: m } of drafts) {
    if (m.status !== 'actual' && m.status !== 'estimate') continue;
    setPeriod(m, span);
  }
}

/** Review of round 61: an English sentence that opens by pointing back to a horizon ("By then, …", "By that time, …", "In that year, …",
 *  "By the end of the period, …"). */
const THEN_BACK = /^\s*(?:by\s+then|by\s+that\s+(?:time|year|date)|in\s+that\s+year|by\s+the\s+end\s+of\s+(?:that|the)\s+period)\s*,/iu;
/** The words of a horizon right before its date ("… until ", "… to ", "… by "). */
const HORIZON_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<!(?:compared|relative|similar|up|close|equal|vision|orientation|orientations|visions)\s+)${ENGLISH_HORIZON_WORDS}\s+$`, 'iu'); // plan-scope.ts' words; second review: not "compared to 2019", "a vision to 2030"

/**
 * The horizon an English `sentence` with no date of its own (`own`) points back to (`THEN_BACK`): the last date of the sentence before
 * (`previous`) written as a horizon ("The plan to 2025 was approved. By then, …" → 2025); undefined otherwise. A plan issued with its
 * horizon hands on no period (plan-scope.ts' `withoutPlanHorizons`), so the sentence that points back to it takes it here.
 */
export function horizonPointedBack(sentence: string, own: readonly DateMatch[], previous: string | undefined): Period | undefined {
  if (own.length > 0 || previous === undefined || !THEN_BACK.test(sentence)) return undefined;
  const horizon = findDates(previous).filter((d) => !d.iso.startsWith('0000') && HORIZON_BEFORE.test(previous.slice(0, d.start))).at(-1);
  return horizon ? periodOfDate(horizon) : undefined;
}

/** Gives the goals and forecasts of a sentence pointing back to a horizon (`horizonPointedBack`) that horizon (second review: not its results). */
export function horizonBackPeriods(drafts: readonly { metric: PeriodFields & Pick<Metric, 'status'> }[], horizon: Period | undefined): void {
  if (!horizon) return;
  for (const { metric: m } of drafts) if (m.status === 'target' || m.status === 'estimate') setPeriod(m, horizon); // second review: a result never takes a horizon
}
