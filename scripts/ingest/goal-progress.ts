/**
 * Round 13: a report of progress on a plan's goals states facts, though it names goals: the count of
 * goals in each state ("Đến nay, 18 mục tiêu đã hoàn thành, 9 nhiệm vụ cần nỗ lực thêm") and the share
 * of all goals in a bracket after it ("(đạt 29%)", "(chiếm 43,5%)") are actual, not targets. Round 22: so is a
 * tally of goals met or missed in a plan's review ("đạt 05 chỉ tiêu, 01 chỉ tiêu chưa đạt"), and the level a result
 * is set against ("đạt 93,55% so với 80% yêu cầu") is the plan's goal, of the result's period; a count named as
 * standing now ("5 tuyến cáp hiện có") is a result of no period, though a goal follows. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import type { NumberMatch } from './numbers';

/** A progress report: the sentence says how things stand now. */
const PROGRESS = /(?<![\p{L}\p{M}])(?:đến nay|hiện nay|tính đến|đến thời điểm này|qua \d+ năm)(?![\p{L}\p{M}])/u;
/** A goal ahead in the sentence: a plan's year or a striving word makes its counts targets. */
const AHEAD = /(?<![\p{L}\p{M}])(?:phấn đấu|đến năm (?:19|20)\d\d|sẽ)(?![\p{L}\p{M}])/u;
/** The goals' noun right after a bare count. */
const GOALS_AFTER = /^\s+(?:mục tiêu|chỉ tiêu|nhiệm vụ)(?![\p{L}\p{M}])/u;
/** A verdict on goals right before their count: "đạt 05 chỉ tiêu", "hoàn thành 35/39 chỉ tiêu", "không đạt 2 mục tiêu" (no modal before it: "phải đạt", "phấn đấu hoàn thành"). */
const VERDICT_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:phải|cần|sẽ|phấn đấu|nhằm|để)\s)(?:(?:chưa|không)\s+)?(?:đạt|hoàn thành|vượt)\s*$/u;
/** Goals' noun and a verdict right after a count: "01 chỉ tiêu chưa đạt", "16 tiêu chí đạt", "3 nhiệm vụ đã hoàn thành". */
const COUNTED_GOALS = /^\s+(?:mục tiêu|chỉ tiêu|tiêu chí|nhiệm vụ)(?![\p{L}\p{M}])/u;
const VERDICT_AFTER = /^\s+(?:mục tiêu|chỉ tiêu|tiêu chí|nhiệm vụ)\s+(?:(?:đã|đều)\s+)?(?:(?:chưa|không)\s+)?(?:đạt|hoàn thành|vượt)(?![\p{L}\p{M}])/u;

/**
 * True when the count `n` tallies goals met or missed (see the module comment): "đạt 05 chỉ tiêu", "01 chỉ tiêu chưa
 * đạt", "hoàn thành 35/39 chỉ tiêu" — a result of a plan's review, whatever frame it stands in.
 */
export function isGoalTally(sentence: string, n: Pick<NumberMatch, 'start' | 'end' | 'unit'>): boolean {
  if (n.unit !== 'count') return false;
  const lower = sentence.toLowerCase();
  const after = lower.slice(n.end);
  return VERDICT_AFTER.test(after) || (COUNTED_GOALS.test(after) && VERDICT_BEFORE.test(lower.slice(Math.max(0, n.start - 40), n.start)));
}

/** A level set against a result, the requirement after it: "đạt 93,55% so với 80% yêu cầu (đặt ra)", "so với 50 chỉ tiêu kế hoạch giao". */
const REQUIRED_AFTER = /^\s+(?:yêu cầu|kế hoạch|mục tiêu|chỉ tiêu)(?:\s+(?:đặt ra|đề ra|được giao|giao))?(?![\p{L}\p{M}])/u;
const COMPARED_BEFORE = /(?<![\p{L}\p{M}])so với\s+(?:mức\s+)?$/u;

/** True when `n` is the level a plan required that a result is set against ("so với 80% yêu cầu"): the goal, not a baseline. */
export function isRequiredLevel(sentence: string, n: Pick<NumberMatch, 'start' | 'end'>): boolean {
  const lower = sentence.toLowerCase();
  return COMPARED_BEFORE.test(lower.slice(Math.max(0, n.start - 20), n.start)) && REQUIRED_AFTER.test(lower.slice(n.end));
}

/** A count's noun then "hiện có": what a plan starts from ("Với 5 tuyến cáp hiện có, đến năm 2030 sẽ …"); not "đang hoạt động", which says what kind it counts. */
const PRESENT_AFTER = /^[^,;:()\d]{1,50}?(?<![\p{L}\p{M}])(?:hiện có|hiện đang có)(?![\p{L}\p{M}])/u;

/** True when the count `n` is what a plan starts from, named as standing now (see `PRESENT_AFTER`): a result of no period. */
export function isPresentStock(sentence: string, n: Pick<NumberMatch, 'end' | 'unit'>): boolean {
  return n.unit === 'count' && PRESENT_AFTER.test(sentence.slice(n.end).toLowerCase());
}

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

/** A goal met, then what it set, up to its level: "hoàn thành và vượt cam kết triển khai tối thiểu ", "vượt chỉ tiêu xây dựng ít nhất ". */
const MET_GOAL_LEVEL = /(?<![\p{L}\p{M}])(?:hoàn thành|vượt|đạt)(?:\s+và\s+vượt)?\s+(?:cam kết|mục tiêu|chỉ tiêu|kế hoạch)\s+(?:[\p{L}\p{M}]+\s+){1,6}?(?:tối thiểu|ít nhất|không dưới)\s*$/u;

/**
 * True when the number is the level of a goal the sentence says was met or exceeded ("Nhà mạng hoàn thành và vượt cam
 * kết lắp đặt tối thiểu 5.000 trạm, với 6.120 trạm …"): the goal's figure, a target; the result is the other figure.
 */
export function isMetGoalLevel(sentence: string, n: Pick<NumberMatch, 'start'>): boolean {
  return MET_GOAL_LEVEL.test(sentence.toLowerCase().slice(Math.max(0, n.start - 120), n.start));
}

/** Goals' noun right after a count of the goals set (not "nhiệm vụ": tasks are carried out, "dự kiến triển khai 20 nhiệm vụ"). */
const GOALS_SET_AFTER = /^\s+(?:mục tiêu|chỉ tiêu)(?![\p{L}\p{M}])/u;
/** A verb that sets goals, right before their count: "đề ra 4 …", "đưa ra 6 …", "xác định 3 …". */
const SETS_BEFORE = /(?<![\p{L}\p{M}])(?:đề ra|đưa ra|đặt ra|xác định)\s*$/u;

/**
 * True when the count `n` counts goals a plan set ("tỉnh đưa ra 6 mục tiêu", "gồm: 9 chỉ tiêu về hạ tầng số, 4 chỉ tiêu
 * về dữ liệu"): how many there are, a fact about the plan, not a goal's value. A count that only has the goals' noun after
 * it is no such count in a sentence that strives for them ("phấn đấu hoàn thành 9 chỉ tiêu", `AHEAD`).
 */
export function isGoalSetCount(sentence: string, n: Pick<NumberMatch, 'start' | 'end' | 'unit'>): boolean {
  if (n.unit !== 'count') return false;
  const lower = sentence.toLowerCase();
  return SETS_BEFORE.test(lower.slice(Math.max(0, n.start - 20), n.start)) || (!AHEAD.test(withoutGoalsHorizons(lower)) && GOALS_SET_AFTER.test(lower.slice(n.end)));
}

/** A horizon that names the goals counted, a few words after their noun: "mục tiêu chuyển đổi số đến năm 2030", "chỉ tiêu cơ bản đến năm 2026". */
const GOALS_HORIZON = /((?:mục tiêu|chỉ tiêu)(?:\s+[\p{L}\p{M}]+){0,6}?)\s+đến năm (?:19|20)\d\d(?!\d)/gu;

/** `lower` without the horizons that name the goals it counts (`GOALS_HORIZON`): the plan's years, not a year the counts are aimed at. */
function withoutGoalsHorizons(lower: string): string {
  return lower.replace(GOALS_HORIZON, '$1');
}

/**
 * The period of a count of goals set (`isGoalSetCount`): none when its sentence names the goals' horizon ("15 mục tiêu
 * đến năm 2030") or the period is a span of years ("giai đoạn 2021-2025"), as those date the goals, not how many there
 * are; a single year's plan ("Kế hoạch năm 2025 … đưa ra 4 mục tiêu") keeps its year.
 */
export function goalSetPeriod(sentence: string, period: Period | undefined): Period | undefined {
  const lower = sentence.toLowerCase();
  if (withoutGoalsHorizons(lower) !== lower) return undefined;
  return period?.isoEnd && period.isoEnd.slice(0, 4) !== period.iso.slice(0, 4) ? undefined : period;
}

/** Session 25: the goal a result is measured against, right before its value: "vượt (xa) mục tiêu (đề ra) ", "so với kế hoạch là ",
 *  round 47: "cao hơn chỉ tiêu Nghị quyết của Ban Thường vụ Thành uỷ đề ra là " (whose goal, up to its "đề ra"),
 *  "exceeding the target of ", "against the goal of ", "already higher than the 2025 target of " (the item before the figure, from the figure before it). */
const GOAL_OF_RESULT_BEFORE = /(?<![\p{L}\p{M}])(?:(?:vượt(?:\s+xa)?|so\s+với|cao\s+hơn|thấp\s+hơn)\s+(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)(?:\s+(?:đề\s+ra|đặt\s+ra|được\s+giao|năm\s+\d{4}))?(?:(?:\s+[^\d\s,;.:()]+){1,10}?\s+(?:đề\s+ra|đặt\s+ra|giao))?(?:\s+là)?|(?:(?:far\s+|well\s+)?(?:exceed|surpass|beat|outstrip)\w*|compared\s+(?:to|with)|against|(?:already\s+)?(?:higher|lower)\s+than|above|below|ahead\s+of)\s+(?:(?:the|its|a)\s+)?(?:\d{4}\s+|initial\s+|original\s+|set\s+)?(?:target|goal|plan)(?:\s+of)?)\s*(?:khoảng|gần|hơn|trên|about|around|nearly|over|more\s+than)?\s*$/iu;

/** True when the words between a result and the next figure (`itemBefore`) name the goal the result is measured against: the
 *  figure is that goal, of the result's series ("có 85 triệu tài khoản VNeID, vượt mục tiêu 60 triệu"). */
export function isGoalOfResultBefore(itemBefore: string): boolean {
  return GOAL_OF_RESULT_BEFORE.test(itemBefore);
}

/** An item that only dates the figure after it: ", và năm 2025 là ", " và đến năm 2030 đạt khoảng ". */
const ONLY_A_YEAR = /^[\s,;]*(?:và\s+)?(?:(?:đến|tới)\s+)?năm\s+\d{4}\s+(?:là|đạt|lên)(?:\s+(?:mức|khoảng|hơn|trên))*\s*$/u;

/** Round 46: the words before a goal (`itemBefore`) only date it, right after a goal of the same sentence (`previous`, `sameSentence`):
 *  "… đặt mục tiêu năm 2024 đạt 135 tỷ USD và năm 2025 là 145 tỷ USD": the same goal a year on, of its series. */
export function isNextYearOfGoal(itemBefore: string, previous: string | undefined, sameSentence: boolean, after = ''): boolean {
  return sameSentence && previous === 'target' && (ONLY_A_YEAR.test(itemBefore.toLowerCase()) || (ONLY_A_JOINER.test(itemBefore) && ONLY_A_HORIZON_AFTER.test(after)));
}

/** Session 47: an English goal's next horizon, the item only a joiner before the figure and a year after it ("… 25 percent of its GRDP by
 *  2025 and 40 percent by 2030", "22 per cent in 2024, 25 per cent by 2025"). */
const ONLY_A_JOINER = /^\s*(?:(?:by|in)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d)?[\s,;]*(?:and\s+|or\s+)?(?:(?:about|around|nearly|over|at\s+least|some)\s+)?$/iu;
const ONLY_A_HORIZON_AFTER = /^\s*(?:by|in)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d(?!\d)\s*(?:[,.;)]|and\s|$)/iu;
