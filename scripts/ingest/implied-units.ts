/**
 * Units a number's neighbours imply (round 9b): a rank move counted in places ("giảm 9 vị trí so với tháng
 * trước", like "giảm 9 bậc"), and an amount in thousands of billions with no currency word in a sentence
 * that counts in đồng ("nộp ngân sách ước đạt 44,3 nghìn tỷ, …; thu nhập 32,5 triệu đồng/người"); round 16: a 0–1
 * score printed with a stray "%" ("Chỉ số chuyển đổi số cấp tỉnh đạt 0,71%"); round 22: the amount after a money flow
 * with no đồng in its sentence ("lợi nhuận trước thuế 14,6 nghìn tỷ"); round 24: money saved ("Tiết kiệm 5 nghìn tỷ từ …"),
 * times counted, not multiplied ("có 6 lần đứng đầu"), and one half written "1 nửa" (50 %); round 30a: more counts of
 * times ("đã 2 lần giành …", "Trong 05 lần tham dự"), padded too; round 31f: earnings in billions with no currency word ("lãi 4.400 tỷ"). Pure.
 */
import type { UnitTag } from './number-words';

/** A change verb right before the number: "tăng", "giảm", "tụt", "thăng", "lên", "xuống" (optionally "thêm"). */
const MOVE_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm|tụt|thăng|lên|xuống)(?:\s+(?:thêm|liền|tới|đến))?\s*$/iu;
/** " vị trí" after the number, not "vị trí thứ …" nor a place named ("vị trí số 1"). */
const PLACES = /\s+vị\s+trí(?![\p{L}\p{M}])(?!\s+(?:thứ|số|\d))/iuy;
/** What may follow an amount with no currency word: the end of its phrase, or a verb or link word, not a counted noun. */
const AMOUNT_END = /\s*(?:[,.;:)(]|$|(?:và|hoàn thành|tăng|giảm|đạt|chiếm|bằng|so|vượt|trong|năm|từ|nhờ|mỗi|hằng)(?![\p{L}\p{M}]))/iuy; // round 73: a rate per day or month ("doanh thu hơn 500 tỷ mỗi ngày")
/** The sentence counts money in đồng. */
const DONG = /(?<![\p{L}\p{M}])(?:đồng|vnđ|vnd)(?![\p{L}\p{M}])/iu;
const DOLLAR = /(?<![\p{L}\p{M}])(?:usd|đô la|đôla)(?![\p{L}\p{M}])/iu;
/** A money flow named in the number's part of the sentence ("doanh thu … đạt", "lợi nhuận trước thuế", "nộp ngân sách", money saved "tiết kiệm 5 nghìn tỷ từ …"): an amount there counts money. */
const MONEY_SUBJECT = /(?<![\p{L}\p{M}])(?:doanh thu|lợi nhuận|ngân sách|kinh phí|chi phí|vốn đầu tư|vốn điều lệ|nguồn vốn|tổng vốn|tổng mức đầu tư|giải ngân|tiết kiệm)(?![\p{L}\p{M}])/iu;
/** Earnings named right before an amount in billions ("FPT lãi đậm hơn 4.400 tỷ", "doanh thu gần 900 tỷ"; round 49: a year between, "Doanh thu thuần năm 2020 đạt 33.057 tỷ"): đồng, as the press writes them (round 31f). */
const EARNINGS_BEFORE = /(?<![\p{L}\p{M}])(?:lãi|lỗ|lợi nhuận|doanh thu|doanh số)(?![\p{L}\p{M}])(?:[^\d,;:()%]|(?<!\d)(?:19|20)\d\d(?!\d)){0,36}$/iu;
/** Round 49: an amount in billions of đồng earlier in the sentence ("từ 44.238 tỷ đồng (2017) xuống 38.867 tỷ (2018), 36.263 tỷ (2019)"): the bare "tỷ" after it goes on in đồng. */
const BILLION_DONG_BEFORE = /\d\s*tỷ\s+(?:đồng|vnđ)(?![\p{L}\p{M}])/iu;
/** The sentence counts money in đồng, or the number's `;`-part names a money flow. */
const countsDong = (s: string, end: number) => DONG.test(s) || MONEY_SUBJECT.test(s.slice(s.lastIndexOf(';', end) + 1, end));

/**
 * The unit the neighbours of a unitless number ending at `end` imply, and where it then ends: a rank
 * step for "giảm 9 vị trí"; đồng for an amount of 10^12 or more (`exp`, the power of its scale word) that
 * counts nothing, in a sentence with đồng or after a money flow ("doanh thu đạt 47,5 nghìn tỷ"), or of 10^9 or more right after earnings
 * (`EARNINGS_BEFORE`: "lãi hơn 4.400 tỷ"), and no dollar. `before` is the lowercase text before the number.
 */
export function impliedUnit(s: string, before: string, end: number, exp: number): { tag: UnitTag; end: number } | undefined {
  PLACES.lastIndex = end;
  const places = MOVE_BEFORE.test(before) ? PLACES.exec(s) : null;
  if (places) return { tag: 'rankstep', end: end + places[0].length };
  AMOUNT_END.lastIndex = end;
  if (((exp >= 12 && countsDong(s, end)) || (exp >= 9 && (EARNINGS_BEFORE.test(before) || BILLION_DONG_BEFORE.test(before)))) && AMOUNT_END.test(s) && !DOLLAR.test(s)) return { tag: 'VND', end };
  return undefined;
}

/** " cấp" or " cấp độ" after the number, not a tier of government ("cấp xã", "cấp hành chính"). */
const LEVELS = /^\s+cấp(?:\s+độ)?(?![\p{L}\p{M}])(?!\s+(?:xã|huyện|tỉnh|bộ|sở|hành chính|chính quyền|cơ sở|trung ương|quốc gia))/iu;

/** True when a bare number after a move counts levels of an index ("tăng 1 cấp so với …", "giảm 2 cấp độ"): an index step. */
export function isLevelStep(before: string, after: string): boolean {
  return MOVE_BEFORE.test(before) && LEVELS.test(after);
}

/** A named score index then its verb right before the number ("Chỉ số chuyển đổi số cấp tỉnh đạt", "điểm DTI là"), no move verb between. */
const SCORE_INDEX_BEFORE = /(?<![\p{L}\p{M}])(?:chỉ số\s+(?:chuyển đổi số|cđs|dti|egdi|gci|gii|pii|par|papi|pci|sẵn sàng|đổi mới sáng tạo|cải cách hành chính|năng lực cạnh tranh)|dti|egdi|pii|điểm số)(?![\p{L}\p{M}])(?:(?!tăng|giảm)[^,;:()%\d]){0,40}?(?:đạt|là|ở mức)(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*$/iu;

/** True when a percentage below 1 stands right after a named score index and its verb ("Chỉ số chuyển đổi số cấp tỉnh đạt 0,71%"): a 0–1 score printed with a stray "%", an index value. */
export function isScorePrintedAsPercent(before: string, value: number): boolean {
  return value > 0 && value < 1 && SCORE_INDEX_BEFORE.test(before);
}

/** Life expectancy or a span of life named before the number ("Tuổi thọ bình quân đạt khoảng", "thời gian sống khỏe mạnh đạt"): its "… tuổi" or "… năm" is a value in years, not an age or a period. */
const LIFE_SPAN = /(?<![\p{L}\p{M}])(?:tuổi thọ|(?:thời gian|số năm) sống)(?![\p{L}\p{M}])[^,;.:\d]{0,50}$/u;

/** True when the years after the number measure a life span ("tuổi thọ trung bình 74,5 tuổi"): a claim, read as a count of years. */
export function isLifeSpan(before: string): boolean {
  return LIFE_SPAN.test(before);
}

/**
 * What stands right before a count of times (round 24 "có 6 lần đứng đầu"; round 30a "đã 2 lần giành …", "Trong 5 lần tham
 * dự", "…, 3 lần giải Ba"): "có", "đã", "từng", "trong", "qua", "sau", a list's comma or the sentence's start; never a
 * comparison ("gấp", "tăng", "hơn"), which makes "N lần" a multiple.
 */
const OCCASION_BEFORE = /(?:(?<![\p{L}\p{M}])(?:(?:đã\s+)?có|đã|từng|trong|qua|sau)|[,;.:]|^)\s*$/iu;
/** What happened that many times, right after "lần": a place won, a prize, a result reached or an event attended, not a comparison ("so với"). */
const OCCASION_AFTER = /^\s*(?:đứng đầu|dẫn đầu|đứng thứ|xếp thứ|đạt|được|giành|đoạt|giải|vô địch|liên tiếp|tham dự|tham gia|lọt)(?![\p{L}\p{M}])/iu;

/** True when "N lần" counts occasions ("Từ năm 2012 đến nay, tỉnh có 6 lần đứng đầu bảng xếp hạng", "đội đã 3 lần giành huy chương"): a count, not a multiplier. `after` follows "lần". */
export function isOccasionCount(before: string, after: string): boolean {
  return OCCASION_BEFORE.test(before) && OCCASION_AFTER.test(after);
}

/** " lần" after a padded numeral, then an occasion: "Trong 05 lần tham dự", "đã 02 lần giành giải" (`after` follows the numeral). */
const TIMES_WORD = /^\s+lần(?![\p{L}\p{M}])/iu;

/** True when a count written with a leading zero counts occasions ("đã 03 lần đoạt giải"), read like an unpadded one (`isOccasionCount`). */
export function isPaddedOccasionCount(before: string, after: string): boolean {
  const times = TIMES_WORD.exec(after);
  return times !== null && isOccasionCount(before, after.slice(times[0].length));
}

/** "TB" in capitals after a scaled count ("23,6 triệu TB"): a telecom report's short form of "thuê bao" (subscribers), not terabytes. */
const SUBSCRIBERS_SHORT = /\s*TB(?![\p{L}\p{M}\p{N}])/uy;

/** True when the "TB" at `end` follows a count in millions or thousands (`scaled`): subscribers counted, read as a count (round 30a). */
export function isSubscribersShort(s: string, end: number, scaled: boolean): boolean {
  SUBSCRIBERS_SHORT.lastIndex = end;
  return scaled && SUBSCRIBERS_SHORT.test(s);
}

/** " nửa" after "1": one half of a whole ("là 1 nửa", "1 nửa số hộ"), not a half-year ("nửa đầu năm"). */
const HALF = /\s+nửa(?![\p{L}\p{M}])(?!\s+(?:đầu|cuối|sau|năm|tháng|ngày|giờ|thế kỷ))/iuy;

/** Where " nửa" after the numeral "1" ends when they spell one half (50 %), else -1. */
export function halfEnd(s: string, raw: string, end: number): number {
  if (raw !== '1') return -1;
  HALF.lastIndex = end;
  return HALF.test(s) ? HALF.lastIndex : -1;
}
