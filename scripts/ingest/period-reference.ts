/**
 * Round 31g: a date that names a reference, not a period. The base year of constant prices ("GRDP theo giá so sánh năm
 * 2010 tăng 2,4%", "giá cố định 1994") says how a figure is measured; the span of a standard ("hộ nghèo năm 2023 theo
 * chuẩn nghèo đa chiều giai đoạn 2022-2025") says which rule counts it. Neither dates the figures near it or the
 * sentences after it. Pure.
 */
import type { DateMatch } from './dates';

/** Right before the date: constant prices ("giá so sánh", "giá cố định", "giá gốc") or a standard ("chuẩn nghèo (đa chiều)", "theo chuẩn …"), then "năm"/"giai đoạn". */
const REFERENCE_BEFORE = /(?<![\p{L}\p{M}])(?:giá\s+(?:so\s+sánh|cố\s+định|gốc)|(?:theo\s+)?chuẩn(?:\s+[^\s,;:.()\d]+){0,4})\s+(?:(?:của\s+)?(?:năm|giai\s+đoạn|thời\s+kỳ)\s+)?$/iu;

/**
 * Round 32: the span a ranking compares across, after a superlative or a comparison in its comma-clause, then "trong" ("mức tăng cao nhất
 * trong giai đoạn 2015-2024", "chỉ thấp hơn mức 8,1% của quý III/2021 trong giai đoạn 2019-2023"): among which years the
 * figure ranks, not when it was measured (the sentences after it report the quarter or half the sentence named).
 */
const RANKED_AMONG = /(?<![\p{L}\p{M}])(?:cao|thấp|lớn|nhỏ|mạnh|nhanh|chậm)\s+(?:nhất|hơn)(?![\p{L}\p{M}])(?:[^,;.!?]|[,.](?=\d)){0,80}?(?<![\p{L}\p{M}])trong\s+(?:cả\s+)?(?:giai\s+đoạn|thời\s+kỳ)\s+$/iu;

/** Round 50: a numbered week before its year ("trong tuần thứ 26 của năm 2024", "tuần 26 năm 2024"): the year names which week, it is not the
 *  period of the week's figures (a weekly report's days, when it gives them, are). */
const WEEK_OF_YEAR_BEFORE = /(?<![\p{L}\p{M}])tuần\s+(?:thứ\s+)?\d{1,2}\s+(?:(?:của|trong)\s+)?$/iu;

/** True when `d` is a reference's year or span in `sentence`: constant prices' base year or a standard's span (`REFERENCE_BEFORE`), a ranking's span (`RANKED_AMONG`), a numbered week's year (`WEEK_OF_YEAR_BEFORE`). */
export function isReferenceDate(sentence: string, d: Pick<DateMatch, 'start' | 'text' | 'isoEnd'>): boolean {
  if (REFERENCE_BEFORE.test(sentence.slice(Math.max(0, d.start - 60), d.start))) return true;
  if (/^năm\s/iu.test(d.text) && WEEK_OF_YEAR_BEFORE.test(sentence.slice(Math.max(0, d.start - 30), d.start))) return true;
  const lead = d.text.slice(0, d.text.search(/\d|$/u)); // the span's own words: "giai đoạn "
  return d.isoEnd !== undefined && RANKED_AMONG.test(sentence.slice(Math.max(0, d.start - 140), d.start) + lead);
}
