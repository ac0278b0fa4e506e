/**
 * A small fraction said as a proportion ("chiếm 2/3", "1/4 dân số", "giảm còn 1/5"), not a count of a
 * total ("4/5 tỉnh"): read as a share in percent, or as a multiplier when it compares with another
 * amount. Pure.
 */

/** Words after a fraction that make it a part of a whole ("1/3 tổng số", "2/3 dân số", "1/2 giá trị"). */
const WHOLE_AFTER = /^\s*(?:tổng|toàn bộ|dân số|số lượng|giá trị|diện tích|kim ngạch|lượng)(?![\p{L}\p{M}])/iu;
/** A verb of share before a fraction, with its qualifier: "chiếm 1/3", "bằng 1/2", "khoảng 2/3". */
const SHARE_BEFORE = /(?<![\p{L}\p{M}])(?:chiếm|bằng|gần|khoảng|hơn|trên|tới|còn)\s*$/iu;
/** A comparison with another amount before a fraction: "bằng 1/2 …", "giảm còn khoảng 1/5". */
const RATIO_BEFORE = /(?<![\p{L}\p{M}])(?:bằng|còn)\s+(?:(?:khoảng|gần|hơn|trên|chưa tới|chỉ|chỉ còn)\s+)?$/iu;

/** A fraction read as a proportion: its value and unit. */
export interface Fraction { value: number; unit: 'percent' | 'times' }

const rounded = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * The proportion a fraction "a/b" says, or null when it is no proportion word: a small proper fraction
 * (b ≤ 10) after a verb of share or before the whole it is a part of. A share of a whole is in percent
 * to two decimals ("chiếm 2/3" → 66.67); one compared with another amount is a multiplier ("bằng 1/2
 * năm trước" → 0.5, "giảm còn 1/4" → 0.25).
 */
export function readFraction(before: string, a: number, b: number, after: string): Fraction | null {
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || a >= b || b > 10) return null;
  if (!WHOLE_AFTER.test(after) && !SHARE_BEFORE.test(before)) return null;
  return RATIO_BEFORE.test(before) ? { value: rounded(a / b, 4), unit: 'times' } : { value: rounded((100 * a) / b, 2), unit: 'percent' };
}

/** A numeral written with thousands groups ("436.167"; "436,167" on an English page). */
const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/u;

/**
 * Round 45: a count above its plan written as a fraction ("đã tiếp nhận 436.167/319.284 hồ sơ, đạt 136,60%"): the part exceeds
 * the whole, but both are counts written with thousands groups and the whole is no year, so it is no document's number
 * ("Nghị định 72/2013") and no day and month.
 */
export function isAbovePlanCount(raw: string, whole: number): boolean {
  return GROUPED.test(raw) && whole >= 1000 && !(whole >= 1900 && whole <= 2099);
}
