/**
 * Round 15: a school year ("năm học 2023-2024", "niên khóa 2024 – 2025", "cuối năm học 2024–2025") runs from autumn
 * to summer: no calendar year or span of the schema, so it is the period of no figure and of no paragraph after it.
 * Pure; text is compared lowercase.
 */
import type { DateMatch } from './dates';

/** "năm học", "niên khóa" / "niên khoá" right before a date. */
const SCHOOL_YEAR_BEFORE = /(?<![\p{L}\p{M}])(?:năm học|niên kh(?:óa|oá))\s*$/u;

/** True when the date `d` of `sentence` is a school year (`SCHOOL_YEAR_BEFORE`), or its text opens with one. */
export function isSchoolYear(sentence: string, d: Pick<DateMatch, 'start' | 'text'>): boolean {
  return SCHOOL_YEAR_BEFORE.test(sentence.slice(Math.max(0, d.start - 16), d.start).toLowerCase()) || /^(?:năm học|niên kh(?:óa|oá))(?![\p{L}\p{M}])/iu.test(d.text);
}
