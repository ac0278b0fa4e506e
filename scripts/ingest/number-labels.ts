/**
 * Round 15: bare numbers that label a thing rather than count it: a school grade ("học sinh lớp 1", "các khối
 * lớp 1, 2, 3 và 4"), a class of hospital or town ("bệnh viện công tuyến tỉnh hạng 1", "đô thị loại 2"), and a
 * plan or programme called by its number alone ("Kế hoạch 64 đề ra …", "theo Chương trình 06,"). Round 20: a ranking's
 * band ("xếp vào nhóm 1 - nhóm …"), a footnote mark ("[5]") and a year cut short ("năm 202" at a line's end). Round 27a: a
 * meeting's order ("Phiên họp lần 4"). Round 29a: a year with a footnote mark glued to it ("năm 20301") and a body's tier
 * ("chi nhánh cấp 1,"), a photo's number ("- Ảnh 3.") and a count whose noun the excerpt cuts off ("nói thêm, 41 h"). Round 31a:
 * a clock time's minutes ("7 giờ 30 sáng"), weekdays of a span ("từ thứ 2 đến thứ 6") and an event's day ("ngày thứ 2"). Round 31f: a
 * number a thing is called by ("số thứ tự … là 5", "số báo danh 12"). Round 32: a storm's number ("cơn bão số 4") and how many digits a
 * figure has ("tăng trưởng 2 chữ số", "lạm phát 1 con số"). Round 33: a plenum's number ("Hội nghị Trung ương 10"). Pure;
 * `definitions.ts` `isNoClaim` asks these.
 */

import { SPOKEN_HOUR } from './time-of-day';

/** "lớp" or "khối lớp" and any grades listed before this one ("lớp 1, 2, ", "lớp 10 và "), on any-case text. */
const GRADE_BEFORE = /(?<![\p{L}\p{M}])(?:khối\s+)?lớp\s+(?:\d{1,2}\s*(?:,|và|-|–|đến)\s*)*$/iu;

/** True when the bare number `value` is a school grade: after "lớp", or going on a list of grades ("lớp 1, 2, 3 và 4"). */
export function isGrade(before: string, value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 12 && GRADE_BEFORE.test(before);
}

/** A class a body or a place is given: "bệnh viện … hạng 1", "tuyến tỉnh hạng 2", "đô thị loại 1", "thành phố loại 1", "cơ sở … hạng đặc biệt". */
const CLASS_BEFORE = /(?<![\p{L}\p{M}])(?:bệnh viện|đô thị|thành phố|thị xã|thị trấn|cơ sở|trung tâm|tuyến\s+(?:tỉnh|huyện|trung ương|xã))[^,;.:\d]{0,30}?\s(?:hạng|loại)\s*$/iu;
/** Words of a ranking that make "hạng" a position after all ("xếp hạng", "thứ hạng", "đứng hạng"). */
const RANKED = /(?<![\p{L}\p{M}])(?:xếp|thứ|đứng|giữ|vươn lên|tăng|giảm)\s+(?:hạng|loại)\s*$/iu;

/** True when the bare number is the class of a hospital, a town or a line ("bệnh viện công tuyến tỉnh hạng 1"), not a rank. */
export function isClassLabel(before: string, value: number): boolean {
  return Number.isInteger(value) && value <= 5 && CLASS_BEFORE.test(before) && !RANKED.test(before);
}

/** A plan's or programme's name word, capitalised, right before its number: "Kế hoạch 64", "Chương trình 06", "Đề án 06";
 * or a body named after the decision that set it up: "Ban Chỉ đạo 389", "Tổ công tác 1102". */
const PLAN_NAME_BEFORE = /(?<![\p{L}\p{M}])(?:Kế hoạch|Chương trình|Đề án|Dự án|Chiến lược|Nghị quyết|Chỉ thị|Kết luận|Ban [Cc]hỉ đạo|Tổ [Cc]ông tác)\s+$/u;
/** What may follow a plan's number: the end of the phrase, a capitalised word, or a verb or link word. */
const PLAN_NAME_END = /^(?:\s*[.,;:)]|\s*$|\s+\p{Lu}|\s+(?:đề ra|đặt ra|xác định|nêu|yêu cầu|của|về|được|đã|có|là|và|với|nhằm|trong|tại|thì|sẽ|cũng|giao|quy định)(?![\p{L}\p{M}]))/u;

/** True when the bare number `raw` names a plan by its number ("Kế hoạch 64 đề ra các mục tiêu"), not a count or a year. */
export function isPlanNumber(before: string, raw: string, after: string): boolean {
  return /^\d{1,4}$/u.test(raw) && !/^(?:19|20)\d\d$/u.test(raw) && PLAN_NAME_BEFORE.test(before) && PLAN_NAME_END.test(after);
}

/** A band a ranking puts its subject in, then described: "xếp vào nhóm 1 - nhóm đạt điểm cao nhất", "thuộc nhóm 4 (nhóm thấp nhất)". */
const BAND = { before: /(?<![\p{L}\p{M}])(?:xếp|nằm|thuộc|đứng)\s+(?:vào\s+|trong\s+)?nhóm\s*$/iu, after: /^\s*(?:[-–(,:]\s*)nhóm(?![\p{L}\p{M}])/iu };

/** True when the bare number `value` names a band of a ranking described right after it (`BAND`), not a rank or a count. */
export function isBandLabel(before: string, value: number, after: string): boolean {
  return value <= 9 && BAND.before.test(before) && BAND.after.test(after);
}

/**
 * True when the bare number is a source's footnote mark ("… xã hội học tập. [5]", "[6, 9]"), a year cut short at a line's end ("so với
 * năm 202"), or a year after "năm" with a footnote mark glued to it ("định hướng đến năm 20301", "vào năm 20194": 2030 and
 * 2019 with notes 1 and 4; round 29a): no count is written after "năm".
 */
export function isMarkOrCutYear(before: string, raw: string, after: string): boolean {
  if (/\[(?:\s*\d{1,3}\s*[,;–-])*\s*$/u.test(before) && /^(?:\s*[,;–-]\s*\d{1,3})*\s*\]/u.test(after)) return true; // round 49: a list of marks too, "[6, 9]", "[3–5]"
  const afterYear = /(?<![\p{L}\p{M}])năm\s*$/iu.test(before);
  if (afterYear && /^(?:19[5-9]\d|20[0-5]\d)[1-9]\d?$/u.test(raw)) return true;
  return /^(?:19|20)\d$/u.test(raw) && afterYear && /^[ \t]*(?:[\n.;]|$)/u.test(after);
}

/** A tier a body is graded at, its number closing the phrase: "chi nhánh cấp 1, …", "trường cấp 2 và …" (not the verb "cấp 500 giấy phép"). */
const TIER_GRADE = { before: /(?<![\p{L}\p{M}])cấp\s*$/iu, after: /^\s*(?:[,;.:)]|$|(?:và|hoặc|trở lên|trở xuống)(?![\p{L}\p{M}]))/iu };

/** True when the bare number `value` is the grade after "cấp" (`TIER_GRADE`: "14 chi nhánh cấp 1, 2 phòng giao dịch"), not a count. */
function isTierGrade(before: string, value: number, after: string): boolean {
  return value <= 5 && TIER_GRADE.before.test(before) && TIER_GRADE.after.test(after);
}

/** A meeting named by its order: "Phiên họp lần 4", "kỳ họp thứ 9", "Hội nghị lần thứ 11", "Hội nghị (lần 2)", "Đại hội lần thứ XIII" (digits only here). */
const SESSION_BEFORE = /(?<![\p{L}\p{M}])(?:phiên họp|phiên|kỳ họp|cuộc họp|hội nghị|đại hội|hội thảo|diễn đàn)(?:\s+[\p{L}\p{M}]+){0,3}?\s+\(?\s*(?:lần\s+thứ|lần|thứ)\s+$/iu;

/** A Party plenum called by its number after "Trung ương": "Hội nghị Trung ương 8", "Nghị quyết Trung ương 8 khóa XI", "Hội nghị BCH Trung ương lần 4" (round 33). */
const PLENUM_BEFORE = /(?<![\p{L}\p{M}])(?:hội nghị|nghị quyết|kết luận)(?:\s+(?:ban chấp hành|bch))?\s+(?:trung ương|tw)\s+(?:lần\s+(?:thứ\s+)?)?$/iu;

/** True when the bare number `value` gives a meeting's order ("Phiên họp lần 4 của Hội đồng", a plenum "Trung ương 8"): its name, not a count. */
function isSessionOrdinal(before: string, value: number): boolean {
  return value <= 99 && (SESSION_BEFORE.test(before) || PLENUM_BEFORE.test(before));
}

/** A photo's number closing its caption: "… - Ảnh 3.", "(Hình 2)", "Ảnh 4:" (not "ảnh 360 độ"). */
const PHOTO = { before: /(?<![\p{L}\p{M}])(?:ảnh|hình|photo)\s*$/iu, after: /^\s*(?:[.:;)]|$)/u };

/** A count whose noun is cut off mid-word where the excerpt ends: "Điều đáng nói là, 41 h" (what it counts is lost). */
const CUT_NOUN = /^[ \t]+\p{L}[ \t]*$/u;

/** True when the bare number is a photo's number (`PHOTO`) or counts a noun the text cuts off (`CUT_NOUN`): no claim (round 29a). */
function isPhotoOrCut(before: string, after: string): boolean {
  return (PHOTO.before.test(before) && PHOTO.after.test(after)) || CUT_NOUN.test(after);
}

/** The hour of a clock time right before its minutes: "lúc 7 giờ 30 sáng", "9h 45," (round 31a). */
const HOUR_BEFORE = new RegExp(String.raw`(?<![\d.,])${SPOKEN_HOUR}\s*$`, 'iu');
/** Weekdays by number in a span ("từ thứ 2 đến thứ 6", "Thứ 2 - thứ 7 hàng tuần") and a meeting's or event's day by its order ("Ngày thứ 2 của hội nghị"). */
const WEEKDAY = { first: /^\s*(?:đến|tới|-|–)\s*thứ\s*[2-7](?!\d)/iu, second: /(?<![\p{L}\p{M}])thứ\s*[2-7]\s*(?:đến|tới|-|–)\s*thứ\s*$/iu };
const DAY_ORDINAL_BEFORE = /(?<![\p{L}\p{M}])ngày\s+thứ\s*$/iu;

/** True when the bare number is a weekday of a span (`WEEKDAY`) or the order of an event's day (`DAY_ORDINAL_BEFORE`): no rank, no count (round 31a). */
function isDayName(before: string, value: number, after: string): boolean {
  if (DAY_ORDINAL_BEFORE.test(before)) return true;
  return value >= 2 && value <= 7 && ((/(?<![\p{L}\p{M}])thứ\s*$/iu.test(before) && WEEKDAY.first.test(after)) || WEEKDAY.second.test(before));
}

/** A number a thing is called by, then its value: "số thứ tự khám bệnh là 5", "số báo danh: 12", "mã số 38", "biển số 29" (round 31f; not "số phòng học là 120", a count). */
const CODE_NAME_BEFORE = /(?<![\p{L}\p{M}])(?:số thứ tự|số báo danh|số hiệu|mã số|biển số)(?:\s+[\p{L}\p{M}]+){0,4}?\s*(?:là|:)?\s*$/iu;
/** Round 53: a bus, metro or rail line called by its number, or a list of them: "tuyến số 9", "các tuyến: 04, 05, 17, 22 (A, B,C), 23"
 *  (not "trực tuyến", online; "10 tuyến buýt" counts before its noun). */
const ROUTE_NAME_BEFORE = /(?<![\p{L}\p{M}])(?<!trực\s)tuyến(?:\s+(?:xe\s+)?buýt|\s+metro|\s+đường\s+sắt(?:\s+đô\s+thị)?)?(?:\s+số)?\s*:?\s*(?:[a-z]{0,2}\d{1,3}[a-z]?(?:\s*\([^()]{0,12}\))?\s*(?:,|và|;|-|–)\s*)*$/iu;
/** What may follow a line's number: an end, a bracket, a joining word or a capital. */
const ROUTE_NAME_END = /^(?:\s*[.,;:()]|\s*$|\s+(?:và|hoặc|với|của|từ|đi|đến|\p{Lu}))/u;
/** A storm or a depression called by its number in the season: "cơn bão số 4", "bão số 11", "áp thấp nhiệt đới số 2" (round 32). */
const STORM_NAME_BEFORE = /(?<![\p{L}\p{M}])(?:bão|áp\s+thấp(?:\s+nhiệt\s+đới)?)\s+số\s*$/iu;
/** How many digits a figure has, after its count: "tăng trưởng 2 chữ số", "mã gồm 6 chữ số", "lạm phát 1 con số" (round 32): a size, no claim. */
const DIGITS_AFTER = { figure: /^\s+chữ\s+số(?![\p{L}\p{M}])/iu, size: /^\s+con\s+số(?![\p{L}\p{M}])/iu };

/** True when the bare number `value` counts a figure's digits: up to 20 before "chữ số", up to 3 before "con số" ("3 con số ấn tượng" is as much rhetoric). */
function isDigitCount(value: number, after: string): boolean {
  return (value <= 20 && DIGITS_AFTER.figure.test(after)) || (value <= 3 && DIGITS_AFTER.size.test(after));
}

/** True when the bare number labels a grade, a class, a tier, a plan, a band, a meeting's order or a photo, is a clock time's minutes, a weekday, an event's day, a thing's code number or a storm's, counts a figure's digits, or is a footnote mark, a cut or footnoted year or a count cut off (see the module comment). */
export function isLabelNumber(before: string, raw: string, after: string): boolean {
  if (!/^\d{1,6}$/u.test(raw)) return false;
  const value = Number(raw);
  if ((value <= 59 && raw.length === 2 && HOUR_BEFORE.test(before)) || isDayName(before, value, after)) return true;
  return isGrade(before, value) || isClassLabel(before, value) || isPlanNumber(before, raw, after) || isBandLabel(before, value, after) || isSessionOrdinal(before, value) || isMarkOrCutYear(before, raw, after) || isTierGrade(before, value, after) || isPhotoOrCut(before, after) || CODE_NAME_BEFORE.test(before) || STORM_NAME_BEFORE.test(before) || isDigitCount(value, after);
}

/** Round 53: true when the bare number `raw` names a bus, metro or rail line, alone or in a list of lines (`ROUTE_NAME_BEFORE`; `before`
 *  reaches back to the list's "tuyến", which a long list puts far off), not a count. */
export function isRouteNumber(before: string, raw: string, after: string): boolean {
  const named = /(?<![\p{L}\p{M}])số\s*:?\s*$/iu.test(before) && !/^\s*(?:triệu|nghìn|ngàn|tỷ|%)/iu.test(after); // "tuyến số 86 nối …": "số" names it
  return /^\d{1,3}$/u.test(raw) && ROUTE_NAME_BEFORE.test(before) && (named || ROUTE_NAME_END.test(after));
}

/** A software version or a technology's generation named before its number: "phiên bản 2.1", "iOS 18.2", "Android 15", "Wi-Fi 7",
 * "Bluetooth 5.3", "USB 4" (round 32, the lead's probe of product news). */
const VERSION_BEFORE = /(?<![\p{L}\p{M}])(?:phiên bản|version|bản cập nhật|ios|ipados|macos|watchos|android|windows|harmonyos|hyperos|one ui|miui|wi-?fi|bluetooth|usb|pcie|lpddr|ddr|ipv)\s*$/iu;
/** What may follow a version: an end, a capital, a joining or linking word (not a counted noun: "Android 15 triệu" counts). */
const VERSION_END = /^(?:\s*[.,;:)\]]|\s*$|\s+\p{Lu}|\s+(?:và|hoặc|được|đã|có|là|với|mới|trở lên|trên|cho|của|sẽ)(?![\p{L}\p{M}]))/u;

/** A device's model line named before its generation: "iPhone 16", "iPad 10", "Pixel 9", "Xiaomi 15", "Redmi 13", "Reno 12",
 * "Snapdragon 8", "PlayStation 5" (round 32b, an audit of product news). */
const MODEL_BEFORE = /(?<![\p{L}\p{M}])(?:iphone|ipad|pixel|xiaomi|redmi|reno|snapdragon|dimensity|exynos|playstation|apple watch series)\s*$/iu;
/** What a model number may not be followed by: a scale word, a counted thing or a unit ("iPhone 15 triệu đồng" prices). */
const MODEL_COUNTED_AFTER = /^\s*(?:triệu|nghìn|ngàn|tỷ|chiếc|máy|sản phẩm|đơn|%|đồng|usd|lần)(?![\p{L}\p{M}])/iu;

/** Session 50: an era's name written with a decimal comma after what it names ("xã hội bây giờ phát triển 4,0", "chợ 4,0", "cách mạng công
 *  nghiệp 4,0"): "4.0", no count. The dot form "4.0" is skipped in `numbers.ts` whatever stands before it; "4,0" is also a score
 *  ("đạt 4,0 điểm"), so it needs these words. */
const ERA_BEFORE = /(?<![\p{L}\p{M}])(?:công nghiệp|cách mạng|phát triển|thời đại|kỷ nguyên|chợ|nông nghiệp|xã hội|công nghệ|chuyển đổi số)\s*$/iu;

/** True when the plain number `raw` is a software version or a technology's generation (`VERSION_BEFORE`) or a device's
 * model generation (`MODEL_BEFORE`), or an era written "4,0" (`ERA_BEFORE`), not a count. */
export function isVersionNumber(before: string, raw: string, after: string): boolean {
  if (/^[2-5],0$/u.test(raw)) return raw === '4,0' && ERA_BEFORE.test(before) && !/^\s*(?:trên|\/|so với|điểm|lần)(?![\p{L}\p{M}])/iu.test(after); // review: "mức độ trưởng thành 3,0 trên thang 5" is a score
  if (!/^\d{1,4}(?:\.\d{1,3}){0,2}$/u.test(raw)) return false;
  if (MODEL_BEFORE.test(before)) return !MODEL_COUNTED_AFTER.test(after);
  return /^\d{1,3}(?:\.|$)/u.test(raw) && VERSION_BEFORE.test(before) && VERSION_END.test(after);
}

/** Round 63: a region's number in an office's name ("VKSND khu vực 12", "Viện kiểm sát nhân dân (VKSND) khu vực 12", "Chi cục Hải quan khu vực 2",
 *  "Thuế khu vực 5"); review: only after an office's name, not a place of so many ("khu vực 2 sân bay", "khu vực 5 tỉnh Tây Nguyên"). */
const REGION_BEFORE = /(?:(?:^|[^\p{L}\p{M}])(?:vksnd|tand|viện\s+kiểm\s+sát(?:\s+nhân\s+dân)?|viện\s+ksnd|tòa\s+án(?:\s+nhân\s+dân)?|hải\s+quan|kho\s+bạc(?:\s+nhà\s+nước)?|thuế|bhxh|bảo\s+hiểm\s+xã\s+hội|chi\s+cục(?:\s+[\p{L}\p{M}]+){0,3})|\))\s*khu\s+vực\s*$/u;
const PLACES_AFTER = /^\s*(?:tỉnh|thành|huyện|quận|xã|phường|nước|quốc\s+gia|địa\s+phương|thôn|bản|làng)(?![\p{L}\p{M}])/u;

/** True when the number is a region's number in an office's name (`REGION_BEFORE`, no places counted after it); `before`, `after` lowercase. */
export function isRegionNumber(before: string, after: string): boolean {
  return REGION_BEFORE.test(before) && !PLACES_AFTER.test(after);
}
