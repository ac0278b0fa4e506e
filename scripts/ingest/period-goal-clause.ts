/**
 * Round 45: a `;`-clause that opens on a goal word ("Mục tiêu năm 2023 đạt 84% …", "Mục tiêu đạt đến tháng 12/2023 đạt 90
 * thuê bao/100 dân; Thuê bao … ước đạt 101,2 triệu …", "Chỉ tiêu năm 2024 là …"): its dates are the goal's horizon. They date
 * the goal, not the results the sentence goes on to give in its other clauses, nor the sentences after it. Round 47: so does the
 * date of a goal a result is said to exceed ("…, tăng 4,68% … và vượt mục tiêu tối thiểu 85% của Thành phố vào cuối năm 2022"). Pure.
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

/** "vượt mục tiêu …", "vượt chỉ tiêu …", "vượt kế hoạch …": a result measured against a goal, up to the end of its comma-clause. */
const EXCEEDED_GOAL = /(?<![\p{L}\p{M}])vượt\s+(?:(?:các|những)\s+)?(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)(?![\p{L}\p{M}])[^,;.]*/giu;

/** Round 47: where in `sentence` the goal a result exceeds is named with its level and its date ("…, tăng 4,68% … và vượt mục tiêu tối
 *  thiểu 85% của Thành phố vào cuối năm 2022"): [start, end] of the phrase holding `d`, or undefined. Its date is the goal's horizon; a
 *  plan named by its year alone ("đạt 920, vượt kế hoạch năm 2024") dates the result it beats (session 25). */
function exceededGoalAround(sentence: string, d: { start: number }): [number, number] | undefined {
  for (const m of sentence.matchAll(EXCEEDED_GOAL)) {
    const level = /\d/u.test(m[0].replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, '')); // the goal's own level ("85%"); "vượt kế hoạch năm 2024" names the year the result beats a plan of
    if (level && d.start >= m.index && d.start < m.index + m[0].length) return [m.index, m.index + m[0].length];
  }
  return undefined;
}

/** The dates of `sentence` a figure at `at` may take its period from: not a goal clause's horizon in another `;`-clause, nor the date
 *  of a goal the sentence says was exceeded, outside that phrase (the same array when none is left out). */
export function withoutOtherGoalClauses<D extends { start: number }>(sentence: string, at: number, dates: D[]): D[] {
  const [start, end] = semicolonClause(sentence, at);
  const exceeded = (d: D) => { const span = exceededGoalAround(sentence, d); return !!span && (at < span[0] || at >= span[1]); };
  const other = (d: D) => ((d.start < start || d.start >= end) && isGoalClauseDate(sentence, d)) || exceeded(d);
  return dates.some(other) ? dates.filter((d) => !other(d)) : dates;
}

/**
 * The dates of `sentence` that may set the period of the sentences after it: no goal clause's horizon once the sentence turns to
 * results in a later `;`-clause (`results`: where its figures that are no goal stand). A sentence of goals only hands its horizon on
 * ("Phấn đấu đến năm 2025, 100% …; 100% …" and the goals of the paragraphs after it).
 */
export function withoutGoalClauses<D extends { start: number }>(sentence: string, dates: D[], results: readonly number[]): D[] {
  const outside = (span: [number, number] | undefined) => !!span && results.some((at) => at < span[0] || at >= span[1]); // round 47: an exceeded goal's date, beside results
  const turned = (d: D) => (isGoalClauseDate(sentence, d) && results.some((at) => at >= semicolonClause(sentence, d.start)[1])) || outside(exceededGoalAround(sentence, d));
  return dates.some(turned) ? dates.filter((d) => !turned(d)) : dates;
}

/** Where in their sentence (which starts at `sentenceOffset` in the article) the figures read from it that are no goal stand. */
export function resultsAt(drafts: readonly { metric: Pick<Metric, 'status' | 'offset'> }[], sentenceOffset: number): number[] {
  return drafts.filter((d) => d.metric.status !== 'target').map((d) => d.metric.offset - sentenceOffset);
}
