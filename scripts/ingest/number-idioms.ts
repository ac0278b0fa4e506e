/**
 * Idioms in which a numeral is no quantity (moved out of `number-words.ts`, session 17): a part of a series' title, a
 * double-digit growth, one step ahead, a level, a number of ways, a ratio's base and part. Pure; text is compared
 * lowercase.
 */

/** A part of a series' title or a Q&A's question: "Bài 1: …", "Kỳ 2 – …", "Bài 2/3: …", "Câu 3: …" (the part's number, and the count of parts). */
/** The words a series' part or a question is numbered after. */
const PART_WORD = 'bài|kỳ|phần';
export const SERIES_PART = { before: new RegExp(String.raw`(?:^|[^\p{L}\p{M}])(?:${PART_WORD}|câu|câu hỏi)\s*$`, 'u'), after: /^\s*(?:[:–—]|-\s)/u };

/**
 * Idioms in which a numeral is not a quantity: "1 trong 9 quốc gia" (one of nine: the 9 is the claim),
 * "tăng trưởng 2 con số" (double-digit), "đi trước 1 bước" / "tiến thêm 1 bước" (one step ahead),
 * "tài khoản định danh điện tử mức 2" (a level, as "mức độ 2"; not "ở mức 2%"), a part of a series' title
 * ("Bài 1: …", "Kỳ 2 – …"), a question's number in a Q&A ("Câu 3: …", round 33), a number of ways ("kết nối 2 chiều", "tắt sóng 2 chiều")
 * a road junction ("các điểm ngã 3, ngã 4", round 38) and a sale day written as a day-month ("siêu sale 8.8 và 9.8", round 38).
 * Each entry tests the text after the numeral, and (optionally) the text before it, lowercased.
 */
/** No unit after a dotted day-month: "8.8 và 9.8", not "8.8 điểm", "8.8%", nor a score out of a total ("đạt 7.7/12 điểm", round 47). */
const NO_UNIT_AFTER = /^(?!\s*(?:%|[.,]\d|\/\s*\d|điểm|lần|triệu|tỷ|tỉ|nghìn|ngàn|usd|đồng|phần|giờ))/iu;
/** Session 54: a bundle of procedures named by its count ("3 in 1", "3-in-1", "2 trong 1"): the "in 1"/"trong 1" after the count, and the
 *  count before the "1"; neither when the "1" goes on as a number, a scale or a span ("3 in 10 people", "3 in 1 million people", "3 trong 1
 *  quý đầu năm": a ratio or a time; second look: a period named after the bundle stays one, "liên thông 3 trong 1 quý I/2024"). Lowercase. */
const NOT_BUNDLE_ONE = String.raw`(?![\d.,]\d|\d)(?!\s*(?:thousand|million|billion|trillion|trăm|nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{M}]))(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?|quarters?|times?|năm|tháng|tuần|ngày|giờ|phút|quý|kỳ|đợt|phiên|lần)(?![\p{L}\p{M}])(?!\s*(?:[ivx]+(?![\p{L}])|\d|này|trước|tới|sau|qua|vừa)))`;
const BUNDLE_AFTER = new RegExp(String.raw`^\s*-?\s*(?:in|trong)\s*-?\s*1${NOT_BUNDLE_ONE}`, 'u');
const BUNDLE_BEFORE = /(?:^|[^\d.,])[2-9]\s*-?\s*(?:in|trong)\s*-?\s*$/u;
const BUNDLE_ONE_AFTER = new RegExp(`^${NOT_BUNDLE_ONE}`, 'u');

/** A dotted day-month or "ngày" and a day (a few words may stand between) listed right before: "8.8 và ", "ngày cuối tuần 8 và ". */
const DAY_LISTED_BEFORE = /(?:(?<![\d.,])(?:[12]\d|3[01]|[1-9])\.(?:1[0-2]|[1-9])|(?<![\p{L}\p{M}])ngày(?:\s+[\p{L}\p{M}]+){0,3}\s+(?:[12]\d|3[01]|[1-9]))\s*(?:,|và|-|–)\s*$/u;

export const IDIOMS: ReadonlyArray<{ after: RegExp; before?: RegExp; raw?: RegExp }> = [
  { raw: /^1$/, after: /^\s+trong\s+(?:số\s+)?(?:những|các)(?![\p{L}\p{M}])/u }, // round 38: "là 1 trong những nội dung …": one of the, no count
  { raw: /^1$/, after: /^\s+trong\s+(?:số\s+)?\d/u, before: /(?<!(?:xếp|đứng|thứ|giữ)\s+(?:hạng|thứ|vị trí)\s*)$/u }, // not "xếp hạng 1 trong số 34 tỉnh": a rank
  { after: /^\s+con\s+số(?![\p{L}\p{M}])/u },
  { before: /(?:^|[^\p{L}\p{M}])(?:trước|thêm)\s*$/u, after: /^\s+bước(?![\p{L}\p{M}])/u },
  { raw: /^[1-4]$/, before: /(?:^|[^\p{L}\p{M}])mức\s*$/u, after: /^(?!\s*(?:%|[.,]\d|phần|triệu|tỷ|nghìn|ngàn|điểm|lần|đồng|usd)|\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3}\s*\/\s*\d)/iu }, // session 43: not a rate's level, "đạt mức 3 doanh nghiệp/1.000 dân"
  SERIES_PART,
  { raw: /^[1-4]$/, after: /^\s+chiều(?![\p{L}\p{M}])(?!\s+(?:nay|qua|mai|hôm|ngày|thứ|hướng))/u },
  { before: /(?:^|[^\p{L}\p{M}])cứ\s*$/u, after: /^\s+\p{L}/u }, // "cứ 220 người dùng thì có 1 người …": a ratio's base
  { raw: /^(?:180|360)$/, after: /^\s*(?:độ|°)(?![\p{L}\p{M}])/u }, // round 35: "ảnh 360 độ", "camera 360°": a view's angle
  { raw: /^19$/, before: /(?:^|[^\p{L}\p{M}])covid\s*$/u, after: /^(?!\s*(?:%|[.,]\d))/u }, // round 39: "dịch Covid 19" written with a space: the disease's name
  { raw: /^\d$/, after: /^\s+năm\s+(?:19|20)\d\d\s*(?:,|và|-|–)\s*(?:năm\s+)?(?:19|20)\d\d/u }, // round 39: "trong 2 năm 2021, 2022": the years then named, no count
  { raw: /^\d{1,2}$/, before: /(?:^|[.;:!?]\s*)thứ\s*$/u, after: /^\s*(?:là\s|,\s*(?!(?:ngày\s+)?\d))/u }, // round 39: "Thứ 3 là xã hội số …", "Thứ 2, …" opening a sentence: an enumerator (not "Thứ 3, ngày 5/3": a weekday; not "đứng thứ 3")
  { raw: /^\d{1,4}$/, before: /(?<![\p{L}\p{M}])dài\s*$/u, after: /^\s+trang(?![\p{L}\p{M}])/u }, // round 39: "báo cáo dài 55 trang": a document's length
  { raw: /^[1-9]$/, after: /^\s+lần\s+đầu(?![\p{L}\p{M}])/u }, // round 39: "ở 2 lần đầu", "3 lần đầu tiên": the first times of a sequence, no count
  { raw: /^[3-6]$/, before: /(?:^|[^\p{L}\p{M}])ngã\s*$/u, after: /^(?!\s*(?:%|[.,]\d))/u }, // round 38: "ngã 3, ngã 4": a junction's name (ngã ba, ngã tư)
  { raw: /^(1[0-2]|[1-9])\.\1$/, after: NO_UNIT_AFTER }, // round 38: a double day's sale ("siêu sale 8.8", "11.11"): a day's name, no value
  { raw: /^(?:[12]\d|3[01]|[1-9])\.(?:1[0-2]|[1-9])$/, before: DAY_LISTED_BEFORE, after: NO_UNIT_AFTER }, // … and a day listed after it or after "ngày 8 và " ("8.8 và 9.8")
  { raw: /^[2-9]$/, after: BUNDLE_AFTER }, // session 54: "3 in 1", "3-in-1", "liên thông 3 trong 1": a bundle's name, no count
  { raw: /^1$/, before: BUNDLE_BEFORE, after: BUNDLE_ONE_AFTER }, // … and its "1"
];

/** A ratio's base and its part: "cứ 220 người dùng thì có 1 người", "cứ 10 công ty thì có đến 8 công ty" (round 32b), a comma for "thì" ("cứ 4 hộ, có 1 hộ", round 33), a base named in up to 60 characters ("cứ 50 người dùng ví điện tử trên điện thoại thì có 1 …", round 35); group 1 is the base. */
const RATIO_PART_BEFORE = /(?:^|[^\p{L}\p{M}])cứ\s+(\d{1,4})\s+[^,;.\d]{1,60}?(?:\s|,\s*)(?:thì\s+)?(?:sẽ\s+|lại\s+)?có\s+(?:(?:đến|tới|tận|gần|hơn|khoảng)\s+)?$/u;

/** True when the plain number `raw` is the part of a ratio "cứ N … thì có M": M no larger than its base N counts no one. */
function isRatioPart(raw: string, b: string, a: string): boolean {
  const base = RATIO_PART_BEFORE.exec(b)?.[1];
  return base !== undefined && /^\d{1,4}$/u.test(raw) && Number(raw) <= Number(base) && /^\s+\p{L}/u.test(a);
}

/** Round 54: a series' part opening a title with no colon, the title's capital right after ("Tuyến bài …: Bài 3 Giải mã …", "Kỳ 2 Những …", "Bài 3Giải mã" glued): the part's number. */
const TITLE_PART = { before: new RegExp(String.raw`(?:^|[:|.–—]\s*)(?:${PART_WORD})\s*$`, 'u'), after: /^\s*\p{Lu}/u };

/** True when the numeral `raw`, between `before` and `after`, is part of an idiom (see IDIOMS), a series' part opening a title (`TITLE_PART`, `after` as written) or a ratio's part (`isRatioPart`). */
export function isIdiom(raw: string, before: string, after: string): boolean {
  const b = before.toLowerCase();
  const a = after.toLowerCase();
  if (/^\d{1,2}$/u.test(raw) && TITLE_PART.before.test(b) && TITLE_PART.after.test(after)) return true;
  return isRatioPart(raw, b, a) || IDIOMS.some((i) => (!i.raw || i.raw.test(raw)) && i.after.test(a) && (!i.before || i.before.test(b)));
}

/** Round 45: what follows "24/24" or "24/7" said of a service's hours (no counted noun: "24/24 xã" counts). */
const ROUND_THE_CLOCK_AFTER = /^\s*(?:$|[.,;:)!?\-–]|(?:giờ|h|mà|và|không|để|cho|trong|tại|với|nên|thì|nhằm|phục vụ|qua|trên)(?![\p{L}\p{M}]))/iu;

/** True when the fraction `a`/`b` is "24/24" or "24/7" around the clock ("trả kết quả 24/24 mà không cần …", "hoạt động 24/7,"), `after` the text after it: no count. */
export function isRoundTheClock(a: number, b: number, after: string): boolean {
  return a === 24 && (b === 24 || b === 7) && ROUND_THE_CLOCK_AFTER.test(after);
}
