/**
 * Round 20: a month written without its year after a year the clause names ("Dân số năm 2024 đạt 99 triệu người
 * vào tháng 1"): the month of that year, stated by the sentence (so it dates the figure and carries on). Pure.
 */
import type { DateMatch } from './dates';

/** "vào" / "trong" / "tại" right before the month. */
const AT_MONTH = /(?<![\p{L}\p{M}])(?:vào|trong|tại)\s*$/iu;

/**
 * The year of the yearless month `d` from a year of its own clause before it (no "," ";" ":" or bracket between, and
 * "vào" / "trong" / "tại" right before the month), when that year is no comparison (`isComparison`); undefined otherwise.
 */
export function yearOfClause(sentence: string, dates: readonly DateMatch[], d: DateMatch, isComparison: (s: string, x: DateMatch) => boolean): string | undefined {
  if (d.precision !== 'month' || d.isoEnd || !AT_MONTH.test(sentence.slice(0, d.start))) return undefined;
  const year = dates.filter((x) => x.end <= d.start && x.precision === 'year' && !x.isoEnd && !x.yearMissing && !isComparison(sentence, x)).at(-1);
  return year && !/[;:()]|,(?!\d)/u.test(sentence.slice(year.end, d.start)) ? year.iso.slice(0, 4) : undefined;
}

/**
 * The month after the figure `n` in its clause that narrows the year `pick` before it ("năm 2024 đạt 99 triệu người vào
 * tháng 1": January 2024, not the year), else `pick`.
 */
export function narrowedToMonth<D extends Pick<DateMatch, 'start' | 'end' | 'iso' | 'precision' | 'isoEnd'>>(sentence: string, inClause: readonly D[], pick: D | undefined, n: { end: number }): D | undefined {
  if (!pick || pick.precision !== 'year' || pick.isoEnd || pick.end > n.end) return pick;
  const month = inClause.find((d) => d.start >= n.end && d.precision === 'month' && !d.isoEnd && d.iso.startsWith(pick.iso.slice(0, 4)) && AT_MONTH.test(sentence.slice(0, d.start)) && !/[;:()]|,(?!\d)/u.test(sentence.slice(n.end, d.start)));
  return month ?? pick;
}

/** A contrast or a part singled out between the opening date and the day ("…, trong khi vào ngày 11/11 …", "riêng trong ngày 1/5 …"), or a
 *  day said recent after it ("ngày 1/5 vừa qua", "mới đây", "năm nay"): another time than the opening's. */
const OTHER_TIME_BETWEEN = /(?<![\p{L}\p{M}])(?:trong\s+khi|riêng|còn|nhưng|song)(?![\p{L}\p{M}])/iu;
const RECENT_AFTER = /^\s*(?:vừa\s+qua|mới\s+đây|năm\s+nay|tới|sắp\s+tới)(?![\p{L}\p{M}])/iu;

/** Round 64: "vào" / "trong" / "tại" right before a day written without its year ("… vào ngày 6/6 là 237 tỷ đồng"). */
const AT_DAY = /(?<![\p{L}\p{M}])(?:vào|trong|tại)\s*$/iu;

/**
 * The year of the yearless day `d` ("Năm 2024, doanh số … vào ngày 6/6 là …", "Đến cuối tháng 6/2024, … vào ngày 6/6 …") from the last
 * date with a year before it in the sentence (a year or a month, no comparison, no ";", ":" or bracket between) that opens the
 * sentence; undefined otherwise.
 */
export function yearBeforeDay(sentence: string, dates: readonly DateMatch[], d: DateMatch, isComparison: (s: string, x: DateMatch) => boolean): string | undefined {
  if (d.precision !== 'day' || !AT_DAY.test(sentence.slice(0, d.start))) return undefined;
  const stated = dates.filter((x) => x.end <= d.start && !x.yearMissing && (x.precision === 'year' || x.precision === 'month') && !isComparison(sentence, x)).at(-1);
  if (!stated || /[;:()]/u.test(sentence.slice(stated.end, d.start)) || OTHER_TIME_BETWEEN.test(sentence.slice(stated.end, d.start)) || RECENT_AFTER.test(sentence.slice(d.end))) return undefined;
  const opens = stated.start < 40 && !/[,;:\d]/u.test(sentence.slice(0, stated.start)); // the sentence's opening frame, not a plan's year in passing ("kế hoạch năm 2026 diễn ra vào ngày 26-12")
  return opens ? stated.iso.slice(0, 4) : undefined;
}
