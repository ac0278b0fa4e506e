/**
 * "Phấn đấu đến năm 2030, tỉnh hoàn thành … . Khi đó, 100% hồ sơ …; 90% …": a sentence that opens on "then" ("Khi đó,",
 * "Lúc đó,", "Đến lúc đó,", "Khi ấy,") right after a goal toward a horizon ahead describes the state that goal aims at, so
 * its figures are goals of that horizon too. Pure; text is compared lowercase.
 */
import type { GoalFrame } from './goal-frame';
import { anyOf, deadlineLead, DONE, GOAL_WORDS, WORD_END, WORD_START } from './goal-lexicon';
import { yearPeriod } from './period-set';

/** "Khi đó,", "Lúc ấy,", "Đến lúc đó,", "Tới khi đó," opening a sentence. */
const THEN = /^\s*(?:(?:đến|tới|vào)\s+)?(?:khi|lúc)\s+(?:đó|ấy)\s*,/u;
/** A goal word of the sentence before ("phấn đấu", "mục tiêu" …). */
const GOAL = new RegExp(`${WORD_START}${anyOf(GOAL_WORDS)}${WORD_END}`, 'u');
/** Something reported done in the sentence before: no goal. */
const DONE_BEFORE = new RegExp(`${WORD_START}${DONE}${WORD_END}`, 'u');
/** The horizon year of the sentence before, captured: "đến năm 2030", "tới hết năm 2027". */
const HORIZON_YEAR = new RegExp(`${WORD_START}${deadlineLead()}\\s+(\\d{4})`, 'u');

/**
 * The frame of a sentence that opens on "then" (`THEN`) after a sentence (`previous`) that names a goal and a horizon not
 * before the article's year, and reports nothing done: that horizon. Undefined otherwise.
 */
export function thenFrame(sentence: string, previous: string | undefined, articleYear?: number): GoalFrame | undefined {
  if (previous === undefined || !THEN.test(sentence.toLowerCase())) return undefined;
  const lower = previous.toLowerCase();
  const year = HORIZON_YEAR.exec(lower)?.[1];
  if (!year || !GOAL.test(lower) || DONE_BEFORE.test(lower) || (articleYear !== undefined && Number(year) < articleYear)) return undefined;
  return { horizon: yearPeriod(year) };
}
