/**
 * Session 48: shares an English survey writes as a ratio to ten ("Nine out of 10 young people", "eight in ten Vietnamese", "found that 7 in
 * 10 firms"): a percentage, where the number reader sees a count of ten (`english-numbers.ts` `sentenceNumbers` swaps them). Pure.
 */
import type { NumberMatch } from './numbers';
import { ENGLISH_NUMBER_WORDS } from './english-words';
import { RANK_VERB, UNIT_WORDS } from './english-ordinals';
import { MONTH } from './english-dates';

/** Session 48: a share written as a ratio to ten ("Nine out of 10 young people", "eight in ten Vietnamese", "found that 7 in 10 firms"), a
 *  survey's way of giving a percentage. Reviews: not a score or a place ("scored 7 out of 10", "a score of 8 out of 10", "stood at 4 out of
 *  10", "No. 5 out of 10"), not a label's digit before "in" ("October 9 in 10 localities", "Phase 2 in 10 provinces"), not what is counted
 *  done of a plan or a field, up to three words on, not past a preposition or a verb ("7 out of 10 key tasks", "3 in 10 northern provinces",
 *  "5 out of 10 ASEAN nations"; "Seven in 10 people in cities" is a share), nor a
 *  span ("5 in 10 days"). Each excluded word before is a whole word ("that" is no "at"). */
const RATIO_NOT_BEFORE = String.raw`(?<!(?<![\p{L}])(?:${RANK_VERB}|stood(?:\s+at)?|stands(?:\s+at)?|top|scored?|scores|scoring|rated?|rates|rating|graded|marked|(?:score|rating|mark|grade)\s+of|No\.?|number)\s+)`;
const LABEL_BEFORE_DIGIT = String.raw`(?<!(?<![\p{L}])(?:${MONTH}|phase|level|grade|section|article|chapter|group|round|stage|step|tier|part|item|clause|point|zone|region|area|block|class|ward|district|version|decree|decision|resolution)\s+)`;
const NOT_A_PEOPLE_AFTER = String.raw`(?!(?:\s+(?!(?:in|of|on|at|for|with|to|who|that|are|is|were|was|have|has|use|uses|spend|own|know|prefer|pay|shop|buy|say|said|do|did)(?![\p{L}]))[\p{L}-]+){0,3}?\s+(?:points?|marks?|stars?|scores?|targets?|indicators?|criteria|tasks?|goals?|objectives?|provinces?|localities|cities|ministries|agencies|communes|districts|nations|countries|economies|days|weeks|months|years|hours|minutes|thousand|million|billion)(?![\p{L}]))`;
const RATIO_OF_TEN = new RegExp(String.raw`(?<![\p{L}\d.,])${RATIO_NOT_BEFORE}(?:(?<word>${UNIT_WORDS.join('|')})\s+(?:out\s+of|in)|${LABEL_BEFORE_DIGIT}(?<digit>[1-9])\s+(?:out\s+of|in))\s+(?:10|ten)${NOT_A_PEOPLE_AFTER}(?=\s+[\p{L}])`, 'giu');

/** Numbers `read` from English sentence `s`, with its ratios to ten read as shares instead of the counts they hold (session 48). */
export function withRatioShares(s: string, read: readonly NumberMatch[]): NumberMatch[] {
  const ratios: NumberMatch[] = [...s.matchAll(RATIO_OF_TEN)].map((m) => {
    const n = m.groups!['digit'] ? Number(m.groups!['digit']) : ENGLISH_NUMBER_WORDS[m.groups!['word']!.toLowerCase()]!;
    return { text: m[0], start: m.index, end: m.index + m[0].length, value: n * 10, unit: 'percent', kind: 'share' };
  });
  return [...read.filter((m) => !ratios.some((r) => r.start < m.end && m.start < r.end)), ...ratios].sort((a, b) => a.start - b.start);
}
