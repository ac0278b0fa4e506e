/**
 * Round 30b: a birth year ("các thành viên sinh năm 2004, 2005") tells a person's age, not when a figure was counted:
 * it dates no figure and sets no period for the sentences after it. Pure.
 */
import type { DateMatch } from './dates-find';

/** "sinh năm" / "sinh vào năm" / "sinh" right before the date, or before a list of years it ends ("sinh năm 2004, 2005, 2006"). */
const BORN_BEFORE = /(?<![\p{L}\p{M}])sinh(?:\s+vào)?(?:\s+(?:năm|ngày|tháng))?\s*(?:(?:19|20)\d\d\s*(?:,|và|-)\s*)*$/u;

/** True when the date `d` of `sentence` is a birth date or year (`BORN_BEFORE`). */
export function isBirthDate(sentence: string, d: Pick<DateMatch, 'start'>): boolean {
  return BORN_BEFORE.test(sentence.toLowerCase().slice(Math.max(0, d.start - 48), d.start));
}
