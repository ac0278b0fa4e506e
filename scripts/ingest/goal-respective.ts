/**
 * Figures given in turn ("lần lượt là 10% vào tháng 5, 15% vào tháng 9 và 25% vào tháng 12"): every item of
 * the list stands where its first does, so a goal word governing the list's opening ("với mục tiêu đạt tỷ lệ …
 * lần lượt là …") governs each item, though the items are split by commas. Pure; text is compared lowercase.
 */

/** "lần lượt" ("respectively"), optionally with its verb ("lần lượt là", "lần lượt đạt"). */
const IN_TURN = /(?<![\p{L}\p{M}])lần lượt(?![\p{L}\p{M}])/gu;
/** Words that end a list given in turn before the figure: a new clause that reports something done or turns away. */
const LIST_BREAK = /[;:.!?]|(?<![\p{L}\p{M}])(?:đã|trong khi|nhưng|tuy nhiên|còn)(?![\p{L}\p{M}])/u;

/**
 * Where the list given in turn that the figure at `at` belongs to opens (the index of its "lần lượt"), or -1 when
 * the figure stands in no such list of its sentence (no "lần lượt" before it in its clause, or a break between).
 */
export function inTurnListStart(sentence: string, at: number): number {
  const lower = sentence.toLowerCase();
  const m = [...lower.slice(0, at).matchAll(IN_TURN)].at(-1);
  if (!m) return -1;
  return LIST_BREAK.test(lower.slice(m.index + m[0].length, at)) ? -1 : m.index;
}
