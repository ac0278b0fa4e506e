/**
 * Round 31g: a bracket that lists what a goal holds ("các chỉ tiêu năm 2025 (doanh thu 5.000 tỷ đồng, lợi nhuận 900 tỷ
 * đồng và nộp ngân sách 300 tỷ đồng)", "kế hoạch năm (doanh thu …, lợi nhuận …)"): every figure in it is the goal's, not
 * only the first of its comma-clauses. A share reached of the goal before it ("đạt 95% kế hoạch năm (…)") or a bracket that reports results ("(đạt …)", "(đã …)", "(thực hiện …)") lists none.
 * Pure.
 */
import { parenAround } from './items';

/** A goal word written lowercase (a capital starts a name: "Bộ Kế hoạch …"; round 48: a growth scenario, "vượt kịch bản đề ra (7,59%)"), then up to six words with no figure (a year may close them), right before the bracket. */
const GOAL_BEFORE = /(?<![\p{L}\p{M}])(?:chỉ tiêu|mục tiêu|kế hoạch|kịch bản)(?:\s+[^\s\d,;:.()]+){0,6}(?:\s+(?:19|20)\d\d)?\s*$/u;
/** A share of the goal reached right before its word ("đạt 95% kế hoạch năm (…)"), or round 51 a count of goals ("đã hoàn thành 32 chỉ tiêu (60,38%)"): the bracket holds results. */
const SHARE_BEFORE = /\d\s*(?:%\s*(?:của\s+)?)?$/u;
/** A bracket's words of a result. */
const RESULT_IN = /(?<![\p{L}\p{M}])(?:đạt|đã|thực hiện|vượt|bằng|so với|tăng|giảm)(?![\p{L}\p{M}])/u;

/** True when the figure at `at` of `sentence` stands in a bracket that lists a goal's values (module comment). */
export function inGoalBracket(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  const paren = parenAround(lower, at);
  if (!paren) return false;
  const before = sentence.slice(Math.max(0, paren.start - 80), paren.start); // as written: "Bộ Kế hoạch và Đầu tư (-5%)" names a ministry
  const goal = GOAL_BEFORE.exec(before);
  return !!goal && !SHARE_BEFORE.test(before.slice(0, goal.index)) && !/kế hoạch\s+và\s+đầu\s+tư/iu.test(goal[0]) && !RESULT_IN.test(lower.slice(paren.start, paren.end));
}
