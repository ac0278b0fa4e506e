/**
 * Round 34: a figure added in to a projection ("dự kiến xây thêm 1.200 trạm, cùng với 800 trạm của năm 2023, đưa tổng
 * số lên …"): "cùng với" (or "cộng với") right before it and "của / trong năm Y" after its noun name a value already done in
 * year Y. It is that year's result, not part of the estimate or the plan around it. Pure; text is compared lowercase.
 */
import type { Period } from '../../src/schemas/metric';
import type { DateMatch } from './dates';

/** A short noun and the year it belongs to: " trạm của năm 2024", " dự án trong năm 2023"; group 1 the year. */
const NOUN_OF_YEAR = String.raw`[^\d,;:.()]{0,30}?(?<![\p{L}\p{M}])(?:của|trong)\s+năm\s+((?:19|20)\d\d)(?![\p{L}\p{M}\p{N}])`;
/** "cùng với", "cộng với", "cùng" right before the figure (after a comma or the clause's start). */
const ADDED = String.raw`(?:^|[,;(]\s*)(?:cùng|cùng với|cộng với|cộng thêm)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?`;
const ADDED_BEFORE = new RegExp(`${ADDED}$`, 'u');
/** A figure and its year after "cùng với" (`ADDED_BEFORE`, `YEAR_AFTER`), anywhere in a sentence: group 1 the year. */
const ADDEND = new RegExp(String.raw`${ADDED}\d[\d.,]*${NOUN_OF_YEAR}`, 'gdu');
/** The noun and year right after the figure. */
const YEAR_AFTER = new RegExp(`^${NOUN_OF_YEAR}`, 'u');

/** The year an added-in figure at `start`–`end` of `sentence` was done in, as its period; undefined when it is none. */
export function addendYear(sentence: string, start: number, end: number): Period | undefined {
  const lower = sentence.toLowerCase();
  if (!ADDED_BEFORE.test(lower.slice(Math.max(0, start - 30), start))) return undefined;
  const m = YEAR_AFTER.exec(lower.slice(end));
  return m ? { iso: m[1]!, precision: 'year', text: `năm ${m[1]}` } : undefined;
}

/** `dates` without the years of added-in figures (`addendYear`): the done year of a part dates neither the projection nor the sentences after it. */
export function withoutAddendYears(sentence: string, dates: DateMatch[]): DateMatch[] {
  const years = [...sentence.toLowerCase().matchAll(ADDEND)].map((m) => m.indices![1]!);
  return dates.filter((d) => !years.some(([start, end]) => d.start <= start && d.end >= end));
}
