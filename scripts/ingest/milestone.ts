/**
 * Round 27a: a round milestone passed, with the figure that passed it in the same sentence: "vượt mốc 50 tỷ USD, chạm
 * ngưỡng 52,3 tỷ USD", "vượt ngưỡng 5 tỷ USD/tháng (đạt 5,6 tỷ USD)". The exact figure is the claim; the mark it
 * passed names a threshold. A milestone stated alone ("đã vượt mốc 40 tỷ USD vào năm 2023") stays a claim. Pure;
 * `numbers.ts` skips what this accepts.
 */
import { anyOf, GOAL_WORDS, WORD_END, WORD_START } from './goal-lexicon';
import { NUMERAL, readQuantity } from './numeral';

/** A milestone's word right before the figure: "mốc ", "cột mốc ", "ngưỡng ", "vượt mốc ", "cán mốc ". */
const MARK_BEFORE = /(?<![\p{L}\p{M}])(?:mốc|ngưỡng)\s*$/iu;
/** How far after the milestone the exact figure may stand (its clause or a bracket after it). */
const REACH = 80;
/** How far above the milestone the exact figure may be: it passed the mark, not doubled it. */
const ABOVE = 1.5;
/** Words of an aim the lexicon's `GOAL_WORDS` leaves out (other rules read them otherwise): a plan, a hope ("kế hoạch", "kỳ vọng"). */
const PLAN_OR_HOPE: readonly string[] = ['kế hoạch', 'kỳ vọng'];
/** A goal's word between the mark and a later figure (`GOAL_WORDS`, `PLAN_OR_HOPE`): what follows is aimed at, not reached. */
const GOAL_BETWEEN = new RegExp(`${WORD_START}${anyOf([...GOAL_WORDS, ...PLAN_OR_HOPE])}${WORD_END}`, 'iu');
/** Every numeral of a text (NUMERAL, global): matchAll copies it, so one shared object is safe. */
const NUMERALS = new RegExp(NUMERAL.source, 'gu');

/** True when the figure `value` (unit `tag`) at `p`–`end` of `s` is a milestone a figure of the same unit just above it then passes in its sentence. */
export function isPassedMilestone(s: string, p: number, end: number, value: number, tag: string | undefined): boolean {
  if (!MARK_BEFORE.test(s.slice(Math.max(0, p - 16), p)) || value <= 0) return false;
  const rest = s.slice(end, end + REACH);
  const stop = rest.search(/[.;!?](?:\s|$)/u);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  for (const m of clause.matchAll(NUMERALS)) {
    if (GOAL_BETWEEN.test(clause.slice(0, m.index))) break; // round 34: "vượt mốc 10 triệu, hướng tới mục tiêu 12 triệu": a goal passes no mark
    const q = readQuantity(s, end + m.index);
    if (q && q.tag === tag && q.value > value && q.value <= value * ABOVE) return true;
  }
  return false;
}
