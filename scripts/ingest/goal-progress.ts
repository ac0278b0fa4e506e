/**
 * Round 13: a report of progress on a plan's goals states facts, though it names goals: the count of
 * goals in each state ("Đến nay, 18 mục tiêu đã hoàn thành, 9 nhiệm vụ cần nỗ lực thêm") and the share
 * of all goals in a bracket after it ("(đạt 29%)", "(chiếm 43,5%)") are actual, not targets. Pure.
 */
import type { NumberMatch } from './numbers';

/** A progress report: the sentence says how things stand now. */
const PROGRESS = /(?<![\p{L}\p{M}])(?:đến nay|hiện nay|tính đến|đến thời điểm này|qua \d+ năm)(?![\p{L}\p{M}])/u;
/** A goal ahead in the sentence: a plan's year or a striving word makes its counts targets. */
const AHEAD = /(?<![\p{L}\p{M}])(?:phấn đấu|đến năm (?:19|20)\d\d|sẽ)(?![\p{L}\p{M}])/u;
/** The goals' noun right after a bare count. */
const GOALS_AFTER = /^\s+(?:mục tiêu|chỉ tiêu|nhiệm vụ)(?![\p{L}\p{M}])/u;
/** A bracket that gives the share of the count of goals before it: "18 mục tiêu đã hoàn thành (đạt 29%". */
const SHARE_OF_GOALS = /\d[\d.]*\s+(?:mục tiêu|chỉ tiêu|nhiệm vụ)(?![\p{L}\p{M}])[^()]{0,100}\(\s*(?:đạt|chiếm|bằng)?\s*$/u;

/**
 * True when the number `n` of `sentence` reports progress on goals (see the module comment): a count of
 * goals, or a percentage in the bracket after one, in a sentence that says how things stand now and
 * names no goal ahead.
 */
export function isGoalProgress(sentence: string, n: Pick<NumberMatch, 'start' | 'end' | 'unit'>): boolean {
  const lower = sentence.toLowerCase();
  if (!PROGRESS.test(lower) || AHEAD.test(lower)) return false;
  if (n.unit === 'count' && GOALS_AFTER.test(lower.slice(n.end))) return true;
  return n.unit === 'percent' && SHARE_OF_GOALS.test(lower.slice(Math.max(0, n.start - 160), n.start));
}
