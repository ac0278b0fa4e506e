/**
 * Round 37: an award list, the prizes of each grade a contest hands out ("Ban tổ chức trao … gồm 1 giải Nhất, 6 giải Nhì,
 * 9 giải Ba; …", "Cơ cấu giải thưởng: 01 giải xuất sắc, 03 giải nhất …"): the contest's scheme, no claim. Prizes a unit won
 * ("đoàn tỉnh giành 2 giải Nhất, 3 giải Nhì", "được 01 giải") stay claims. Pure; numbers.ts asks it.
 */

/** A count of prizes of one grade, right after the number: " giải Nhất", " giải khuyến khích". */
const GRADE_AFTER = /^\s*giải\s+(?:nhất|nhì|ba|tư|khuyến\s+khích|xuất\s+sắc|đặc\s+biệt|triển\s+vọng|phụ|chính)(?![\p{L}\p{M}])/iu;
/** Another grade's count in the same sentence: a list of grades. */
const GRADE_ITEM = /(?<![\d.,])\d{1,3}\s+giải\s+(?:nhất|nhì|ba|tư|khuyến\s+khích|xuất\s+sắc|đặc\s+biệt|triển\s+vọng|phụ|chính)(?![\p{L}\p{M}])/giu;
/** What a unit did to win prizes, in the clause before the list: "giành", "đoạt", "đạt", "nhận", "được" (not "được trao" by others). */
const WON = /(?<![\p{L}\p{M}])(?:giành(?:\s+được)?|đoạt|đạt(?:\s+được)?|nhận(?:\s+được)?|được(?!\s+trao))(?![\p{L}\p{M}])/iu;

/** The text from the start of the sentence or its last ";" to `p`. */
function clauseBefore(s: string, p: number): string {
  const start = Math.max(s.lastIndexOf(';', p - 1), s.lastIndexOf('.', p - 1), s.lastIndexOf('\n', p - 1)) + 1;
  return s.slice(start, p);
}

/** True when the number at `p` (written `raw`) counts the prizes of one grade in an award list (see the module note). */
export function isAwardListCount(s: string, p: number, raw: string): boolean {
  if (!/^\d{1,3}$/u.test(raw) || !GRADE_AFTER.test(s.slice(p + raw.length, p + raw.length + 30))) return false;
  const from = Math.max(s.lastIndexOf('.', p - 1), s.lastIndexOf('\n', p - 1)) + 1;
  const to = s.slice(p).search(/[.\n](?!\d)/u);
  const sentence = s.slice(from, to < 0 ? undefined : p + to);
  if ([...sentence.matchAll(GRADE_ITEM)].length < 2) return false;
  return !WON.test(clauseBefore(s, p).replace(GRADE_ITEM, ' '));
}
