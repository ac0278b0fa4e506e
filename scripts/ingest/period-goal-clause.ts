/**
 * Round 45: a `;`-clause that opens on a goal word ("Mục tiêu năm 2023 đạt 84% …", "Mục tiêu đạt đến tháng 12/2023 đạt 90
 * thuê bao/100 dân; Thuê bao … ước đạt 101,2 triệu …", "Chỉ tiêu năm 2024 là …"): its dates are the goal's horizon. They date
 * the goal, not the results the sentence goes on to give in its other clauses, nor the sentences after it. Pure.
 */
import type { Metric } from '../../src/schemas/metric';
import { spanAround } from './items';
import { anyOf, QUOTA, WORD_END } from './goal-lexicon';

/** A clause opening on a goal word, its date before any figure ("Mục tiêu năm 2023", "Mục tiêu đạt đến tháng 12/2023", "Phấn đấu đến năm 2025"). */
const GOAL_OPENING = new RegExp(`^\\s*(?:${anyOf(['mục tiêu', QUOTA, 'phấn đấu'])})${WORD_END}[^\\d]*$`, 'iu');

/** The `;`-clause of `sentence` around the offset `at`. */
const semicolonClause = (sentence: string, at: number) => spanAround(sentence, at, /;/g);

/** True when the date `d` stands in a `;`-clause of `sentence` that opens on a goal word, before any figure of it. */
export function isGoalClauseDate(sentence: string, d: { start: number }): boolean {
  const [start] = semicolonClause(sentence, d.start);
  return GOAL_OPENING.test(sentence.slice(start, d.start));
}

/** The dates of `sentence` a figure at `at` may take its period from: not a goal clause's horizon in another `;`-clause (the same array when none is left out). */
export function withoutOtherGoalClauses<D extends { start: number }>(sentence: string, at: number, dates: D[]): D[] {
  const [start, end] = semicolonClause(sentence, at);
  const other = (d: D) => (d.start < start || d.start >= end) && isGoalClauseDate(sentence, d);
  return dates.some(other) ? dates.filter((d) => !other(d)) : dates;
}

/**
 * The dates of `sentence` that may set the period of the sentences after it: no goal clause's horizon once the sentence turns to
 * results in a later `;`-clause (`results`: where its figures that are no goal stand). A sentence of goals only hands its horizon on
 * ("Phấn đấu đến năm 2025, 100% …; 100% …" and the goals of the paragraphs after it).
 */
export function withoutGoalClauses<D extends { start: number }>(sentence: string, dates: D[], results: readonly number[]): D[] {
  const turned = (d: D) => isGoalClauseDate(sentence, d) && results.some((at) => at >= semicolonClause(sentence, d.start)[1]);
  return dates.some(turned) ? dates.filter((d) => !turned(d)) : dates;
}

/** Where in their sentence (which starts at `sentenceOffset` in the article) the figures read from it that are no goal stand. */
export function resultsAt(drafts: readonly { metric: Pick<Metric, 'status' | 'offset'> }[], sentenceOffset: number): number[] {
  return drafts.filter((d) => d.metric.status !== 'target').map((d) => d.metric.offset - sentenceOffset);
}
