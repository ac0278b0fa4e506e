/**
 * Round 37: an award list, the prizes of each grade a contest hands out ("Ban tổ chức trao … gồm 1 giải Nhất, 6 giải Nhì,
 * 9 giải Ba; …", "Cơ cấu giải thưởng: 01 giải xuất sắc, 03 giải nhất …"): the contest's scheme, no claim. Prizes a unit won
 * ("đoàn tỉnh giành 2 giải Nhất, 3 giải Nhì", "được 01 giải") stay claims. Session 55: a list of highlights' size too. Pure; numbers.ts asks it.
 */
import { spanAround } from './items';

/** A prize's grade after "giải": "Nhất", "khuyến khích", "xuất sắc" … */
const GRADE = String.raw`giải\s+(?:nhất|nhì|ba|tư|khuyến\s+khích|xuất\s+sắc|đặc\s+biệt|triển\s+vọng|phụ|chính)(?![\p{L}\p{M}])`;
/** A count of prizes of one grade, right after the number: " giải Nhất", " giải khuyến khích". */
const GRADE_AFTER = new RegExp(String.raw`^\s*${GRADE}`, 'iu');
/** Any grade's count in a sentence: two or more make a list of grades. */
const GRADE_ITEM = new RegExp(String.raw`(?<![\d.,])\d{1,3}\s+${GRADE}`, 'giu');
/** What a unit did to win prizes, in the clause before the list: "giành", "đoạt", "đạt", "nhận", "được" (not "được trao" by others). */
const WON = /(?<![\p{L}\p{M}])(?:giành(?:\s+được)?|đoạt|đạt(?:\s+được)?|nhận(?:\s+được)?|được(?!\s+trao))(?![\p{L}\p{M}])/iu;

/** True when the number at `p` (written `raw`) counts the prizes of one grade in an award list (see the module note). */
export function isAwardListCount(s: string, p: number, raw: string): boolean {
  if (!/^\d{1,3}$/u.test(raw) || !GRADE_AFTER.test(s.slice(p + raw.length, p + raw.length + 30))) return false;
  const [from, to] = spanAround(s, p, /[.\n](?!\d)/gu); // its sentence (not a "1.200"'s dot)
  if ([...s.slice(from, to).matchAll(GRADE_ITEM)].length < 2) return false;
  const [clause] = spanAround(s, p, /[;.\n](?!\d)/gu);
  return !WON.test(s.slice(clause, p).replace(GRADE_ITEM, ' '));
}

/** Session 55: the size of a list chosen as the year's highlights, right after the number ("công bố 10 sự kiện nổi bật của ngành Tư pháp",
 *  "announcing 10 outstanding events of the Justice sector", "10 outstanding events in 2023 of the Judiciary:"): how many items an editor
 *  picked, no figure. */
const CHOSEN_LIST_AFTER = /^\s+(?:(?:sự kiện|dấu ấn|thành tựu|điểm nhấn|kết quả)\s+(?:nổi bật|tiêu biểu|ấn tượng)|(?:outstanding|notable|typical|highlighted|landmark)\s+(?:events|achievements|highlights|milestones))(?![\p{L}\p{M}])/iu;

/** Review: what picks such a list, right before the number, or the line's start (a headline, "6 kết quả nổi bật sau nửa năm …"); events
 *  held are counted ("tỉnh tổ chức thành công 12 sự kiện nổi bật", "Hanoi organised 40 outstanding events"). */
const PICKED_BEFORE = /(?:^|\n)\s*$|(?<![\p{L}\p{M}])(?:công bố|bình chọn|điểm lại|lựa chọn|chọn ra|nhìn lại|announc(?:e|ed|es|ing)|select(?:ed|s|ing)?|nam(?:e|ed|es|ing)|pick(?:ed|s|ing)?|unveil(?:ed|s|ing)?|(?:là\s+)?một\s+trong(?:\s+(?:số|những))?|among|one\s+of|top)\s+(?:(?:the|top|những|các)\s+)?$/iu; // second look: "là một trong 10 sự kiện nổi bật", "among the 10 outstanding events"

/** True when the bare number `raw` at `p` of `s` sizes a list of highlights (`CHOSEN_LIST_AFTER`) picked by someone (`PICKED_BEFORE`). */
export function isChosenListSize(s: string, p: number, raw: string): boolean {
  return /^\d{1,2}$/u.test(raw) && CHOSEN_LIST_AFTER.test(s.slice(p + raw.length, p + raw.length + 40)) && PICKED_BEFORE.test(s.slice(Math.max(0, p - 40), p));
}
