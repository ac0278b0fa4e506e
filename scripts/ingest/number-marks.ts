/**
 * Round 52: numbers that mark something rather than count it, each told from the words around it. Pure.
 * - an age bound ("trong độ tuổi từ đủ 14 trở lên", "độ tuổi 15", "tuổi từ 18"): a rule's age, not a count of anything;
 * - a code's length ("dãy 12 số", "gồm 12 chữ số", "mã 10 ký tự", "CMND 9 số"): a format, not a figure;
 * - a footnote's number glued to a share ("66,8%5 (đạt mục tiêu …)"): a mark of the page, not a number of the text;
 * - a weekday ("sáng thứ 7", "thứ 7 hằng tuần", "thứ 7 và chủ nhật"): a day of the week, not a rank; a third party ("bên thứ 3"), no rank either;
 * - an index's design ("Cấu trúc Bộ Chỉ số … có thang điểm 1000, … 306 tiêu chí thuộc 3 trụ cột gồm: Chính quyền số (400 điểm; 133 tiêu
 *   chí)"): the points, criteria and pillars a method weighs, not results;
 * - the numbers that name places in a list after a place word ("các khu phố: 1, 2, 3, 4, 9, 10", "tổ dân phố 3, 5 và 7"): names, not counts;
 * - every province as the scope of what is measured ("tỷ lệ … của 63 tỉnh, thành phố", "ở 63 tỉnh, thành phố nằm trong khoảng …", "tại
 *   34 tỉnh"): the country's size, not a count of what was done (a reach stays one: "triển khai tới 63 tỉnh", "toàn bộ 63 tỉnh đã …").
 */
import { PROVINCES_34, PROVINCES_63 } from './provinces';

/** An age's words right before the number: "độ tuổi ", "độ tuổi từ đủ ", "tuổi từ ", "từ đủ " (not "6-14 tuổi 735 trường hợp"). */
const AGE_BEFORE = /(?<![\p{L}\p{M}])(?:độ\s+tuổi\s+(?:từ\s+)?(?:đủ\s+)?|tuổi\s+từ\s+(?:đủ\s+)?|từ\s+đủ\s+)$/iu;
/** A code's length: "dãy 12 số", "12 chữ số", "10 ký tự". */
const DIGITS_AFTER = /^\s*(?:chữ\s+số|ký\s+tự|kí\s+tự)(?![\p{L}\p{M}])/iu;
/** Round 64: an identity card's or a code's name before its length ("chứng minh nhân dân 9 số", "CMND 9 số", "căn cước 12 số", "mã định danh 12 số", "thuê bao 11 số"). */
const STRING_BEFORE = /(?<![\p{L}\p{M}])(?:dãy|chứng\s+minh\s+(?:nhân\s+dân|thư)|cmnd|căn\s+cước(?:\s+công\s+dân)?|cccd|(?:mã\s+)?định\s+danh|mã(?:\s+số)?|thuê\s+bao)\s+$/iu;
const DIGIT_AFTER = /^\s*(?:chữ\s+)?số(?![\p{L}\p{M}])/iu;

/** True when the bare number between `before` and `after` is an age bound or a code's length. */
export function isAgeOrCodeLength(before: string, after: string): boolean {
  return AGE_BEFORE.test(before) || DIGITS_AFTER.test(after) || (STRING_BEFORE.test(before) && DIGIT_AFTER.test(after));
}

/** True when the number at `p` of `s` stands glued after a percent sign: a footnote's mark. */
export function isFootnoteAfterShare(s: string, p: number, raw: string): boolean {
  return s[p - 1] === '%' && /^\d{1,2}$/u.test(raw);
}

/** A weekday's words around "thứ N": a time of day or "ngày/vào/các/mỗi" before "thứ", or "hằng tuần", "chủ nhật" after (not "và thứ 3",
 *  "từ thứ 5 lên thứ 3", "thứ 3, thứ 5": a ranking's places). */
const WEEKDAY_BEFORE = /(?<![\p{L}\p{M}])(?:sáng|chiều|tối|trưa|ngày|vào|các|mỗi|hôm)\s+thứ\s*$/iu;
const WEEKDAY_AFTER = /^\s*(?:(?:hằng|hàng)\s+tuần|(?:,|và|hoặc|đến|-)\s*chủ\s+nhật)(?![\p{L}\p{M}\d])/iu;

/** Round 64: "bên thứ 3" (a third party): a kind of party, not a rank. */
const PARTY_BEFORE = /(?<![\p{L}\p{M}])bên\s+thứ\s*$/iu;

/** True when the number `raw` after "thứ" (in `before`) names a weekday (2 to 7, `WEEKDAY_BEFORE` or `WEEKDAY_AFTER`). */
function isWeekday(before: string, raw: string, after: string): boolean {
  return /^[2-7]$/u.test(raw) && /(?<![\p{L}\p{M}])thứ\s*$/iu.test(before) && (WEEKDAY_BEFORE.test(before) || WEEKDAY_AFTER.test(after));
}

/** A sentence that describes an index's design: its structure, its scale of points, its method. */
const DESIGN_SENTENCE = /(?<![\p{L}\p{M}])(?:cấu\s+trúc|thang\s+điểm|phương\s+pháp\s+(?:đánh\s+giá|tính\s+điểm))(?![\p{L}\p{M}])/iu;
/** What a design weighs right after the number: points, criteria, component indices, pillars. */
const DESIGN_UNIT_AFTER = /^\s*(?:điểm|tiêu\s+chí|chỉ\s+số(?:\s+thành\s+phần)?|trụ\s+cột)(?![\p{L}\p{M}])/iu;

/** A result's verb right before the number ("đạt 650 điểm", "tăng 20 điểm"): a score reached, even in a sentence on the scale. */
const RESULT_BEFORE = /(?<![\p{L}\p{M}])(?:đạt|tăng|giảm|còn|lên|xuống|ghi\s+nhận|được)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/iu;

/** True when the number at `p` (written `raw`) of the sentence `s` is a weight or a part of an index's design (module comment), not a score reached. */
export function isIndexDesign(s: string, p: number, raw: string): boolean {
  return DESIGN_UNIT_AFTER.test(s.slice(p + raw.length, p + raw.length + 30)) && DESIGN_SENTENCE.test(s) && !RESULT_BEFORE.test(s.slice(Math.max(0, p - 24), p));
}

/** How many provinces the country has had: 63 before the 2025 merger, 34 after (provinces.ts' lists). */
const PROVINCE_COUNTS = [PROVINCES_63.length, PROVINCES_34.length].map(String);
/** The whole country's provinces after a word of scope: "của", "ở", "tại", "giữa", "trong số". */
const ALL_PROVINCES_SCOPE = { before: /(?<![\p{L}\p{M}])(?:của|ở|tại|giữa|trong\s+số)\s+(?:các\s+|cả\s+)?$/iu, after: /^\s+(?:tỉnh|địa\s+phương)(?![\p{L}\p{M}])/iu };

/** True when the bare `raw` is every province of the country as the scope of a measure (module comment). */
function isAllProvincesScope(before: string, raw: string, after: string): boolean {
  return PROVINCE_COUNTS.includes(raw) && ALL_PROVINCES_SCOPE.before.test(before) && ALL_PROVINCES_SCOPE.after.test(after);
}

/** A place word that a number names, then a list of such numbers up to this one: "các khu phố: 1, 2 , ", "tổ dân phố 3, 5 và ". */
const NAMED_PLACES_LIST = /(?<![\p{L}\p{M}])(?:khu\s+phố|tổ\s+dân\s+phố|khu\s+dân\s+cư|thôn|ấp|khóm|xóm|bản|tổ|khu|phường|quận|khu\s+vực)(?:\s+số)?\s*:?\s*((?:\d{1,3}\s*,\s*)*)(?:và\s+)?$/iu;
/** The list going on after the first of its numbers: ", 2 , 3". */
const LIST_GOES_ON = /^\s*,\s*\d{1,3}\s*(?:,|và)/u;

/** True when the bare number between `before` and `after` is one of the numbers a list of places is named by (`NAMED_PLACES_LIST`):
 *  after earlier numbers of the list, or first with the list going on (`LIST_GOES_ON`). */
function namesPlaceInList(before: string, after: string): boolean {
  const m = NAMED_PLACES_LIST.exec(before);
  return m !== null && (m[1] !== '' || LIST_GOES_ON.test(after));
}

/** True when the bare number `raw` between `before` (lowercase, the text before it) and `after` marks rather than counts (module comment): an age or a
 *  code's length, a weekday, every province as a measure's scope, a place's number in a list. */
export function isBareMark(before: string, raw: string, after: string): boolean {
  return isAgeOrCodeLength(before, after) || isWeekday(before, raw, after) || PARTY_BEFORE.test(before) || isAllProvincesScope(before, raw, after) || namesPlaceInList(before, after);
}
