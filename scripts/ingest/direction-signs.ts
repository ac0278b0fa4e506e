/**
 * Round 32 (output audit of unscored pages, signs): three more ways a fall is written, read by `directionAt`
 * (`direction.ts`). Pure; every function takes the text around the number as it stands (any case).
 */
import type { Direction } from '../../src/schemas/metric';

/** A minus sign glued to the number after a word and a space ("từ mức -52 tỷ đồng", "tăng trưởng -1,8%"): a negative value.
 *  Not after a digit ("10 -15%", "2021 -2025": a range) and not with a space after it (a list dash "- 147 …"). */
const MINUS_AFTER_WORD = /(?:^|[\p{L}\p{M}:])\s[-−]$/u;

/** The direction a sign written right before the number gives: a minus after a word (`MINUS_AFTER_WORD`). */
export function minusBefore(s: string, p: number): Direction | undefined {
  return MINUS_AFTER_WORD.test(s.slice(Math.max(0, p - 3), p)) ? 'down' : undefined;
}

/** Between two percentages: the first one's comparison, then "và" ("giảm 1,3% so với cùng kỳ và "). */
const COMPARED_THEN_AND = /^\s*so\s+(?:với|cùng)[^%,;.()]{1,40}?\s+và\s+(?:(?:hơn|gần|khoảng|xấp\s+xỉ)\s+)?$/iu;
/** After the second: a comparison of its own ("0,4% so với tháng trước"). */
const COMPARED_AFTER = /^\s*so\s+(?:với|cùng)\s/iu;

/**
 * "sụt 7% so với năm trước và 2,5% so với quý trước": one verb, two comparisons; the second percentage, with no verb of
 * its own and a comparison of its own after it, moves the same way as the first. `between` runs from the end of the first
 * percentage to this one, `after` follows this one.
 */
export function continuesComparedChange(between: string, after: string): boolean {
  return COMPARED_THEN_AND.test(between) && COMPARED_AFTER.test(after);
}

/**
 * A fall named as the clause's subject, then its size after a linking verb: "tổng mức sụt giảm của ba mặt hàng lên tới ",
 * "mức giảm của chỉ số là ", "kim ngạch sụt giảm của hàng dệt may đạt " (the text before the number, up to it). No other change verb, share
 * verb or figure's unit may stand between ("mức giảm … giúp doanh thu tăng lên đến" names another change); not a deduction
 * or a reduction of something else ("mức giảm trừ gia cảnh là", "giảm nghèo", "giảm thiểu", "giảm tải").
 */
const FALL_NOUN_SIZE = /(?<![\p{L}\p{M}])(?:mức|kim\s+ngạch|giá\s+trị|tổng\s+mức)\s+(?:sụt\s+)?giảm(?!\s+(?:trừ|nghèo|thiểu|tải))(?:(?![\p{L}\p{M}])(?:(?!\s(?:tăng|giảm|chiếm|so)\s)[^,;.()%:]){0,60}?)?\s(?:là|lên\s+(?:đến|tới)|đạt|ở\s+mức|tới)(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$/iu;

/** The direction of a value that sizes a fall named before it as the clause's subject (`FALL_NOUN_SIZE`). */
export function fallNounSize(before: string): Direction | undefined {
  return FALL_NOUN_SIZE.test(before.slice(-160)) ? 'down' : undefined;
}
