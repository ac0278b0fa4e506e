/**
 * A change stated with its own comparison, one of several in a bracket or a list: "(tăng 5 bậc so với năm
 * 2022, tăng 11 bậc so với năm 2021)", "giảm 3% so với quý trước, tăng 8% so với cùng kỳ". Each is a claim
 * of the period reported, not the value compared with — an earlier "so với" in the same bracket belongs
 * to the change before. Pure; text is compared lowercase.
 */

/** A change verb opening the figure's comma-clause, right before it ("tăng", "giảm thêm", "tụt"). */
const CHANGE_OPENS = /(?:^|[,;(:]|\svà)\s*(?:tăng|giảm|tụt|thăng|vượt|cao hơn|thấp hơn)(?:\s+(?:thêm|lên|xuống))?\s*(?:khoảng|gần|hơn|trên)?\s*$/u;
/** The comparison that follows the figure in its own clause ("… bậc so với năm 2021"). */
const OWN_COMPARISON = /^[^,;()]{0,30}?(?<![\p{L}\p{M}])(?:so với|so năm|so cùng kỳ)(?![\p{L}\p{M}])/u;

/** True when the figure at `n` is a change whose own clause opens with its verb and states its comparison (see the module comment). */
export function isOwnChange(sentence: string, n: { start: number; end: number }): boolean {
  const lower = sentence.toLowerCase();
  return CHANGE_OPENS.test(lower.slice(Math.max(0, n.start - 40), n.start)) && OWN_COMPARISON.test(lower.slice(n.end));
}

/** A share of a plan right after the figure: "… % kế hoạch", "… % so với kế hoạch (năm)", "… % chỉ tiêu". */
const OF_PLAN_AFTER = /^\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu)(?![\p{L}\p{M}])/u;

/**
 * True when the figure is a percentage of the plan, its own comparison ("(tăng 11% so với cùng kỳ, đạt 111% kế hoạch)"):
 * a claim of the period reported, never the value an earlier "so với" in its bracket compares with.
 */
export function isShareOfPlan(sentence: string, n: { end: number; unit?: string }): boolean {
  return n.unit === 'percent' && OF_PLAN_AFTER.test(sentence.slice(n.end).toLowerCase());
}
