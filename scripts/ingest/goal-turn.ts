/**
 * A result set after a goal in the same clause: "đặt mục tiêu 85% và đã đạt 87%", "… 8%, thực tế đạt 8,5%",
 * "100% hồ sơ được số hóa (hiện nay đạt 60%)". The goal word before governs the goal, not the result that
 * follows the turn. The value a goal moves from ("nâng tỷ lệ từ 45% năm 2024 lên 80%") is no goal either.
 * Pure; text is compared lowercase.
 */
import { anyOf, GOAL_WORDS, MOVE_FROM, NOW_WORDS, REACHED, RESULTS, SO_FAR, WORD_END, WORD_START } from './goal-lexicon';

/** Words that turn a goal's clause to what was reached ("đã đạt", "thực tế", "hiện nay", "đến nay"); "đã được"
 * alone describes the goal's object ("hồ sơ đã được số hóa đạt 90%") and turns nothing. */
const TURN = new RegExp(`${WORD_START}${anyOf(['đã (?:đạt|hoàn thành|vượt|có)', 'và đã', ...REACHED, ...SO_FAR, RESULTS, ...NOW_WORDS])}${WORD_END}`, 'u');
/** Words of a goal, whose last occurrence before a number opens what the turn is looked for in. */
const GOAL = new RegExp(`${WORD_START}${anyOf([...GOAL_WORDS, 'kế hoạch', 'đề ra', 'đặt ra'])}${WORD_END}`, 'gu');

/**
 * True when, in `clause` (lowercase text from the start of the number's clause to the number), a result turn
 * (`TURN`) stands after the last goal word, or inside the bracket the number stands in: the number is what was
 * reached, not the goal.
 */
export function turnsToResult(clause: string): boolean {
  const goal = [...clause.matchAll(GOAL)].at(-1);
  const open = clause.lastIndexOf('(');
  const inBracket = open > clause.lastIndexOf(')');
  const from = Math.max(goal ? goal.index + goal[0].length : -1, inBracket ? open : -1);
  if (goal && inBracket && open >= goal.index + goal[0].length && REACHED_BRACKET.test(clause.slice(open))) return true; // round 36: "chỉ tiêu ký số (đạt 9,5%": the measure's value
  return from >= 0 && TURN.test(clause.slice(from));
}

/** A bracket after a goal's measure that opens on the value reached: "chỉ tiêu ký số (đạt 9,5%, …)", "(mới đạt 40%". */
const REACHED_BRACKET = /^\(\s*(?:(?:đã|mới|chỉ)\s+)?đạt(?![\p{L}\p{M}])/u;

/** "lên / xuống / còn" to another number after a number: where a move starts (with `MOVE_FROM` before it); round 60: "từ 159 đơn vị cấp xã còn 55". */
const TO_AFTER = /^[\d.,]+[^,;()\d]{0,30}?(?:\(\s*[^()]{0,20}\)|\d{4})?[^,;()\d]{0,12}?(?<![\p{L}\p{M}])(lên|xuống|còn)\s+(?:mức\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?\d/u;

/** Review of round 60: "còn N … chưa/không …" is what is still not done ("Từ 120 hồ sơ còn 12 hồ sơ chưa giải quyết"), no move's end. */
const STILL_NOT_AFTER = /^[\d.,]*[^,;.\d]{0,30}?(?<![\p{L}\p{M}])(?:chưa|không)(?![\p{L}\p{M}])/u;

/** True when the number at `at` of `lower` is where a move starts ("từ 45% năm 2024 lên 80%"): the value now, not a goal. */
export function isMoveFrom(lower: string, at: number): boolean {
  const to = TO_AFTER.exec(lower.slice(at, at + 72));
  return MOVE_FROM.test(lower.slice(Math.max(0, at - 24), at)) && !!to && !(to[1] === 'còn' && STILL_NOT_AFTER.test(lower.slice(at + to[0].length, at + to[0].length + 40)));
}

