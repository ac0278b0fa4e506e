/**
 * Round 32: goals named where `status.ts`'s target words do not reach. A sentence that opens on a year's goal ("Mục tiêu
 * năm 2026, huyện tạo việc làm cho 9.000 người, …"), figures listed and then called the goal ("12 triệu lượt khách và
 * 30.000 tỷ đồng doanh thu là mục tiêu tỉnh đặt ra"), and what a goal setter "dự kiến" after it in the same clause ("đặt
 * mục tiêu doanh thu 90 nghìn tỷ, lợi nhuận dự kiến 12 nghìn tỷ": the plan's figures, not an estimate). Pure; lowercase text.
 */
import { anyOf, DONE, REACHED, WORD_END, WORD_START } from './goal-lexicon';

/** "Mục tiêu / Chỉ tiêu / Kế hoạch (của|trong) năm 2026 (năm nay, năm tới)," opening the sentence, at most "Theo"/"Về"/"các" before. */
const OPENS_ON_YEAR_GOAL = /^\s*(?:(?:theo|về)\s+)?(?:các\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)\s+(?:(?:của|trong)\s+)?năm\s+(?:(?:19|20)\d\d|nay|tới|sau)\s*,/u;
/** A result in the clause: "đã" (not "đã đề ra"), "đạt được", "thực tế". */
const RESULT = new RegExp(`${WORD_START}${anyOf([DONE, ...REACHED])}${WORD_END}`, 'u');

/** Session 49: the same year's goal opening a later clause after a plan cited ("Theo Kế hoạch số 136/KH-UBND …, mục tiêu trong năm 2022,
 *  100% trường học …"): "mục tiêu" or "chỉ tiêu" only (a plan named mid-sentence, "…, kế hoạch năm 2023, …", reports on it too often). */
const YEAR_GOAL_CLAUSE = /,\s*(?:các\s+)?(?:mục tiêu|chỉ tiêu)\s+(?:(?:của|trong)\s+)?năm\s+(?:(?:19|20)\d\d|nay|tới|sau)\s*,/gu;

/** True when the sentence opens on a year's goal (`OPENS_ON_YEAR_GOAL`), or a clause before the number does (`YEAR_GOAL_CLAUSE`), and
 *  nothing between it and the number reports a result. */
export function opensOnYearGoal(lower: string, at: number): boolean {
  if (OPENS_ON_YEAR_GOAL.test(lower)) return !RESULT.test(lower.slice(0, at));
  const clause = [...lower.slice(0, at).matchAll(YEAR_GOAL_CLAUSE)].at(-1);
  return !!clause && !RESULT.test(lower.slice(clause.index, at));
}

/** After the figures, in their sentence: "là (các|những) mục tiêu / chỉ tiêu" ("… là mục tiêu mà tỉnh đặt ra"). */
const CALLED_GOAL_AFTER = /^(?:[^.;:!?]|\.(?=\d))*?\slà\s+(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu)(?![\p{L}\p{M}])/u;
/** A verb of a result between a figure and "là mục tiêu": then the figure is what was reached ("đạt 12 triệu lượt, vượt … là mục tiêu"). */
const REACHED_VERB = /(?<![\p{L}\p{M}])(?:đạt|vượt|hoàn thành|tăng|giảm)(?![\p{L}\p{M}])/u;

/** True when the figure at `at` is one of a list its sentence then calls the goal (`CALLED_GOAL_AFTER`), with no result said before it or between. */
export function calledGoalAfter(lower: string, at: number): boolean {
  const after = CALLED_GOAL_AFTER.exec(lower.slice(at));
  if (!after) return false;
  const upToGoal = lower.slice(0, at + after[0].length);
  return !RESULT.test(upToGoal) && !REACHED_VERB.test(upToGoal);
}

/** A goal set before an estimate word in its clause: "đặt mục tiêu", "đặt kế hoạch", "đặt ra chỉ tiêu", "phấn đấu"; round 49: "lên kế hoạch", "mục tiêu cho khối … dự kiến đạt". */
const GOAL_SET = /(?<![\p{L}\p{M}])(?:(?:(?:đặt (?:ra )?|lên )(?:mục tiêu|kế hoạch|chỉ tiêu)|phấn đấu)(?![\p{L}\p{M}])|(?:mục tiêu|chỉ tiêu|kế hoạch) (?:cho|của) )/u;

/** True when `clauseBefore` (the number's clause up to its estimate word) sets a goal first: what it "dự kiến" is the goal's. */
export function goalSetBefore(clauseBefore: string): boolean {
  return GOAL_SET.test(clauseBefore);
}

/** Round 33: a sentence before that sets a number of goals ("Hội đồng nhân dân đặt 9 chỉ tiêu …", "đặt ra các mục tiêu …"); session 25: "đặt ra nhiều chỉ
 *  tiêu cụ thể", goals named before their setter ("… tương đương với mục tiêu chung Chính phủ đặt ra …"). */
const SETS_GOALS = /(?<![\p{L}\p{M}])(?:(?:đề ra|đặt ra|thông qua|xác định)\s+(?:\d+|các|những|nhiều|một số)\s+(?:chỉ tiêu|mục tiêu)|(?:chỉ tiêu|mục tiêu)(?:\s+chung)?\s+[^.;,\d]{0,30}?(?:đề ra|đặt ra))(?![\p{L}\p{M}])/u;
/** A sentence opening on a part of what was named before: "Trong đó, …", "Cụ thể, …", "Cụ thể là …". */
const OPENS_ON_PART = /^\s*(?:trong đó\s*[,:]|cụ thể(?:\s*[,:]|\s+là(?![\p{L}\p{M}])))/u;
/** A result anywhere in the sentence: "đã", "đạt được", "vượt", "hoàn thành", "kết quả". */
const RESULT_IN_SENTENCE = new RegExp(`${WORD_START}${anyOf([DONE, ...REACHED, 'vượt', 'hoàn thành', 'kết quả'])}${WORD_END}`, 'u');

/**
 * True when the sentence opens on a part ("Trong đó, …") of the goals the sentence before it in `paragraph` set (`SETS_GOALS`:
 * "… đề ra 9 chỉ tiêu … Trong đó, doanh thu đạt 7%"), and says nothing done: the figure is one of those goals.
 */
export function partOfGoalsSetBefore(lower: string, paragraph: string): boolean {
  if (!OPENS_ON_PART.test(lower) || RESULT_IN_SENTENCE.test(lower)) return false;
  const at = paragraph.toLowerCase().indexOf(lower);
  const before = at > 0 ? paragraph.toLowerCase().slice(0, at).trimEnd() : '';
  const last = before.slice(Math.max(before.lastIndexOf('. ', before.length - 2), 0));
  return SETS_GOALS.test(last);
}
