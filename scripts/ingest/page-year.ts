/**
 * The year a page reports on when a sentence names a quarter, a half or months without one ("Trong Quý I,
 * …"): the first single year the page states. A span of years that names a term or a stage ("nhiệm kỳ
 * 2020 - 2025", "giai đoạn 2021-2025") frames the report but is not its year: its first year is used only
 * when the page states no single year at all. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import { type DateMatch, findDates, isTargetDate, periodOfDate } from './dates';
import { isPlanNameDate } from './plan-scope';
import { firstStatedYear } from './period-carry';
import { isPlanYear } from './period-baseline';
import { isVisionYear } from './goal-frame';
import { eventNames, isEventNameYear } from './period-event-name';
import { beforeYearToDay } from './period-year-to-date';

/** True when a date match spans several years ("2020 - 2025", "giai đoạn 2021-2025"). */
function spansYears(d: { iso: string; isoEnd?: string }): boolean {
  return !!d.isoEnd && d.isoEnd.slice(0, 4) !== d.iso.slice(0, 4);
}

/** `text` with every span of years blanked (same length, so nothing else moves). */
function withoutSpans(text: string): string {
  return blank(text, findDates(text).filter(spansYears));
}

/** True when the date `d` of `text` is a goal's: a deadline or horizon (`isTargetDate`) or the horizon a plan is named with (`isPlanNameDate`). */
export function isGoalDate(text: string, d: DateMatch): boolean {
  return isTargetDate(text, d) || isPlanNameDate(text, d);
}

/** True when the date `d` of `text` is a goal's year or span, not a deadline set to a day or a month ("trước 30/6/2027"). */
export function isHorizonYear(text: string, d: DateMatch): boolean {
  return d.precision !== 'day' && d.precision !== 'month' && isGoalDate(text, d);
}

/**
 * The year an undated page's event day without a year ("Ngày 15-10, …") is in: the first single year the page states
 * that is no goal's (`isGoalDate`: "Kế hoạch … đến năm 2030", "mục tiêu … trong năm 2025") nor a year's plan's (`isPlanYear`:
 * "hội nghị triển khai kế hoạch năm 2026 diễn ra ngày 26-12"), else the year of the first
 * deadline set to a day or a month ("trước 30/9/2025": set in the months before it, unlike a year's horizon), else undefined.
 */
export function eventYear(pageText: readonly string[]): string | undefined {
  const paragraphs = withoutEventNames(pageText);
  const goals = paragraphs.map((p) => findDates(p).filter((d) => isGoalDate(p, d) || isPlanYear(p, d))); // a year's plan is set before it
  const stated = firstStatedYear(paragraphs.map((p, k) => blank(withoutSpans(p), goals[k]!)));
  const deadline = goals.flat().find((d) => (d.precision === 'day' || d.precision === 'month') && !d.isoEnd && !d.yearMissing && !d.iso.startsWith('0000'));
  return stated ?? deadline?.iso.slice(0, 4);
}

/** `text` with the given dates blanked (same length). */
function blank(text: string, dates: readonly DateMatch[]): string {
  return dates.reduce((out, d) => out.slice(0, d.start) + ' '.repeat(d.end - d.start) + out.slice(d.end), text);
}

/** A vision after a date ("giai đoạn 2022-2025, tầm nhìn đến năm 2030"): the date is a plan's phase. */
const VISION_AFTER = /^\s*,?\s*(?:và\s+)?(?:tầm nhìn|định hướng)\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?(?:19|20)\d\d/iu;

/** A same-period comparison with a year ("so với cùng kỳ năm 2021", "cùng kỳ 2021"): the figures beside it are of the year after. */
const SAME_PERIOD_YEAR = /(?<![\p{L}\p{M}])cùng\s+kỳ\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)/giu;

/**
 * Round 43: the year an undated page reports on, read from its same-period comparisons (the latest year compared, plus one:
 * "… 6 tháng đầu năm nay … tăng hơn 2 lần so với cùng kỳ năm 2021" reports on 2022) when that is later than the first year the
 * page states (`pageYear`: "Kể từ khi khai trương vào tháng 11/2019 …" names no year it reports on). Undefined otherwise.
 */
export function comparedPageYear(pageText: readonly string[], stated: string | undefined): string | undefined {
  const years = pageText.flatMap((p) => [...p.matchAll(SAME_PERIOD_YEAR)].map((m) => Number(m[1])));
  if (years.length === 0) return undefined;
  const year = Math.max(...years) + 1;
  return stated === undefined || year > Number(stated) ? String(year) : undefined;
}

/**
 * The page's year (`firstStatedYear`), read past spans of years (their first year only when no single year is stated), past
 * an event's name's year (`period-event-name.ts`) and (round 33) past a cited plan's name, a vision and the phase a vision
 * follows ("Đề án 06 … giai đoạn 2022-2025, tầm nhìn đến năm 2030"): a page that names no other year has none.
 */
export function pageYear(pageText: readonly string[]): string | undefined {
  const paragraphs = withoutEventNames(pageText).map((p) => blank(p, findDates(p).filter((d) => isPlanNameDate(p, d) || isVisionYear(p, d) || VISION_AFTER.test(p.slice(d.end)))));
  return firstStatedYear(paragraphs.map(withoutSpans)) ?? firstStatedYear(paragraphs);
}

/** The paragraphs with the years of events' names blanked ("Diễn đàn … 2025": no year the page reports on). */
function withoutEventNames(paragraphs: readonly string[]): string[] {
  const names = eventNames(paragraphs);
  return paragraphs.map((p) => blank(p, findDates(p).filter((d) => isEventNameYear(p, d, names))));
}

/**
 * A quarter, a half or months from January opening a sentence, before any figure ("Trong Quý I, …", "6 tháng đầu năm, …"),
 * after a lead-in at most (round 31g: a source, "Theo số liệu của Cục Thống kê, 6 tháng đầu năm, …"; a linking phrase,
 * "Đáng chú ý, trong quý I …").
 */
const OPENING_SPAN = /^\s*(?:(?:theo\s[^,;:]{1,60}|cụ\s+thể|đáng\s+chú\s+ý|bên\s+cạnh\s+đó|ngoài\s+ra|nhìn\s+chung|nhìn\s+lại)\s*,\s*){0,2}(?:(?:trong|tính\s+(?:riêng\s+)?(?:trong\s+)?|lũy\s+kế|luỹ\s+kế|kết\s+thúc)\s+)?$/iu;

/**
 * The period a sentence opening on a quarter, a half or months written without a year sets for the
 * sentences after it ("Trong Quý I Đảng bộ … tập trung …. Kết quả, … 974 tỷ đồng"), its year taken from
 * the page (`dates` already filled by `fillMissingYears`); a sentence opening on a sum from the start of the year to a day
 * with no year (`beforeYearToDay`) sets that day (round 51; round 31g set its year). Undefined when the sentence opens otherwise or no year could be given.
 */
export function openingUndatedPeriod(sentence: string, dates: readonly DateMatch[]): Period | undefined {
  const d = dates[0];
  if (!d || !d.yearMissing || d.iso.startsWith('0000') || /\d/u.test(sentence.slice(0, d.start))) return undefined;
  const before = sentence.slice(0, d.start);
  const lead = beforeYearToDay(sentence, d);
  if (lead !== undefined && OPENING_SPAN.test(lead)) return periodOfDate(d);
  if (!['quarter', 'half', 'month'].includes(d.precision) || !OPENING_SPAN.test(before)) return undefined;
  return periodOfDate(d);
}

/** The year a date without one takes from the current period: the page's (`pageYear`) when that period spans several years ("nhiệm kỳ 2020 - 2025"). */
export function fallbackYear(current: Period | undefined, page: string | undefined): string | undefined {
  return current && !spansYears(current) ? current.iso.slice(0, 4) : page ?? current?.iso.slice(0, 4);
}

/**
 * The year a yearless day or month takes when the report has moved on past a year's end: the current period is a month
 * or a day of year Y, the page's year is Y + 1 and every yearless date of the sentence (`found`) falls in an earlier month
 * ("… tháng cuối năm 2025 …. Tính đến 23/2, …" on a page of 2026: 23/2/2026). Undefined otherwise (`fallbackYear` decides).
 */
export function forwardYear(current: Period | undefined, page: string | undefined, found: readonly DateMatch[]): string | undefined {
  if (!current || !page || (current.precision !== 'month' && current.precision !== 'day') || Number(page) !== Number(current.iso.slice(0, 4)) + 1) return undefined;
  const month = Number((current.isoEnd ?? current.iso).slice(5, 7));
  const missing = found.filter((d) => d.yearMissing && d.iso.startsWith('0000'));
  return missing.length > 0 && missing.every((d) => Number(d.iso.slice(5, 7)) < month) ? page : undefined;
}
