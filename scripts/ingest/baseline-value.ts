/**
 * The baseline of a claim: the earlier value a result is measured against. Inside a bracket that
 * compares ("(cùng kỳ năm trước là 25%)"), right after "so với" ("so với 25% năm 2023"), after a
 * comparative ("cao hơn mức 8,5%"), where a move starts ("từ vị trí 57 lên 53", round 27a: "đạt 8,2 tỷ USD, tăng từ 6,4 tỷ
 * USD"), or pointing back at
 * the figure before ("Con số này năm 2022 là 288 USD"); and the span whose dates are its own period.
 * Pure; positions are UTF-16 offsets in the sentence, text is compared lowercase.
 */
import { opensOnComparedValue } from './change-from';
import { changeByAfterCompared } from './direction-signs';
import { isMoveFrom } from './goal-turn';
import { parenAround, type Span } from './items';

/** Words in a bracket or before a value that make it the comparison value of a claim. */
const BASELINE_PAREN = /(?<![\p{L}\p{M}])(?:cùng kỳ|năm trước|năm ngoái|kỳ trước|tháng trước|quý trước|so với|trước đó)(?![\p{L}\p{M}])/u;
/** Round 57: a rank's verb in such a bracket ("(năm 2023 xếp thứ 9)", "(PII 2023 xếp hạng 7)"). */
const RANKED_AT = String.raw`(?:xếp(?:\s+(?:thứ|hạng|vị\s+trí|ở\s+vị\s+trí))?(?:\s+thứ)?|đứng(?:\s+thứ)?|vị\s+thứ|hạng)`;
/** A bracket that opens with an earlier date and "là": "(cuối năm 2023 là 17%)", "(năm 2022: 12%)", "(năm 2022 con số này là 55/181)"; an index's acronym may stand before the year, a rank's verb for "là" (`RANKED_AT`). */
const DATED_PAREN_HEAD = String.raw`^\((?:\s*(?:cuối|đầu|hết|giữa)?\s*(?:năm|quý|tháng)\s+[\divx/.-]+|\s*(?:[a-z]{2,8}\s+)?\d{4})(?:\s+(?:con số|t[ỷỉ] lệ|chỉ số|thứ hạng|vị trí|điểm số)(?:\s+này)?)?\s*(?:là|đạt(?: mức)?|:|${RANKED_AT})\s*`;
const DATED_PAREN = new RegExp(`${DATED_PAREN_HEAD}$`, 'u');
/** Round 50: a later value of such a bracket, after its first ("(năm 2022 chỉ số này là 77,95%, vị thứ 48/63)", "(năm 2022 là 75,99%, thuộc nhóm C, vị thứ 63/63)"). */
const DATED_PAREN_LATER = new RegExp(String.raw`${DATED_PAREN_HEAD}(?:khoảng|gần|hơn|trên)?\s*\d[^();]*?,(?:(?!(?:19|20)\d\d)[^();])*$`, 'u'); // a ";" or another year opens another year's item ("(2022 đạt 28%, 2023 đạt 19%)")
const BASELINE_BEFORE = /(?:(?:so với|(?:trái )?ngược với)(?: (?:chỉ|mới))?(?: mức| con số| t[ỷỉ] lệ)?(?: của)?|so với (?:(?:cùng kỳ|cuối|hết) )?(?:năm|tháng|quý) [\divx/]+(?: |\s*,\s*(?:khi|lúc)\s(?:[^,;()\d]){0,50}?\s)(?:là|đạt|ở mức|chỉ có|có)|(?:cùng kỳ|năm trước|năm ngoái|kỳ trước)(?:(?!\svà\s)[^,;()\d]){0,20}?\s(?:là|đạt|ở mức|mới đạt|chỉ đạt|chỉ có|có))\s*(?:khoảng|gần|hơn|trên)?\s*$/u;

/** Round 63: a bracket that opens on the same time a year before and its value ("(cùng kỳ năm 2022 đạt 80,63% … và đạt 92,97% …)"): the
 *  comparison's value, though the sentence's claim stands in the sentence before ("… tỷ lệ giải ngân có cao hơn (cùng kỳ …)"). */
const SAME_TIME_BEFORE_PAREN = /^\(\s*(?:cùng kỳ|năm trước|năm ngoái)(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?\s+(?:là|đạt|ở mức|chỉ đạt|mới đạt)\s/u;

/** Review of round 63: what ends the earlier time's scope inside such a bracket: a ";", another year, now, or the nation's average ("(năm ngoái là
 *  70% kế hoạch; năm nay chỉ đạt 45% …)", "(cùng kỳ năm 2023 đạt 48% …, trong khi bình quân cả nước đạt 52% …)"). */
const ANOTHER_TIME_OR_WHOLE = /;|(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\p{L}\p{M}])(?:nay|hiện|trong\s+khi|bình\s+quân|trung\s+bình|cả\s+nước)(?![\p{L}\p{M}])/u;

/** Round 63: true when the number stands in a bracket that opens on the same time a year before (`SAME_TIME_BEFORE_PAREN`): every value in
 *  it, a share of the plan too ("đạt 80,63% kế hoạch"), is that earlier time's. */
export function isInSameTimeBracket(sentence: string, n: Span): boolean {
  const lower = sentence.toLowerCase();
  const paren = parenAround(lower, n.start);
  const inner = paren ? lower.slice(paren.start, n.start) : '';
  const head = SAME_TIME_BEFORE_PAREN.exec(inner);
  return !!head && !ANOTHER_TIME_OR_WHOLE.test(inner.slice(head[0].length));
}

/** Round 43: the earlier value of a figure the sentence points back to ("Tỷ lệ này trước đây là 97%", "Con số này trước đó chỉ ở mức 40%"): its baseline. */
const EARLIER_OF_POINTED = /^\s*(?:t[ỷỉ] lệ|con số|chỉ số|mức|t[ỷỉ] trọng|giá trị)\s+(?:này|đó|trên)\s+(?:trước đây|trước đó|trước kia)\s+(?:(?:chỉ|mới)\s+)?(?:là|ở mức|đạt|có)\s*(?:khoảng|gần|hơn|trên)?\s*$/u;

/**
 * True when the number `n` is the comparison value of a claim before it: in a comparing bracket
 * ("(cùng kỳ năm trước là 25%)"), right after "so với" ("so với 25% năm 2023"), after "cùng kỳ
 * năm trước là", or where a rank move starts ("từ vị trí 57 lên 53"), when a number stands before it
 * in the sentence (`hasClaimBefore`); or, opening its sentence, the earlier value of the figure before (`EARLIER_OF_POINTED`).
 */
export function isBaselineValue(sentence: string, n: Span, hasClaimBefore: boolean): boolean {
  const lower = sentence.toLowerCase();
  if (EARLIER_OF_POINTED.test(lower.slice(0, n.start))) return true; // its claim is in the sentence before
  if (changeByAfterCompared(lower.slice(Math.max(0, n.start - 160), n.start), sentence.slice(n.start, n.end + 3))) return false; // round 63: "tăng so với cùng kỳ là 4,69%": the change itself
  const paren = parenAround(lower, n.start);
  if (!hasClaimBefore && !opensOnComparedValue(lower.slice(0, n.start)) && !(paren && (comparedBracket(lower, paren, n) >= 0 || isInSameTimeBracket(sentence, n)))) return false; // session 24: "… giảm so với tuần cuối cùng của năm 2024 (7.083 trường hợp)", its claim in the sentence before
  if (isRankMoveStart(lower, n)) return true;
  if (paren && BASELINE_PAREN.test(lower.slice(paren.start, n.start))) return true;
  if (paren && (DATED_PAREN.test(lower.slice(paren.start, n.start)) || DATED_PAREN_LATER.test(lower.slice(paren.start, n.start))) && /\d[^\d;()]{0,60}$/u.test(lower.slice(0, paren.start).trimEnd())) return true; // round 50: a comma may stand between ("xếp 25/63 tỉnh, thành phố (Năm 2022 …)")
  if (paren && comparedBracket(lower, paren, n) >= 0) return true;
  const before = lower.slice(Math.max(0, n.start - 60), n.start);
  return BASELINE_BEFORE.test(before) || COMPARATIVE_BEFORE.test(before) || isRisenFrom(lower, n) || isEarlierYearAfterChange(lower, n);
}

/** The year of a dated bracket the number stands in (`DATED_PAREN`: "(năm 2030 đạt 100%)"); undefined elsewhere. */
export function datedBracketYear(sentence: string, n: Span): number | undefined {
  const lower = sentence.toLowerCase();
  const paren = parenAround(lower, n.start);
  const head = paren ? lower.slice(paren.start, n.start) : '';
  return paren && DATED_PAREN.test(head) ? Number(/(?:19|20)\d\d/u.exec(head)?.[0]) || undefined : undefined;
}

/** A ";"-clause that opens on a year and states a value with "là" / "đạt" / "ở mức" up to the number: "; năm 2021, chỉ số này là ". */
const YEAR_CLAUSE_VALUE = /;\s*(?:vào\s+|còn\s+)?năm\s+((?:19|20)\d\d)\s*,?[^;\d]{0,50}?\s(?:là|đạt|ở mức)\s*(?:khoảng|gần|hơn|trên)?\s*$/u;
/** A change stated with a figure: "tăng không nhiều với 0,71", "giảm 3 bậc". */
const CHANGE_WITH_FIGURE = /(?<![\p{L}\p{M}])(?:tăng|giảm)(?![\p{L}\p{M}])[^;]*\d/u;

/**
 * "Năm 2024, chỉ số … tăng nhẹ với 0,71 điểm; năm 2022, chỉ số này là 0,69 điểm": a ";"-clause that gives an earlier year's
 * value after a change stated for a later year (`lower` is the sentence, lowercase) is the value the change is measured
 * from, a baseline. A clause of another year with no change before it ("Năm 2024 đạt 80%; năm 2023 đạt 75%") is a point.
 */
export function isEarlierYearAfterChange(lower: string, n: Span): boolean {
  const m = YEAR_CLAUSE_VALUE.exec(lower.slice(0, n.start));
  if (!m) return false;
  const head = lower.slice(0, m.index);
  return CHANGE_WITH_FIGURE.test(head) && [...head.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/gu)].some((y) => Number(y[1]) > Number(m[1]));
}

/**
 * A figure, then the move it was reached by, up to the value it started from: "đạt 8,2 tỷ USD, tăng từ ", "còn 12%, giảm từ mức ",
 * "là 30 tỷ USD, một bước cải thiện lớn từ mức khiêm tốn " (an improvement, with a few words on it and the start's size).
 */
const FIGURE_THEN_MOVED_FROM = /\d[^\d,;:()]{0,30}?,?\s+(?:(?:tăng|giảm)(?:\s+(?:mạnh|nhẹ))?|(?:[\p{L}\p{M}]+\s+){0,3}cải\s+thiện(?:\s+[\p{L}\p{M}]+){0,2})\s+từ\s+(?:mức\s+)?(?:(?:khiêm\s+tốn|thấp|rất\s+thấp|chỉ|khoảng|gần|hơn|trên)\s+)?$/u;
/** What would make "từ X" the start of a span or a floor instead: "từ 5 lên 7", "từ 20% trở lên", "từ 5 đến 7". */
const NOT_A_START_AFTER = /^\s*(?:lên|xuống|trở lên|trở xuống|đến|tới|-|–)(?![\p{L}\p{M}])/u;

/** True when the number is the value a figure right before it rose or fell from ("dự báo đạt 7,3 triệu USD tăng từ 5,1 triệu USD trong năm 2023"): its baseline. */
function isRisenFrom(lower: string, n: Span): boolean {
  return FIGURE_THEN_MOVED_FROM.test(lower.slice(Math.max(0, n.start - 60), n.start)) && !NOT_A_START_AFTER.test(lower.slice(n.end, n.end + 12));
}

/** A comparative with the noun of the value compared with: "cao hơn mức 8,5% của năm 2022", "thấp hơn tỷ lệ tương ứng 7,2%", "thấp hơn tốc độ tăng 6,1% của quý I/2022" (round 32),
 *  "chỉ thấp hơn mức tăng 14,38% của quý III/2022", "chỉ sau mức tăng 9,44% của năm 2022" (a ranking's one better, session 25). */
const COMPARATIVE = /(?:(?:cao|thấp|nhiều|ít|lớn|nhỏ) hơn|(?:chỉ|đứng) sau) (?:mức(?: tăng(?: trưởng)?| giảm)?|t[ỷỉ] lệ|con số|t[ỷỉ] trọng|tốc độ(?: tăng(?: trưởng)?)?)(?: tương ứng)?(?: của)?/gu;
/** `COMPARATIVE` right before a value, or with what it is of and "là" between ("cao hơn mức trung bình của thế giới là 4,3%"). */
const COMPARATIVE_BEFORE = new RegExp(`(?:${COMPARATIVE.source})(?:[^,;()\\d]{0,40}?\\s(?:là|ở mức))?\\s*(?:khoảng|gần|hơn|trên)?\\s*$`, 'u');

/** A sentence that opens by pointing back at the figure before with an earlier date: "Con số này năm 2022 là 288 USD", "Tỷ lệ này cùng kỳ năm trước đạt 40%". */
const POINTS_BACK = /^\s*(?:con số|t[ỷỉ] lệ|chỉ số|mức|giá trị) (?:này|đó)\s+(?:(?:của\s+)?(?:cuối\s+|đầu\s+)?(?:năm|tháng|quý|cùng kỳ|kỳ)(?![\p{L}\p{M}]))[^,;.]{0,30}?\s(?:là|đạt|ở mức|chỉ là|chỉ đạt|mới đạt)\s*(?:khoảng|gần|hơn|trên)?\s*$/u;

/** True when the number is the earlier value of the figure of the sentence before ("Con số này năm 2022 là 288 USD"): a baseline of that figure. */
export function pointsBack(sentence: string, n: Span): boolean {
  const before = sentence.slice(0, n.start).toLowerCase();
  return POINTS_BACK.test(before) && !FORECAST.test(before);
}

/** Words of a forecast or a goal: a value after them is no earlier value ("Con số này năm 2026 dự kiến đạt …"). */
export const FORECAST = /(?<![\p{L}\p{M}])(?:dự kiến|dự báo|ước|sẽ|kỳ vọng|mục tiêu|phấn đấu)(?![\p{L}\p{M}])/u;

/**
 * "tăng 4 bậc so năm 2023, từ vị trí 57 lên 53", "tăng từ vị trí 59 (năm 2016) lên 42": the position a
 * rank move starts from is the rank of the year compared with, a baseline (`lower` is the sentence, lowercase).
 */
export function isRankMoveStart(lower: string, n: Span): boolean {
  return /(?<![\p{L}\p{M}])từ\s+(?:vị\s+trí|thứ\s+hạng|hạng|vị\s+thứ|thứ)(?:\s+thứ)?\s*$/u.test(lower.slice(Math.max(0, n.start - 24), n.start))
    && /^(?:\s*\([^()]{0,30}\))?\s+(?:(?:tiến|vươn|nhảy|bật|tụt|rơi|lùi)\s+)?(?:lên|xuống)\s+(?:(?:vị\s+trí|thứ\s+hạng|hạng|thứ)\s+)?(?:thứ\s+)?\d/u.test(lower.slice(n.end, n.end + 56)); // round 40: "từ vị trí 27 tiến lên vị trí thứ 15"; session 50: "từ thứ hạng 51 lên thứ hạng 31", "từ thứ 51 lên thứ 31"
}

/** A span of years the sentence reports over: "giai đoạn 2021 - 2025", "2020-2024", "từ năm 2020 đến năm 2024". */
const YEAR_SPAN = /(?<!\d)(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d)|từ\s+năm\s+\d{4}\s+(?:đến|tới)/u;

/** A year between a move's start and its "lên"/"xuống" ("từ 4,75% của GDP năm 2020 lên …"): the start is a dated point, no baseline. */
const DATED_START = /^[^;]{0,72}?(?<!\d)(?:19|20)\d\d(?!\d)[^;\d]*?(?<![\p{L}\p{M}])(?:lên|xuống)\s/u;

/**
 * "tỷ trọng tăng từ 21% lên 29%", "giảm từ khoảng 30% xuống 25%": the undated value a move starts from is
 * the earlier value of the one it moves to, a baseline, like a rank move's start (`isRankMoveStart`); a
 * start with its own date ("từ 4,75% của GDP năm 2020 lên …") or over a span of years the sentence names
 * ("giai đoạn 2022 - 2024, … từ 3% lên 13,5%") is a dated point of the series instead.
 */
export function isMoveStart(lower: string, n: Span): boolean {
  if (isRankMoveStart(lower, n)) return true;
  if (YEAR_SPAN.test(lower.slice(0, n.start))) return false; // "trong giai đoạn 2022 - 2024, … tăng từ 3% lên 13,5%": the first year's value (`splitFromTo`)
  return isMoveFrom(lower, n.start) && !DATED_START.test(lower.slice(n.end, n.end + 72)); // round 54: the start's noun may stand between ("từ 112 thủ tục hành chính (TTHC) lên 559 TTHC")
}

/** "so với tháng trước (", "so với tháng 9/2022 (khoảng ", "tương đương với cùng kỳ 2023 (", round 48 "cao hơn cùng kỳ năm ngoái (" (a time before, not "cao hơn trung bình thế giới (": another's figure), and (session 24) "so với cùng kì năm 2023 (",
 *  "so với 6 tháng đầu năm 2022 (", "so với tuần cuối cùng của năm 2024 (": a comparison whose value follows in a bracket alone. */
const COMPARED_BEFORE_PAREN = /(?<![\p{L}\p{M}])(?:(?:so|tương\s+đương|ngang\s+bằng)\s+với|(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn(?:\s+(?:so\s+)?với)?(?=\s+(?:cùng\s+k[ỳì]|tháng|quý|năm|k[ỳì]|tuần|nửa)(?![\p{L}\p{M}])))\s+(?:cùng\s+k[ỳì]|tháng|quý|năm|k[ỳì]|tuần|nửa|(?:\d{1,2}|sáu|chín|ba)\s+(?:tháng|quý)|mức|t[ỷỉ] lệ|con số|trung bình|bình quân)(?![\p{L}\p{M}])[^,;()%]{0,32}$/u;
/** Round 48: a ranking's earlier edition named by its acronym and year, its value alone in the bracket after it: "tăng 20 bậc so với DTI 2020 (52/63)". */
const COMPARED_EDITION_PAREN = /(?<![\p{L}\p{M}])so\s+với\s+(?:(?:chỉ\s+số|bảng\s+xếp\s+hạng|kỳ|bản)\s+)?[a-z]{2,6}\s+(?:năm\s+)?(?:19|20)\d\d\s*$/u;

/**
 * Where the comparison starts when the number stands alone in a bracket right after it ("tăng 0,71%
 * so với tháng trước (50,61%)", "so với tháng 9/2022 (khoảng 230 tỷ đồng)", "(là 982 cuộc)"): the bracket
 * is the value compared with. -1 otherwise.
 */
export function comparedBracket(lower: string, paren: Span, n: Span): number {
  if (!/^\(\s*(?:(?:là|đạt|ở mức|xếp hạng|xếp thứ|hạng|thứ|vị trí)\s+)?(?:khoảng|gần|hơn|trên)?\s*$/u.test(lower.slice(paren.start, n.start))) return -1; // round 48: "so với năm 2021 (xếp hạng 23)"
  const near = lower.slice(Math.max(0, paren.start - 60), paren.start);
  const m = COMPARED_BEFORE_PAREN.exec(near) ?? COMPARED_EDITION_PAREN.exec(near);
  if (m) return Math.max(0, paren.start - 60) + m.index;
  const times = TIMES_BEFORE_PAREN.exec(lower.slice(Math.max(0, paren.start - 90), paren.start));
  return times ? Math.max(0, paren.start - 90) + times.index : -1;
}

/** Round 37: "gấp 3 lần số trạm khi … tháng 10/2024 (", "gấp đôi tổng số trạm … tính đến tháng 6/2025 (": the multiple's reference, its value alone in the bracket. */
const TIMES_BEFORE_PAREN = /(?<![\p{L}\p{M}])gấp\s+(?:\d+(?:,\d+)?\s+lần|đôi|rưỡi|ba|bốn|năm)(?![\p{L}\p{M}])(?:\s+[^\s;()]+){2}[^;()]{0,80}$/u; // a reference named between ("tăng gấp 3 lần (gần 1.200 trang)": the bracket is the result)

/** A dated bracket right after a value: "từ vị trí 59 (năm 2016) lên …". */
const OWN_DATED_PAREN = /^\s*\([^()\d]{0,12}(?:19|20)\d\d[^()]{0,16}\)/u;

/** The span whose dates are a baseline's own period: a dated bracket right after it, its bracket (with the comparison before a bare one), else from its comparison word (or the "từ" of the move it started) to 30 characters after it. */
export function baselineSpan(sentence: string, n: Span): Span {
  const lower = sentence.toLowerCase();
  const own = OWN_DATED_PAREN.exec(lower.slice(n.end));
  if (own) return { start: n.end, end: n.end + own[0].length };
  const paren = parenAround(lower, n.start);
  if (paren && isInSameTimeBracket(sentence, n)) { // review of round 63: "(cùng kỳ năm trước đạt 35%, năm 2024 đạt 58%)": the earlier time's item only
    const stop = /[,;)]/u.exec(lower.slice(n.end));
    return { start: paren.start, end: n.end + (stop ? stop.index : 0) };
  }
  if (paren) {
    const from = comparedBracket(lower, paren, n);
    return from >= 0 ? { start: from, end: paren.end } : paren;
  }
  const comparative = [...lower.slice(0, n.start).matchAll(COMPARATIVE)].at(-1)?.index ?? -1;
  const risen = isRisenFrom(lower, n) ? lower.lastIndexOf('từ', n.start) : -1; // "đạt X tăng từ Y trong năm 2024": the dates after "từ" are Y's
  const from = Math.max(lower.lastIndexOf('so với', n.start), lower.lastIndexOf('so năm', n.start), lower.lastIndexOf('cùng kỳ', n.start), lower.lastIndexOf('năm trước', n.start), comparative, risen, 0);
  const stop = /[,;()]/u.exec(lower.slice(n.end));
  return { start: from, end: Math.min(lower.length, n.end + Math.min(30, stop ? stop.index : 30)) };
}

/** "(so với) kế hoạch năm (3.880.250 tỷ đồng)", "chỉ tiêu cả năm (302.400 tỷ đồng)", "mục tiêu đề ra (85%)", "so với nghị quyết đề ra (2.400 tỷ đồng)", "dự toán giao (…)" (round 32): the plan's own value in brackets; a bracket the plan opens inside a result's or an estimate's clause ("ước tăng 4% (kế hoạch đặt ra 7 – 8%)", "(chỉ tiêu năm 2024: 95%)", round 24); or, where no result is set against the plan ("vượt / bằng / so với kế hoạch"), right after "kế hoạch / chỉ tiêu (năm N) giao / là / :" ("Kế hoạch năm 2024 giao 500 tỷ đồng"). */
const PLAN_VALUE_BEFORE = /(?:(?<![\p{L}\p{M}])(?<!\d\s{0,3})(?:kế hoạch|chỉ tiêu|mục tiêu|nghị quyết|dự toán)(?:\s+(?:cả\s+|của\s+)?năm)?(?:\s+\d{4})?(?:\s+(?:đề ra|đặt ra|được giao|giao))?\s*\(\s*|(?<![\p{L}\p{M}])(?<!(?:so với|vượt|bằng|đạt|hoàn thành|thực hiện)\s+)(?:kế hoạch|chỉ tiêu)(?:\s+được\s+giao)?(?:\s+(?:cả\s+)?năm)?(?:\s+\d{4})?\s*(?:(?:được\s+)?giao\s*|là\s*|:\s*)+|\(\s*(?:kế hoạch|chỉ tiêu|mục tiêu|kh(?![\p{L}\p{M}]))(?:\s+(?:cả\s+)?năm)?(?:\s+\d{4})?(?:\s+(?:đề ra|đặt ra|được giao|giao|là|tăng))?\s*:?\s*)$/u; // round 50: the abbreviation "(KH tăng 9,9%)"; round 51: not goals counted ("hoàn thành 32 chỉ tiêu (60,38%)")

/** True when the number at `start` is a plan's value given in brackets after the plan ("đạt 15,7% so với kế hoạch
 * năm (3.880.250 tỷ đồng)"): a target for the year (`wholeYear`), whatever the sentence reports. */
export function isPlanValue(sentence: string, start: number): boolean {
  return PLAN_VALUE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start).toLowerCase());
}

/** Session 25: a sentence opening on the figure before ("Với mức tăng trưởng này, …", "Kết quả này …"). */
const OPENS_ON_FIGURE_BEFORE = /^\s*(?:với\s+)?(?:mức\s+tăng(?:\s+trưởng)?|tốc\s+độ\s+tăng(?:\s+trưởng)?|con\s+số|kết\s+quả|mức)\s+(?:này|đó|trên)(?![\p{L}\p{M}])/u;

/** True when the number is the value the figure of the sentence before is ranked against, in a sentence that points back at it
 *  ("Với mức tăng trưởng này, GDP quý I chỉ cao hơn mức 3,21% của quý I-2020"): a baseline of that figure. */
export function pointsBackComparative(sentence: string, n: Span): boolean {
  const lower = sentence.toLowerCase();
  return OPENS_ON_FIGURE_BEFORE.test(lower) && COMPARATIVE_BEFORE.test(lower.slice(Math.max(0, n.start - 60), n.start));
}
