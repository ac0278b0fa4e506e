/**
 * Round 31g: a date that names a reference, not a period. The base year of constant prices ("GRDP theo giá so sánh năm
 * 2010 tăng 2,4%", "giá cố định 1994") says how a figure is measured; the span of a standard ("hộ nghèo năm 2023 theo
 * chuẩn nghèo đa chiều giai đoạn 2022-2025") says which rule counts it. Neither dates the figures near it or the
 * sentences after it. Pure.
 */
import type { DateMatch } from './dates';

/** Right before the date: constant prices ("giá so sánh", "giá cố định", "giá gốc") or a standard ("chuẩn nghèo (đa chiều)", "theo chuẩn …"), then "năm"/"giai đoạn". */
const REFERENCE_BEFORE = /(?<![\p{L}\p{M}])(?:giá\s+(?:so\s+sánh|cố\s+định|gốc)|(?:theo\s+)?chuẩn(?:\s+[^\s,;:.()\d]+){0,4})\s+(?:(?:của\s+)?(?:năm|giai\s+đoạn|thời\s+kỳ)\s+)?$/iu;

/** True when `d` is a reference's year or span in `sentence` (`REFERENCE_BEFORE`): constant prices' base year or a standard's span. */
export function isReferenceDate(sentence: string, d: Pick<DateMatch, 'start'>): boolean {
  return REFERENCE_BEFORE.test(sentence.slice(Math.max(0, d.start - 60), d.start));
}
