/**
 * The period a number refers to, chosen among the date expressions of its sentence (`dates.ts`) and
 * the period an earlier sentence of the paragraph has set. Pure.
 *
 *  - A date after "so với" (or "so năm …"), "từ mức …", "cùng kỳ" is the baseline of a comparison, never the period
 *    ("tăng 5 bậc so với năm 2020", "tăng 26% so với cùng kỳ năm 2023") (`period-baseline.ts`).
 *  - A date inside a parenthesis is the period only of the numbers inside it
 *    ("(2022 đạt 28%, 2023 đạt 19%), cao gấp 3,5 lần").
 *  - Order: a date attached right after the number ("23,1% vào năm 2021", "5,01% của GDP năm 2024", "1.506 thôn giai
 *    đoạn 2022-2023"; another number's own date is never this one's, `period-owner.ts`),
 *    else the nearest date before the number in its `;`-clause, else the nearest after it there,
 *    else the nearest before it in the sentence, else the paragraph's (`inheritablePeriod`).
 *  - "tăng từ mức 3% lên 13,5%" over "giai đoạn 2022 - 2024": the first value is the start year's,
 *    the second the end year's.
 */
import type { Period } from '../../src/schemas/metric';
import { periodOfDate, type DateMatch } from './dates';
import { isVisionYear } from './goal-frame';
import { clauseSpan, parenAround, type Span } from './items';
import { isBaseline, isComparison, isPlanSpanMet, isSpanPlanBracket } from './period-baseline';
import { closingPointDate, isPointDay, isPointInTime } from './period-point';
import { attachedByNoun, changedFigureDate, closesRankField, isSeriesPoint, opensLaterItem, ownedByOther, splitYearPairs } from './period-owner';
import { isLaunchDate, isSince, isStreakSpan, isYearSoFar, startsSpanToNow, isMoveStartSince } from './period-since';
import { isSchoolYear } from './period-school';
import { isPhaseBracket } from './goal-phase';
import { narrowedToMonth, yearBeforeDay, yearOfClause } from './period-month-of-year';
import { opensOnSpan } from './period-opening';
import { beforeYearToDay } from './period-year-to-date';

export { isSince } from './period-since';

export { respectiveMonths, respectiveYears, spreadRespectively } from './period-respective';
import { isSpreadSpan } from './period-respective';

/** A period and where it was found. */
export interface FoundPeriod {
  period: Period;
  /** clause: in the number's `;`-clause; sentence: elsewhere in its sentence; paragraph: set by an earlier sentence. */
  from: 'clause' | 'sentence' | 'paragraph';
}

/** What may stand between a number and a date that is its own ("23,1% vào năm 2021", "5,01% của GDP năm 2024"). */
const ATTACHED = /^\s*(?:vào|trong|của|tại|ở)(?:\s+[^\s,;()\d]+){0,3}\s*$/u;

/** The start of a move before its number: "từ (mức) 30% năm 2022 lên …". */
const MOVE_START_BEFORE = /(?<![\p{L}\p{M}])từ(?:\s+(?:mức|khoảng|gần|hơn|trên|dưới))?\s*$/u;

/**
 * True when the date `d` is the number's own: after words of `ATTACHED`, or right after it closing the item ("vị trí 44 năm
 * 2021, 48 năm 2022"; not "10% năm 2023 đạt 20%"), or right after a move's start before "lên"/"xuống" ("từ 30% năm 2022 lên
 * 60%": the start's year, whatever year opens the sentence).
 */
function attachedDate(sentence: string, d: DateMatch, n: Span): boolean {
  const gap = sentence.slice(n.end, d.start);
  if (/^\s+$/u.test(gap) && /^\s+(?:lên|xuống)\s/u.test(sentence.slice(d.end)) && MOVE_START_BEFORE.test(sentence.slice(Math.max(0, n.start - 16), n.start))) return true;
  return ATTACHED.test(gap) || (/^\s+$/u.test(gap) && !OPENS_NEXT_FIGURE.test(sentence.slice(d.end)));
}

/**
 * After a date written right after a number: a verb of a figure ("10% năm 2023 đạt 20%", "… năm 2022 là 8%") makes the
 * date the next figure's; anything else leaves it the number's own ("6 tỷ USD năm 2020 với khoảng 150.000 lao động", round 36;
 * before, only an item's end after it: ",", ";", ".", ")", "và").
 */
const OPENS_NEXT_FIGURE = /^\s*(?:(?:đã|mới|chỉ|cũng|sẽ|ước|dự kiến)\s+)*(?:đạt|là|tăng|giảm|chiếm|lên|xuống|còn|có|ở mức|với mức|khoảng|gần|hơn|trên|dưới)(?![\p{L}\p{M}])|^[^,;.()\p{L}]*\d/iu;

/**
 * True when the parenthesis holds nothing but the date: "tốc độ băng rộng (tháng 10/2023) đạt …" dates what follows it;
 * so does a point in time alone in it ("số tài khoản (tính đến hết tháng 3/2024) là …", round 29c).
 */
function dateOnlyParen(sentence: string, paren: Span, d: Pick<DateMatch, 'start' | 'end'>): boolean {
  return /^\(\s*(?:(?:tính\s+)?(?:đến|tới)(?:\s+(?:hết|cuối))?\s+)?$/iu.test(sentence.slice(paren.start, d.start)) && /^\s*\)?$/u.test(sentence.slice(d.end, paren.end));
}

/**
 * A date that may be a number's period: a year is known, it is no baseline, and it is in the number's
 * parenthesis if it is in one, unless the parenthesis is the date alone and the number comes right before
 * it, or after it when it is no other number's ("lên 42 (năm 2019), vị trí 44 năm 2021": 2019 is 42's only).
 */
/** Session 24: the span of the tasks a report turns to ("sơ kết … 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023"), on lowercase text. */
const TASKS_SPAN_BEFORE = /(?<![\p{L}\p{M}])(?:nhiệm\s+vụ|phương\s+hướng)(?:\s+trọng\s+tâm)?\s*$/u;

/** True when `d`, a part of a year, is the span of the tasks ahead that a report names beside the span it reports. */
function isTasksSpan(sentence: string, d: DateMatch): boolean {
  return d.precision !== 'year' && d.precision !== 'day' && TASKS_SPAN_BEFORE.test(sentence.slice(Math.max(0, d.start - 30), d.start).toLowerCase());
}

function usable(sentence: string, d: DateMatch, n: Span): boolean {
  if (d.iso.startsWith('0000') || isComparison(sentence, d) || isSchoolYear(sentence, d) || isTasksSpan(sentence, d) || isPlanSpanMet(sentence, d)) return false;
  const paren = parenAround(sentence, d.start);
  if (!paren || (n.start > paren.start && n.start < paren.end) || isOwnParenDate(sentence, d, n)) return true;
  return dateOnlyParen(sentence, paren, d) && (ownParen(sentence, paren, n) || (n.start >= paren.end && !numberBefore(sentence.slice(0, paren.start))));
}

/** True when `d` is alone in a bracket right after the number `n` (`ownParen`), or is the span of the plan that bracket measures it against (`isSpanPlanBracket`). */
function isOwnParenDate(sentence: string, d: DateMatch, n: Span): boolean {
  const paren = parenAround(sentence, d.start);
  return !!paren && (dateOnlyParen(sentence, paren, d) || isSpanPlanBracket(sentence.slice(paren.start, d.start), d)) && ownParen(sentence, paren, n);
}

/** A number (with its scale and unit) ending right before a bracket: the bracket is that number's. */
const NUMBER_BEFORE = /\d\s*(?:%|(?:(?:nghìn|ngàn|triệu|tỷ)\s*)*(?:usd|đồng|vnd|vnđ|lần|bậc|hạng|điểm)?)\s*$/iu;

/** True when a number ends right before a bracket (`NUMBER_BEFORE`), not a date's ("trong quý 2 (tính đến …)"). */
function numberBefore(text: string): boolean {
  return NUMBER_BEFORE.test(text) && !/(?<![\p{L}\p{M}])(?:quý|tháng)\s+\d{1,2}\s*$/iu.test(text);
}

/** True when the date-only bracket stands right after the number: "vị trí 59 (năm 2016)", "đạt 45% (tháng 10/2023)" date it. */
function ownParen(sentence: string, paren: Span, n: Span): boolean {
  return n.end <= paren.start && /^\s*$/u.test(sentence.slice(n.end, paren.start));
}

/**
 * A month, quarter or half written without its year ("trong tháng 11 ước đạt …", "Tính riêng trong
 * tháng 5, …") takes the year of a dated month, quarter or half of its own sentence that is no
 * baseline ("… tính đến hết tháng 11/2023"; not a goal's "năm 2025"), even over the article's year;
 * else the year that puts it after the dated unit it is compared with (`yearAfterCompared`); else the
 * year of the period its paragraph is reporting (`currentYear`: "Trong tháng 11/2023, … Lũy kế 11 tháng,
 * …" in an article of January 2024), over the article's; else, when it has no year at all, `fallbackYear` (the current period's, or the first the article
 * states). A year taken from the sentence counts as stated (the period may carry to the sentences
 * after it); one taken from `fallbackYear` stays `yearMissing`. Days keep their missing year (an
 * event's "sáng 19/7" is no period).
 */
export function fillMissingYears(sentence: string, dates: DateMatch[], fallbackYear?: string, currentYear?: string): DateMatch[] {
  const own = dates.find((d) => !d.yearMissing && (d.precision === 'month' || d.precision === 'quarter' || d.precision === 'half') && !isBaseline(sentence, d));
  const fill = (iso: string, year: string) => year + iso.slice(4);
  return dates.map((d) => {
    const dayYear = d.yearMissing ? yearBeforeDay(sentence, dates, d, isComparison) : undefined; // round 64: "Năm 2024, … vào ngày 6/6 là …"
    if (dayYear) {
      const { yearMissing: _stated, ...rest } = d;
      return { ...rest, iso: fill(d.iso, dayYear) };
    }
    if (!d.yearMissing || d.precision === 'year' || (d.precision === 'day' && !isPointDay(sentence, d))) return d;
    const year = own?.iso.slice(0, 4) ?? yearAfterCompared(sentence, dates, d) ?? yearOfClause(sentence, dates, d, isComparison);
    if (year) {
      const { yearMissing: _stated, ...rest } = d;
      return { ...rest, iso: fill(d.iso, year), ...(d.isoEnd ? { isoEnd: fill(d.isoEnd, year) } : {}) };
    }
    const y = currentYear && d.precision !== 'day' ? currentYear : d.iso.startsWith('0000') ? fallbackYear : undefined;
    return y ? { ...d, iso: fill(d.iso, y), ...(d.isoEnd ? { isoEnd: fill(d.isoEnd, y) } : {}) } : d;
  });
}

/**
 * The year of a month, quarter or half written without one, from the dated one of the same precision it
 * is compared with after it ("trong tháng 1 … tăng 5% so với tháng 12/2022" → 2023, "quý III tăng 2% so
 * với quý II/2022" → 2022; months from January compared with the same months: "9 tháng đầu năm … so với
 * 9T/2024" → 2025): what is compared with comes before, so the unit takes the first year that puts
 * it after the compared one. undefined when the sentence compares it with no such date.
 */
function yearAfterCompared(sentence: string, dates: DateMatch[], d: DateMatch): string | undefined {
  if (d.precision === 'day') return beforeYearToDay(sentence, d) === undefined ? undefined : sameSpanYear(sentence, dates, d);
  const span = (x: DateMatch) => (x.isoEnd ? x.isoEnd.slice(5) : '');
  const compared = dates.find((x) => x.start > d.end && !x.yearMissing && span(x) === span(d) && x.precision === d.precision && isComparison(sentence, x));
  if (!compared) return sameSpanYear(sentence, dates, d);
  const year = Number(compared.iso.slice(0, 4));
  return String(d.iso.slice(5) > compared.iso.slice(5) ? year : year + 1).padStart(4, '0');
}

/** "cùng kỳ năm 2023" right before a year: the same span of that year. */
const SAME_SPAN_OF = /(?<![\p{L}\p{M}])cùng\s+kỳ\s+(?:của\s+)?$/iu;

/**
 * Round 31g: the year of a month, quarter or half written without one, compared after it with the same span of a year
 * ("6 tháng đầu năm, GRDP tăng 3% so với cùng kỳ năm 2023" → 2024): the year after it.
 */
function sameSpanYear(sentence: string, dates: DateMatch[], d: DateMatch): string | undefined {
  const compared = dates.find((x) => x.start > d.end && isSameSpanOf(sentence, x));
  return compared ? String(Number(compared.iso.slice(0, 4)) + 1).padStart(4, '0') : undefined;
}

/** True when the date `x` of `text` is a single written year after "cùng kỳ (của)" ("so với cùng kỳ năm 2023", "So với cùng kỳ 2021"):
 *  the same span a year before, so the figures compared are of the year after it (`sameSpanYear`; period-carry.ts `firstStatedYear`). */
export function isSameSpanOf(text: string, x: DateMatch): boolean {
  return !x.yearMissing && x.precision === 'year' && !x.isoEnd && SAME_SPAN_OF.test(text.slice(Math.max(0, x.start - 20), x.start));
}

/** Round 64: a move's start right before its end value: "từ 4,4 tỷ USD lên ", "từ mức 3% xuống khoảng " (its unit may stand between). */
const MOVE_END_BEFORE = /từ(?:\s+mức)?\s+(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+[^\d;,()]{0,20}?\s+(?:lên|xuống)(?:\s+còn)?\s+(?:mức\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$/u;

/** "từ (mức) X lên Y" over a range: X gets the first unit of the range, Y the last. */
export function splitFromTo(sentence: string, n: Span, p: Period): Period {
  if (!p.isoEnd) return p;
  const before = sentence.slice(Math.max(0, n.start - 12), n.start).toLowerCase();
  const after = sentence.slice(n.end, n.end + 12).toLowerCase();
  if (/từ(?: mức)?\s*$/u.test(before) && /^\s*(?:lên|xuống)\s+\d/u.test(after)) return { iso: p.iso, precision: p.precision, ...(p.text ? { text: p.text } : {}) };
  if (MOVE_END_BEFORE.test(sentence.slice(Math.max(0, n.start - 60), n.start).toLowerCase())) {
    return { iso: p.isoEnd, precision: p.precision, ...(p.text ? { text: p.text } : {}) };
  }
  return p;
}

/** A vision's year after a plan's phase ("giai đoạn 2021 - 2025, định hướng đến năm 2030"): the phase, not the vision, dates the figures after both. */
const beyondPhase = (sentence: string, dates: DateMatch[], d: DateMatch) => isVisionYear(sentence, d) && dates.some((x) => x.end <= d.start && x.isoEnd !== undefined);

/** "cả năm" before a figure: the whole year's, never the quarter or month a later part of its clause names ("… cả năm được nâng … lên 25,5%, với kỳ vọng quý III đạt …"). */
const WHOLE_YEAR = /(?<![\p{L}\p{M}])cả\s+năm(?![\p{L}\p{M}]|\s+\d)/iu;

/** The period of the number `n` of `sentence` (see the module comment). */
export function periodFor(found: DateMatch[], sentence: string, n: Span & { kind?: string }, inherited?: Period): FoundPeriod | undefined {
  const dates = splitYearPairs(sentence, found);
  const ok = dates.filter((d) => usable(sentence, d, n) && (!ownedByOther(sentence, d, n) || isOwnParenDate(sentence, d, n))); // the plan's span in the figure's own bracket is its own too
  const clause = clauseSpan(sentence, n.start);
  const inClause = ok.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const attached = inClause.find((d) => d.start >= n.end && (attachedDate(sentence, d, n) || isOwnParenDate(sentence, d, n) || attachedByNoun(sentence, d, n) || closesRankField(sentence, d, n)));
  const pick = attached ?? inClause.filter((d) => d.end <= n.start && !beyondPhase(sentence, ok, d) && !startsSpanToNow(sentence, d) && !isMoveStartSince(sentence, d)).at(-1) ?? inClause.find((d) => d.start >= n.end && !isSince(sentence, d) && !opensLaterItem(sentence, d, n) && !(d.precision !== 'year' && WHOLE_YEAR.test(sentence.slice(clause.start, n.start)))); // "tăng 2,6% … từ năm 2020": a start after the figure is not its period
  const own = narrowedToMonth(sentence, inClause, pick, n); // "năm 2024 đạt … vào tháng 1"
  if (own) return { period: splitFromTo(sentence, n, periodOfDate(own)), from: 'clause' };
  const closing = closingPointDate(sentence, dates.filter((d) => !isComparison(sentence, d)), n); // round 50: "… đạt 4,36% … (tính đến ngày 18-11)."
  if (closing) return { period: periodOfDate(closing), from: 'clause' };
  const earlier = ok.filter((d) => d.end <= clause.start && (d.precision !== 'day' || isPointDay(sentence, d)) && (!d.yearMissing || ((isPointDay(sentence, d) || opensOnSpan(sentence, d)) && !d.iso.startsWith('0000'))) && !beyondPhase(sentence, ok, d) && !startsSpanToNow(sentence, d) && !isMoveStartSince(sentence, d)).at(-1);
  const changed = earlier ? undefined : changedFigureDate(sentence, dates.filter((d) => d.end <= n.start && !d.yearMissing && !isComparison(sentence, d)), n); // "36 tỷ USD năm 2025, tăng 3 lần"
  if (earlier ?? changed) return { period: splitFromTo(sentence, n, periodOfDate((earlier ?? changed)!)), from: 'sentence' };
  return inherited && !SINGLED_OUT_SPAN.test(sentence.slice(0, n.start)) && !dates.some((d) => isSchoolYear(sentence, d)) ? { period: inherited, from: 'paragraph' } : undefined;
}

/** "Riêng tuần nghỉ Tết, …", "riêng dịp lễ 2/9": a span singled out of the period reported, with no date the figures after it could take. */
const SINGLED_OUT_SPAN = /(?<![\p{L}\p{M}])riêng\s+(?:trong\s+)?(?:tuần|dịp|đợt|kỳ nghỉ|những ngày|các ngày|ngày)(?![\p{L}\p{M}])/iu;

/** "…; riêng tháng 6/2023 …", "…, trong đó riêng quý IV …": a part singled out of the period being reported, not the period of what follows.
 *  Round 47: "tính riêng" after a clause that names no figure or date ("Theo Sở …, qua hoạt động giám sát, chỉ tính riêng 10 tháng đầu năm
 *  2023, …") counts the span the sentence reports: no part of a whole. */
export function isSingledOut(sentence: string, d: Pick<DateMatch, 'start'>): boolean {
  const m = /(?<![\p{L}\p{M}])riêng(?:\s+(?:trong|cho|vào))?\s*$/u.exec(sentence.slice(0, d.start).toLowerCase());
  if (!m) return false;
  const before = sentence.slice(0, m.index);
  if (/(?<![\p{L}\p{M}])tính\s*$/iu.test(before) && !/\d/u.test(before)) return false;
  return /[,;]|trong đó/u.test(before); // after the whole it is a part of; "Riêng năm 2023, …" opening a sentence sets its period
}

/** Round 45: the months left of a year a report's tasks are for, after the span it reports ("kết quả … 10 tháng đầu năm 2025 và các nhiệm vụ
 *  trọng tâm những tháng cuối năm 2025"; the caller checks a date stands before it): a plan's span, no period of the results after it. */
function isRemainingMonths(sentence: string, d: Pick<DateMatch, 'start' | 'text'>): boolean {
  const before = sentence.slice(Math.max(0, d.start - 30), d.start);
  return (/^cuối/iu.test(d.text) && /(?<![\p{L}\p{M}])(?:những|các|mấy)\s+tháng\s*$/iu.test(before)) || /(?<![\p{L}\p{M}])(?:những|các)\s+tháng\s+còn\s+lại\s+(?:của\s+)?$/iu.test(before);
}

/** Now, then a bracket: "đến thời điểm hiện tại (", "hiện nay (", "đến nay (". */
const NOW_BRACKET = /(?<![\p{L}\p{M}])(?:hiện\s+(?:tại|nay)|(?:đến|tới)\s+nay)\s*\(\s*$/iu;

/** Round 49: a date in a bracket of its own right after now ("đến thời điểm hiện tại (tháng 10/2023), …"): the bracket says when now is, so it dates what follows like "đến tháng 10/2023". */
export function isNowBracket(sentence: string, d: { start: number; end: number }): boolean {
  return NOW_BRACKET.test(sentence.slice(Math.max(0, d.start - 30), d.start)) && /^\s*\)/u.test(sentence.slice(d.end));
}

/** Round 60: a month, quarter or half written without its year that opens the sentence ("Trong quý I, …", "Quý II, …", "Tháng 5, …"). */
const OPENS_SENTENCE = /^\s*(?:trong\s+)?$/iu;

/** Round 60 (review): a plan's or task's name right before the year ("kế hoạch CCHC năm 2024", "nhiệm vụ năm 2024"): the year names it; not a
 *  year reported ("tổng kết năm 2024", "tính chung năm 2024, …", "Chỉ số chuyển đổi số năm 2024"). */
const PLAN_BEFORE_YEAR = /(?<![\p{L}\p{M}])(?:kế\s+hoạch|nhiệm\s+vụ|mục\s+tiêu|chỉ\s+tiêu|chương\s+trình|đề\s+án)(?![\p{L}\p{M}])[^,;.\d]{0,30}?(?:của\s+)?(?:năm\s*)?$/iu;

/**
 * Round 60: the part of a year that opens a sentence without its year, when the sentence's year `year` is the one it was given and names a
 * plan ("Trong quý I, công tác … đã bám sát … kế hoạch CCHC năm 2024" on a page of 2024): the sentence reports that quarter, and what follows
 * it too, not the whole year.
 */
function openingPartOfYear(sentence: string, dates: readonly DateMatch[], year: DateMatch): DateMatch | undefined {
  const part = dates[0];
  if (!part || part === year || /(?:19|20)\d\d/u.test(part.text) || part.isoEnd || part.iso.startsWith('0000')) return undefined;
  if (part.precision !== 'month' && part.precision !== 'quarter' && part.precision !== 'half') return undefined;
  return part.iso.slice(0, 4) === year.iso.slice(0, 4) && OPENS_SENTENCE.test(sentence.slice(0, part.start)) && PLAN_BEFORE_YEAR.test(sentence.slice(part.end, year.start)) ? part : undefined;
}

/**
 * The period a sentence sets for the sentences after it in its paragraph: its last date that is no
 * baseline, has a year, is outside parentheses, singles out no part ("riêng tháng 6/2023"), and is not after the article's year (a goal's horizon
 * is not the period of what follows). undefined: the sentence sets none (the earlier one goes on);
 * null: the sentence is dated to a day with its year ("Ngày 6-2-2025, …"), or to a day-month and
 * names no period ("sáng 19/7"): it reports an event, and what follows has no period from the paragraph. A span of days
 * ("Tính từ ngày 1/3 đến 20/4/2024, …") is a period reported, no event: it is handed on (as its first day). A sentence
 * whose first date is a school year ("Năm học 2023-2024 là năm thứ hai thực hiện Kế hoạch … giai đoạn 2022-2025") is null too:
 * its later years are the plans' it falls in, no period of what follows (round 29c). A launch's date ("Ra mắt năm 2019, Hue-S đang …",
 * `isLaunchDate`) is handed on to nothing (session 40). A year that names a plan after a yearless quarter opening the sentence hands on
 * the quarter ("Trong quý I, … kế hoạch CCHC năm 2024", `openingPartOfYear`, round 60).
 */
export function inheritablePeriod(sentence: string, dates: DateMatch[], articleYear?: number): Period | null | undefined {
  if (dates.some((x) => x.precision === 'day' && !x.isoEnd && !x.yearMissing && !isBaseline(sentence, x))) return null;
  if (dates[0] && isSchoolYear(sentence, dates[0])) return null; // round 29c: a sentence on a school year; its later years are the plans' it falls in
  const d = dates.filter((x) => !x.iso.startsWith('0000') && !x.yearMissing && (x.precision !== 'day' || !!x.isoEnd) && !isBaseline(sentence, x) && !isPointInTime(sentence, x) && (!isSince(sentence, x) || isYearSoFar(sentence, x)) && !isLaunchDate(sentence, x) && !isSchoolYear(sentence, x) && !isStreakSpan(sentence, x) && !isSpreadSpan(sentence, x)
    && (!parenAround(sentence, x.start) || isPhaseBracket(sentence, x) || isNowBracket(sentence, x)) && !isSingledOut(sentence, x) && !isSeriesPoint(sentence, x, dates) && !(isRemainingMonths(sentence, x) && dates.some((y) => y.end <= x.start))
    && (articleYear === undefined || Number(x.iso.slice(0, 4)) <= articleYear)).at(-1);
  if (d) return periodOfDate(d.precision === 'year' ? openingPartOfYear(sentence, dates, d) ?? d : d);
  return dates.some((x) => (x.precision === 'day' && !isBaseline(sentence, x)) || isSchoolYear(sentence, x)) ? null : undefined; // a school year: no period for what follows either
}
