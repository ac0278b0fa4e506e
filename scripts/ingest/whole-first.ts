/**
 * A whole named before the part of it a clause then counts (round 32, the lead): "Trên tổng số 512 tiểu thương của chợ, đã
 * có gần 470 người quét mã", "Trong tổng số 120 xã, có 40 xã …". The whole is the count's base, as it is after its part
 * ("đã có 40 trên tổng số 120 xã", set-sizes.ts); the claim is the part.
 */

/** "trên/trong tổng số" (round 39: "trong số" too) opening a clause (perhaps after "Đến nay,"), up to the whole's count. */
const WHOLE_OPENS = /(?:^|[,;:(]\s*)(?:(?:đến nay|hiện nay|hiện tại|tính đến nay)\s*,?\s*)?(?:trên|trong)\s+(?:tổng\s+)?số\s*$/iu;
/** The whole's noun, a comma, then a count of its part: "tiểu thương của chợ, đã có gần 4". */
const PART_COUNTED_AFTER = /^\s+[^,;.\d]{1,60},\s*(?:[^,;.\d]{0,30}\s)?(?:có|đã có|chỉ có|mới có|hiện có)\s+(?:(?:trên|hơn|gần|khoảng|chưa đến|tới|đến)\s+)?\d/iu;

/** Round 39: the part given as a share ("Trong tổng số 1.133 hồ sơ, đã có 53% …"): the whole is then the clause's only count, a claim, as
 *  a share's whole after it is ("68% trong tổng số 1.000 hồ sơ"). */
const PART_IS_SHARE = /^[\d.,]*\s*(?:%|phần\s+trăm)/u;

/** True when the bare count after `before` (lowercase text up to it) and before `after` is a whole its clause then counts a part of (a count, not a share). */
export function isWholeBeforePart(before: string, after: string): boolean {
  const part = PART_COUNTED_AFTER.exec(after);
  return WHOLE_OPENS.test(before) && part !== null && !PART_IS_SHARE.test(after.slice(part.index + part[0].length - 1));
}
