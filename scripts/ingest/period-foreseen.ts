/**
 * Round 57: a sentence that only foresees ("sẽ", "will") a year later than the page's, with no goal's or plan's words, hands that year
 * on to no later figure: "Bộ trưởng đánh giá: “Thị trường này sẽ đạt 70-80 tỷ USD vào năm 2025”." then "Trong nửa đầu năm, toàn ngành
 * bưu chính đạt …" on a page of 2021 stays 2021. A goal's sentence ("Tỉnh đặt mục tiêu đến năm 2030, kinh tế số sẽ chiếm 30% GRDP.")
 * still hands its year on to the goals after it. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import { anyOf, GOAL_WORDS, WORD_END, WORD_START } from './goal-lexicon';

/** A future's auxiliary: "sẽ", "will". */
const FUTURE_AUX = new RegExp(`${WORD_START}(?:sẽ|will)${WORD_END}`, 'iu');
/** A goal's or plan's words, Vietnamese (goal-lexicon's `GOAL_WORDS`, "kế hoạch") and English. */
const GOAL_OR_PLAN = new RegExp(`${WORD_START}${anyOf([...GOAL_WORDS, 'kế hoạch', 'targets?', 'goals?', 'plans?'])}${WORD_END}`, 'iu');

/** True when `sentence`, whose figures have `statuses`, sets `period` only as a foreseen year later than the page's `textYear`. */
export function isForeseenYearOnly(sentence: string, period: Period | null | undefined, statuses: readonly string[], textYear: number | string | undefined): boolean {
  if (!period || statuses.length === 0 || !statuses.every((s) => s === 'target') || textYear === undefined) return false;
  return Number(period.iso.slice(0, 4)) > Number(textYear) && FUTURE_AUX.test(sentence) && !GOAL_OR_PLAN.test(sentence);
}
