/**
 * Dates a span starts from. "Từ tháng 7/2024, …", "kể từ năm 2023": the start of something, the period of its own
 * sentence only. Round 15: a year a span to now starts from ("Kể từ năm 1986, sau 40 năm đổi mới, … trở thành …",
 * "Từ năm 2015 đến nay, …") dates nothing the sentence says
 * after it: those figures are how things stand now; only the start of a move ("tăng từ … lên …") is of that year
 * (a baseline, `baseline-value.ts`). Pure; text is compared lowercase.
 */
import type { Period } from '../../src/schemas/metric';
import type { DateMatch } from './dates';
import { periodOfDate } from './dates-find';

/** Round 55: an English page's "since", "since its inception in", right before a date (lowercase); session 42: any words between (no
 *  comma), "since it began participating in the … assessment in", "since the National Digital Transformation Programme was approved in". */
const ENGLISH_SINCE_BEFORE = /(?<![\p{L}])since(?:(?:\s+[\p{L}\p{N}-]+){1,10}?\s+in)?\s+$/u; // session 42 and its review: "since it began participating in the United Nations assessment in 2003", "since Decree 13 took effect in 2023"
/** "(kể) từ (đầu)" right before a date, or an English "since" (`ENGLISH_SINCE_BEFORE`). */
const SINCE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:(?:kể\s+)?từ\s+(?:đầu\s+)?|kể\s+từ(?:\s+khi)?(?:\s+["“'‘(]?[\p{L}\p{M}]+["”'’)]?){1,12}\s+(?:vào\s+)?)$|${ENGLISH_SINCE_BEFORE.source}`, 'u'); // round 43: "Kể từ khi khai trương vào tháng 11/2019 đến nay"; round 50: "kể từ báo cáo công bố năm 2021", "kể từ khi bắt đầu tham gia đánh giá EGDI của Liên Hợp Quốc năm 2003"; session 47: quoted or bracketed words, "kể từ thời kỳ "tiền rẻ" năm 2021"
/** An end of the span right after its start: "– 2020", "đến năm 2020", "tới tháng 6" (not "đến nay"). */
const SPAN_END_AFTER = /^\s*(?:[-–—]\s*\d|(?:đến|tới)\s+(?!nay(?![\p{L}\p{M}])))/u;

/** True when the date `d` of `sentence` is where something starts ("Từ tháng 7/2024, …", "kể từ năm 2023"). */
export function isSince(sentence: string, d: Pick<DateMatch, 'start'> & { end?: number }): boolean {
  return SINCE_BEFORE.test(sentence.slice(Math.max(0, d.start - 90), d.start).toLowerCase()) && !(d.end !== undefined && UP_TO_AFTER.test(sentence.slice(d.end).toLowerCase()));
}

/** A move right before "(kể) từ": "tăng 8 bậc kể từ …", "giảm 2 hạng từ …", "tăng 15% kể từ …". */
const MOVE_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm|tụt|thăng)\s+(?:thêm\s+)?[\d\p{L}\p{M}.,]+\s*(?:bậc|hạng|điểm|%|lần)\s*,?\s*(?:kể\s+)?từ(?![\p{L}\p{M}])/iu;

/** Round 50: the start of a move spelled before it ("Việt Nam đã tăng 8 bậc kể từ báo cáo công bố năm 2021, vươn lên vị trí thứ 17/194"): the
 *  figures after it in the sentence stand at the end of the move, not in its start's year. */
export function isMoveStartSince(sentence: string, d: Pick<DateMatch, 'start'> & { end?: number }): boolean {
  if (!isSince(sentence, d)) return false;
  const before = sentence.slice(Math.max(0, d.start - 120), d.start);
  const since = before.toLowerCase().lastIndexOf('từ');
  return since >= 0 && MOVE_BEFORE.test(before.slice(Math.max(0, since - 40), since + 2));
}

/** Round 44: "trở về trước" right after the date ("Giai đoạn từ năm 2019 trở về trước, …"): the span up to it, which it dates, not a start. */
const UP_TO_AFTER = /^\s*(?:trở\s+)?về\s+trước(?![\p{L}\p{M}])/u;

/** "đến nay" right after the start, or a length of years in the sentence ("sau 40 năm", "qua hơn 30 năm", "20 năm qua"): the span runs to now. */
const TO_NOW_AFTER = /^\s*,?\s*(?:đến|tới|cho đến|cho tới)\s+nay(?![\p{L}\p{M}])/u;
const LENGTH_OF_YEARS = /(?<![\p{L}\p{M}])(?:(?:sau|qua|suốt|hơn|gần|trong)\s+(?:(?:hơn|gần|khoảng)\s+)?\d+\s+năm(?![\p{L}\p{M}])(?!\s+\d)|\d+\s+năm\s+(?:qua|đổi mới|phát triển|xây dựng)(?![\p{L}\p{M}]))/u;

/** Round 55: after an English "since" and its date, a present perfect within 100 characters of its clause ("…, the platform has handled",
 *  "have been issued"; not "has not", "has that"): a running total to now. */
const PERFECT_AFTER = /^[^.;]{0,100}?(?<![\p{L}])(?:has|have)\s+(?:(?:now|so\s+far|already|also)\s+)?(?:been\s+|(?!(?:not|that|it|its|to|the|a|an|no)(?![\p{L}]))\p{L}{2,}(?:ed|en|wn|de|lt|nt)(?![\p{L}]))/iu;

/** Session 40: an opening phrase whose verb starts at the date, up to "(kể) từ (năm)" right before it ("Được triển khai từ năm 2019, …", "Thành lập
 *  từ năm 2018, …", "Tham gia Chương trình OCOP từ năm 2020, …"; lowercase): words only, no comma, not a since-date that opens the sentence itself
 *  ("Từ năm 2020, …", "Kể từ năm 2020, …"), counts from one ("Tính từ …") or sets a start to come ("Bắt đầu từ …"). */
const PHRASE_BEFORE_SINCE = /^\s*(?!(?:kể|tính|bắt\s+đầu|ngay|riêng|chỉ|và|nhưng|còn|cũng|theo)\s)[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,9}\s+(?:kể\s+)?từ\s+(?:năm\s+|tháng\s+)?$/u;
/** The verb of such a phrase: something started, joined or was put to work (review: not "Đặc biệt từ năm 2022, …", "Theo số liệu từ năm 2023, …"). */
/** Verbs of launching or founding, Vietnamese and English ("ra mắt", "thành lập", "đi vào hoạt động", "launched"): `STARTED` and `LAUNCH_BEFORE`. */
const LAUNCHED = String.raw`ra\s+mắt|ra\s+đời|thành\s+lập|khai\s+trương|đưa\s+vào\s+(?:sử\s+dụng|vận\s+hành|hoạt\s+động)|đi\s+vào\s+(?:hoạt\s+động|vận\s+hành)|launched|founded|established|inaugurated`;
const STARTED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${LAUNCHED}|triển\s+khai|hoạt\s+động|vận\s+hành|tham\s+gia|gia\s+nhập|áp\s+dụng|đưa\s+vào|đi\s+vào|bắt\s+đầu|khởi\s+(?:động|đầu|công)|phát\s+triển|xây\s+dựng|thực\s+hiện|có\s+mặt|thí\s+điểm)(?![\p{L}\p{M}])`, 'u');
/** The rest of that opening phrase after the date: up to its comma, no figure, no end of the span ("Thành lập từ năm 2018, Trung tâm …"). */
const PHRASE_END_AFTER = /^[^,.;:\d]{0,40},/u;
/** A span bounded after its start in the main clause ("sau 6 tháng", "trong năm đầu tiên", "after six months", "in its first year"): the figures
 *  are of that span, not how things stand now (review). */
const BOUNDED_AFTER = /(?<![\p{L}\p{M}])(?:sau\s+(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:ngày|tuần|tháng|năm|quý)|(?:trong|sau)\s+(?:\d+\s+)?(?:ngày|tuần|tháng|năm|quý)\s+đầu|after\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?|years?)|in\s+(?:its|their|the)\s+first\s+(?:days?|weeks?|months?|years?))(?![\p{L}\p{M}])/iu;

/** Session 40: true when the date `d` stands in an opening phrase of what its subject has done since then ("Được triển khai từ năm 2019, hệ
 *  thống camera … đã lắp đặt được 642 chiếc"): the figures of the main clause are how things stand now, not that year's. */
function opensPhraseSince(sentence: string, d: Pick<DateMatch, 'start' | 'end'>): boolean {
  const before = sentence.slice(0, d.start).toLowerCase();
  return PHRASE_BEFORE_SINCE.test(before) && STARTED.test(before) && PHRASE_END_AFTER.test(sentence.slice(d.end)) && !BOUNDED_AFTER.test(sentence.slice(d.end));
}

/** Session 40: a verb of launching or founding right before a date ("Ra mắt năm 2019", "thành lập từ tháng 3/2018", "chính thức đi vào hoạt
 *  động vào năm 2020", "launched in 2019"; lowercase). */
const LAUNCH_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${LAUNCHED})(?:\s+(?:chính\s+thức|từ|vào|trong|in|on|since))*\s+$`, 'u');

/** Session 40: true when the date `d` of `text` is when something was launched or founded, said in a phrase of its own that a comma closes ("Ra
 *  mắt năm 2019, Hue-S đang trở thành …", "ứng dụng Hue-S ra mắt năm 2019, đã trở thành …", "Launched in 2019, the platform …"): an event's
 *  date, not the year a page reports on (review: not "the number of firms established in 2023 reached …", a year's count). */
export function isLaunchDate(text: string, d: Pick<DateMatch, 'start' | 'end'>): boolean {
  return LAUNCH_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start).toLowerCase()) && PHRASE_END_AFTER.test(text.slice(d.end));
}

/** Round 39: the start of the year ("từ đầu năm 2025 đến nay"): the year so far, the figures' own year, not a span of years to now. */
const YEAR_START = /^đầu\s+năm(?![\p{L}\p{M}])/iu;

/** True when the date `d` of `sentence` is a year read from its start ("(tính) từ đầu năm 2025 (đến nay)", `YEAR_START`): the year so far,
 *  a period its sentence reports and hands on like "trong năm 2025", not the start of something. */
export function isYearSoFar(sentence: string, d: Pick<DateMatch, 'start' | 'end' | 'precision'>): boolean {
  return d.precision === 'year' && isSince(sentence, d) && YEAR_START.test(sentence.slice(d.start, d.end));
}

/**
 * True when the year `d` starts a span that runs to now: `isSince`, one year with no end of its own after it
 * ("từ năm 2015 đến năm 2020" has one), and "đến nay" right after it or a length of years in the sentence
 * (`LENGTH_OF_YEARS`; "từ giữa năm 2024, hơn 70% hồ sơ …" still dates its figures), not the start of that year (`YEAR_START`);
 * round 55: an English "since" with a present perfect after it (`ENGLISH_SINCE_BEFORE`, `PERFECT_AFTER`: "Since … October 2020, the platform
 * has handled …"); session 40: a since-date in an opening phrase of the subject's own (`opensPhraseSince`) and a launch's date in a phrase its
 * own comma closes (`isLaunchDate`), unless the main clause bounds the span ("sau 6 tháng", "in its first year"). Such a year or month is the period of no later figure of its sentence.
 */
export function startsSpanToNow(sentence: string, d: Pick<DateMatch, 'start' | 'end' | 'precision' | 'isoEnd'>): boolean {
  if ((d.precision !== 'year' && d.precision !== 'month') || d.isoEnd !== undefined) return false;
  if (isLaunchDate(sentence, d) && !BOUNDED_AFTER.test(sentence.slice(d.end))) return true; // session 40: "Launched in 2019, the platform now has 2 million users"
  if (!isSince(sentence, d) || isYearSoFar(sentence, d)) return false;
  if (ENGLISH_SINCE_BEFORE.test(sentence.slice(Math.max(0, d.start - 60), d.start).toLowerCase()) && PERFECT_AFTER.test(sentence.slice(d.end))) return true; // round 55: "Since its inception in October 2020, the platform has handled …"
  if (opensPhraseSince(sentence, d)) return true; // session 40: "Được triển khai từ năm 2019, hệ thống … đã lắp đặt được 642 chiếc"
  if (d.precision === 'month') return TO_NOW_AFTER.test(sentence.slice(d.end, d.end + 24).toLowerCase()); // round 43: a month a running total counts from ("… vào tháng 11/2019 đến nay")
  const after = sentence.slice(d.end, d.end + 24).toLowerCase();
  return TO_NOW_AFTER.test(after) || (!SPAN_END_AFTER.test(after) && LENGTH_OF_YEARS.test(sentence.toLowerCase()));
}

/** How far into its sentence a year may stand and still open it ("Từ năm 2020, …", "Kể từ năm 2021, …"). */
const OPENING = 16;

/**
 * The year a since-date opening a sentence gives the sentences after it: only when it dated every figure of
 * its own sentence, all of them results (no start of a move, no goal) ("Từ năm 2020, chỉ số … đạt 0,35 và xếp thứ 14 …": the year of a result, whose details the
 * next sentences give), never a span to now; undefined otherwise.
 */
export function sinceAsYear(sentence: string, dates: DateMatch[], figures: { period?: Period | undefined; status: string }[]): Period | undefined {
  if (figures.length === 0 || figures.some((f) => f.status !== 'actual')) return undefined; // "… tăng từ 30% lên 50%" (a move), "… phấn đấu đạt 60%" (a goal): no year's result
  const d = dates.find((x) => x.precision === 'year' && x.isoEnd === undefined && x.start <= OPENING && isSince(sentence, x) && !startsSpanToNow(sentence, x));
  if (!d) return undefined;
  const p = periodOfDate(d);
  return figures.every(({ period: q }) => q?.iso === p.iso && q.precision === p.precision) ? p : undefined;
}

/** Words of a streak before its span: "duy trì liên tục trong 3 năm ", "liên tiếp ", "nhiều năm liền trong ". */
const STREAK_BEFORE = /(?<![\p{L}\p{M}])(?:liên\s+tục|liên\s+tiếp|liền)(?:\s+trong)?(?:\s+\d+(?:\s+năm)?)?\s*(?:giai\s+đoạn\s*)?$/iu;

/** Session 25: the span an average is taken over ("bình quân giai đoạn 2021-2023 lần lượt tăng 52% và 103%"): a reference, handed on to nothing. */
const AVERAGED_OVER_BEFORE = /(?<![\p{L}\p{M}])bình\s+quân(?:\s+(?:hằng|hàng|mỗi)\s+năm)?(?:\s+(?:trong|của))?\s+(?:cả\s+)?(?:giai\s+đoạn|thời\s+kỳ|các\s+năm)?\s*$/iu;
/** Session 25: the span a ranking of years is taken over ("đứng thứ hai trong giai đoạn 2020-2024", "mức cao nhất trong giai đoạn 2011-2025", "…, tính trong giai đoạn 2011-2023", "cao nhất từ các năm 2017-2022"). */
const RANKED_OVER_BEFORE = /(?<![\p{L}\p{M}])(?:(?:đứng|xếp)\s+(?:thứ\s+[\p{L}\p{M}\d]+|đầu|cuối)|(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+nhất|,\s*tính)\s+(?:trong|từ)\s+(?:cả\s+)?(?:giai\s+đoạn|thời\s+kỳ|các\s+năm|các)?\s*$/iu; // round 45: "cao nhất từ các năm 2017-2022"

/**
 * Round 38: a span of years a figure held through ("… đạt trên 20%, duy trì liên tục trong 3 năm 2020 – 2022"): the streak's
 * length, not the period the sentences after it report (they go on with the figure's own year); so is the span a figure is
 * ranked over (`RANKED_OVER_BEFORE`) or averaged over (`AVERAGED_OVER_BEFORE`).
 */
export function isStreakSpan(sentence: string, d: Pick<DateMatch, 'start' | 'isoEnd'>): boolean {
  const before = sentence.slice(Math.max(0, d.start - 40), d.start);
  return d.isoEnd !== undefined && (STREAK_BEFORE.test(before) || RANKED_OVER_BEFORE.test(before) || AVERAGED_OVER_BEFORE.test(before));
}
