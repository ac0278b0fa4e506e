/**
 * Numbers that belong to a calendar, read beside `numbers.ts`: a day and month ("26.1", "7/9" ending a
 * day range "từ 20 - 26.1") and a value followed by its year ("44 năm 2021", unlike a duration "5 năm").
 * Pure.
 */
import { DATE_BEFORE } from './number-words';

/** "44 năm 2021" (not "5 năm 2021-2025"): a value followed by the year it is of, not a duration. */
const YEAR_AFTER = /\s+năm\s+(?:19|20)\d\d(?![\p{N}]|\s*[-–—]\s*\d)/iuy;
/** "từ 20 - 26.1", "20-26/1": days of one month, not a range of values. */
const DAY_RANGE_END = /^\d{1,2}[./]\d{1,2}$/u;

/** True for a day of a month and a month (1–31, 1–12, whole numbers). */
export const isDayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12 && Number.isInteger(d) && Number.isInteger(m);

/** True when "năm" and a single year follow `end` in `s` ("44 năm 2021"): the number before is no duration. */
export function yearAfter(s: string, end: number): boolean {
  YEAR_AFTER.lastIndex = end;
  return YEAR_AFTER.test(s);
}

/** Round 73: what closes a span of days written with a slash and no date word before it ("được thông báo nhận khoảng 7-10/11."): a stop, nothing counted (and an event's verb before it, `EVENT_BEFORE`). */
const CLOSES_PHRASE = /^\s*(?:[,.;:)]|$)/u;
/** Review of round 73: what is received, held or done on those days right before them ("nhận khoảng 7-10/11", "diễn ra từ 15-17/3"), not a
 *  score's or a share's range ("đạt 7-8/10", "dao động 6-8/10", "tỷ lệ khoảng 1-2/10"). */
const EVENT_BEFORE = /(?<![\p{L}\p{M}])(?:(?<!(?:ghi|tiếp|xác|công|thừa)\s)nhận|giao|diễn ra|tổ chức|khai mạc|vào|dịp)\s+(?:(?:khoảng|từ|trong)\s+)?$/u;

/**
 * "từ 20 - 26.1", "ngày 3-7/9", "từ ngày 21 - 22/9/2023", round 73: "nhận khoảng 7-10/11." (a slash's month closing its phrase): a first day (`first`, a bare value) and a day-month (`second`, its numeral
 * as written and where it ends in `s`) after a date word, or after an event's verb when the month closes its phrase (`lower` is the text
 * before the first, lowercase): days, not a range of values. The end of the day-month, or -1.
 */
export function dayRangeEnd(s: string, lower: string, first: number, second: { raw: string; end: number }): number {
  const slash = /^\/(\d{1,2})(?:\/(?:19|20)\d\d)?(?![\d/])/u.exec(s.slice(second.end)); // "21 - 22/9" or "21 - 22/9/2023"
  const raw = slash ? `${second.raw}/${slash[1]}` : second.raw;
  if (!DATE_BEFORE.test(lower.trimEnd()) && !(slash && EVENT_BEFORE.test(lower) && CLOSES_PHRASE.test(s.slice(second.end + slash[0].length)))) return -1;
  if (!DAY_RANGE_END.test(raw)) return -1;
  const [d, m] = raw.split(/[./]/u).map(Number) as [number, number];
  return Number.isInteger(first) && first >= 1 && first < d && isDayMonth(d, m) ? second.end + (slash?.[0].length ?? 0) : -1;
}

/** Round 52: the second day-month of a span right after a first one ("1-7| đến 31-7)"): where it ends, or -1; and the first written
 *  before the day-month read ("từ ngày 1-9 đến |3-10", `closesDaySpan`): two dates, not a range of counts. */
const SPAN_SECOND = /^\s*(?:đến|tới|-|–)\s*(\d{1,2})[-/](\d{1,2})(?:[-/](?:19|20)\d\d)?(?![\d/-])/u; // session 48: its year may close it ("(1-11 đến 30-12-2025)")
const SPAN_OPENED = /(?<![\d/-])\d{1,2}[-/]\d{1,2}\s*(?:đến|tới|–)\s*$/u;

/** Where the second day-month of a span after `from` in `s` ends (`SPAN_SECOND`), or -1. */
export function daySpanEnd(s: string, from: number): number {
  const m = SPAN_SECOND.exec(s.slice(from));
  return m && isDayMonth(+m[1]!, +m[2]!) ? from + m[0].length : -1;
}

/** True when the day-month read after `before` closes a span of days (`SPAN_OPENED`). */
export function closesDaySpan(before: string): boolean {
  return SPAN_OPENED.test(before);
}

/** "tháng 3 và 4", "các tháng 7, 8 và 9": a month listed after the first (`lower` is the lowercase text before it, `value` its value). */
export function isListedMonth(lower: string, value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 12 && /(?<![\p{L}\p{M}])tháng\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|và|hoặc)\s*$/u.test(lower);
}

/** A time of day right before a number: "chiều 19.11", "sáng 5.3", "tối 2.9" (round 31f). */
const TIME_OF_DAY_BEFORE = /(?<![\p{L}\p{M}])(?:sáng|chiều|tối|trưa|đêm|khuya|hôm)\s*$/u;

/** Round 52: a named day's word right before a number ("Quốc khánh 2.9", "dịp 30.4", "kỷ niệm 19.8", "hôm qua 2.9"); a slashed day after a holiday's name is `NAMED_HOLIDAY`. */
const HOLIDAY_BEFORE = /(?<![\p{L}\p{M}])(?:quốc khánh|lễ|dịp|kỷ niệm|hôm\s+(?:qua|nay|kia|sau|trước))\s*$/u;

/**
 * True when the bare `raw` is a day and month written with a dot after a time of day ("Chiều 19.11, hội thảo …") or (round 52) after
 * a word of dates or a named day ("đến ngày 8.9", "Quốc khánh 2.9"; its month with no leading zero): Vietnamese writes decimals with a
 * comma and groups thousands by three, so such a "d.m" is a date, not a value (`lower` is the lowercase text before it).
 */
export function isDottedDayMonth(lower: string, raw: string): boolean {
  const m = /^(\d{1,2})\.(\d{1,2})$/u.exec(raw);
  return m !== null && isDayMonth(+m[1]!, +m[2]!) && (TIME_OF_DAY_BEFORE.test(lower) || (!m[2]!.startsWith('0') && (DATE_BEFORE.test(lower.trimEnd()) || HOLIDAY_BEFORE.test(lower))));
}

/** What may follow a day listed after a comma ("sáng 2/9, 3/9 và 4/9, …"): a stop, a link or a date word, never a noun it counts ("ngày 30/9,
 *  5/7 dự án đã giải ngân": a ratio); after "và" / "hoặc" anything but a counted body ("ngày 7/7 và 8/8 diễn ra …"; not "và 8/10 huyện").
 *  `dates-rules.ts` reads the same words. */
export const LISTED_DAY_END = String.raw`(?=\s*(?:[,.;:)]|$)|\s+(?:và|hoặc|đến|tới|năm|vừa|qua)(?![\p{L}\p{M}]))`;
export const COUNTED_BODIES = String.raw`(?:huyện|xã|tỉnh|phường|đơn\s+vị|sở|ngành|cơ\s+quan|địa\s+phương|chỉ\s+tiêu|tiêu\s+chí|trường|doanh\s+nghiệp|hộ|người|dự\s+án|nhiệm\s+vụ|thủ\s+tục|hồ\s+sơ|số)(?![\p{L}\p{M}])`;
/** Round 64: a day word and a day-month, then "và", "hoặc" (`LINKED`) or a comma right before the number ("ngày 7/7 và 8/8", "sáng 2/9, 3/9 và 4/9"). */
const DAY_LISTED_BEFORE = /(?<![\p{L}\p{M}])(?:ngày|sáng|chiều|tối|hôm|mồng|mùng)\s+\d{1,2}\/\d{1,2}(?:\s*,\s*\d{1,2}\/\d{1,2})*\s*(?:,|và|hoặc)\s*$/u;
const LINKED = /(?:và|hoặc)\s*$/u;
const DAY_END_AFTER = new RegExp(String.raw`^${LISTED_DAY_END}`, 'u');
const BODIES_AFTER = new RegExp(String.raw`^\s+${COUNTED_BODIES}`, 'u');

/** True when the day-month whose text before is `lower` (lowercase) and after it `after` is the next day of a list of days, not a ratio. */
export function isListedDay(lower: string, after: string): boolean {
  return DAY_LISTED_BEFORE.test(lower) && (LINKED.test(lower) ? !BODIES_AFTER.test(after) : DAY_END_AFTER.test(after));
}

/** Round 73: a day named in lowercase whose name says whose day it is ("Nhân ngày chuyển đổi số quốc gia 10/10, …", "ngày sách Việt Nam 21/4"). */
const NAMED_DAY_LOWER = /(?<![\p{L}\p{M}])ngày\s+(?!(?:hôm|hết|đầu|cuối|làm|mai|nay|qua)(?![\p{L}\p{M}]))(?:(?!(?<![\p{L}\p{M}])(?:kết nối|đạt|đã|có|là|được|tính|liên thông)(?![\p{L}\p{M}]))[^,.;:()\d]){0,50}?(?<![\p{L}\p{M}])(?:quốc gia|quốc tế|thế giới|toàn dân|truyền thống|việt nam)\s*\(?$/iu; // review: a day's name right after "ngày", no verb in it ("hết ngày hôm qua số bộ kết nối Trục liên thông văn bản quốc gia 9/12")
/** Session 54: a holiday named without "Ngày" right before its day written with a slash: "lễ kỷ niệm Quốc khánh 2/9", "Quốc tế Lao động
 *  1/5" (a day after its month, "30/4", is no fraction already; `HOLIDAY_BEFORE` reads the dotted "Quốc khánh 2.9" with wider cues). */
const NAMED_HOLIDAY = /(?<![\p{L}\p{M}])(?:quốc khánh|quốc tế lao động)\s*\(?$/iu;
/** A named day, then its date with nothing counted after it: "Ngày Chuyển đổi số quốc gia 10/10 năm nay", "Ngày Internet Việt Nam (9/12)," (round 31a). */
export const isNamedDay = (before: string, after: string) =>
  (/(?<![\p{L}\p{M}])Ngày\s+\p{Lu}[^,.;:()\d]{0,50}?\s*\(?$/u.test(before) || NAMED_DAY_LOWER.test(before) || NAMED_HOLIDAY.test(before)) && /^\s*(?:[,.;:)]|$|(?:năm|hằng năm|hàng năm|vừa qua|tới|sắp tới)(?![\p{L}\p{M}]))/u.test(after);
