/**
 * A result set after a goal in the same clause: "đặt mục tiêu 85% và đã đạt 87%", "… 8%, thực tế đạt 8,5%",
 * "100% hồ sơ được số hóa (hiện nay đạt 60%)". The goal word before governs the goal, not the result that
 * follows the turn. Pure; text is compared lowercase.
 */

/** Words that turn a goal's clause to what was reached ("đã đạt", "thực tế", "hiện nay", "đến nay"); "đã được"
 * alone describes the goal's object ("hồ sơ đã được số hóa đạt 90%") and turns nothing. */
const TURN = /(?<![\p{L}\p{M}])(?:đã (?:đạt|hoàn thành|vượt|có)|và đã|đạt được|kết quả|thực tế|hiện nay|hiện tại|hiện đạt|hiện đã|hiện có|đến nay|tới nay)(?![\p{L}\p{M}])/u;
/** Words of a goal, whose last occurrence before a number opens what the turn is looked for in. */
const GOAL = /(?<![\p{L}\p{M}])(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|định hướng|tầm nhìn|đề ra|đặt ra)(?![\p{L}\p{M}])/gu;

/**
 * True when, in `clause` (lowercase text from the start of the number's clause to the number), a result turn
 * (`TURN`) stands after the last goal word, or inside the bracket the number stands in: the number is what was
 * reached, not the goal.
 */
export function turnsToResult(clause: string): boolean {
  const goal = [...clause.matchAll(GOAL)].at(-1);
  const open = clause.lastIndexOf('(');
  const from = Math.max(goal ? goal.index + goal[0].length : -1, open > clause.lastIndexOf(')') ? open : -1);
  return from >= 0 && TURN.test(clause.slice(from));
}
