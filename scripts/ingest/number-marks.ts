/**
 * Round 52: numbers that mark something rather than count it, each told from the words around it. Pure.
 * - an age bound ("trong độ tuổi từ đủ 14 trở lên", "độ tuổi 15", "tuổi từ 18"): a rule's age, not a count of anything;
 * - a code's length ("dãy 12 số", "gồm 12 chữ số", "mã 10 ký tự"): a format, not a figure;
 * - a footnote's number glued to a share ("66,8%5 (đạt mục tiêu …)"): a mark of the page, not a number of the text.
 */

/** An age's words right before the number: "độ tuổi ", "độ tuổi từ đủ ", "tuổi từ ", "từ đủ " (not "6-14 tuổi 735 trường hợp"). */
const AGE_BEFORE = /(?<![\p{L}\p{M}])(?:độ\s+tuổi\s+(?:từ\s+)?(?:đủ\s+)?|tuổi\s+từ\s+(?:đủ\s+)?|từ\s+đủ\s+)$/iu;
/** A code's length: "dãy 12 số", "12 chữ số", "10 ký tự". */
const DIGITS_AFTER = /^\s*(?:chữ\s+số|ký\s+tự|kí\s+tự)(?![\p{L}\p{M}])/iu;
const STRING_BEFORE = /(?<![\p{L}\p{M}])dãy\s+$/iu;
const DIGIT_AFTER = /^\s*(?:chữ\s+)?số(?![\p{L}\p{M}])/iu;

/** True when the bare number between `before` and `after` is an age bound or a code's length. */
export function isAgeOrCodeLength(before: string, after: string): boolean {
  return AGE_BEFORE.test(before) || DIGITS_AFTER.test(after) || (STRING_BEFORE.test(before) && DIGIT_AFTER.test(after));
}

/** True when the number at `p` of `s` stands glued after a percent sign: a footnote's mark. */
export function isFootnoteAfterShare(s: string, p: number, raw: string): boolean {
  return s[p - 1] === '%' && /^\d{1,2}$/u.test(raw);
}
