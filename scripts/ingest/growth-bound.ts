/**
 * A growth goal written as a lower bound, "từ X% trở lên" ("GDP phấn đấu tăng từ 10% trở lên", "tốc độ tăng GDP phấn
 * đấu từ 8% trở lên"): "từ" there opens the bound ("X% or more"), not the level a move starts from ("tăng từ 3% lên
 * 5%"), so the percentage is still the rate of growth. Pure.
 */

/** "trở lên" (or "trở lên/năm") right after the number (its "%" included): the number is a lower bound. */
const OR_MORE_AFTER = /^\s*%?\s*trở\s+lên(?![\p{L}\p{M}])/u;

/** `words` (the words before a number, in order) without a final "từ" when the number is a lower bound "từ X trở lên". */
export function withoutBoundFrom(words: string[], after: string): string[] {
  return words[words.length - 1] === 'từ' && OR_MORE_AFTER.test(after.toLowerCase()) ? words.slice(0, -1) : words;
}

/** `piece` (the clause before a number) without its final "từ" when the number is a lower bound "từ X trở lên". */
export function pieceWithoutBoundFrom(piece: string, after: string): string {
  return OR_MORE_AFTER.test(after.toLowerCase()) ? piece.replace(/(?<![\p{L}\p{M}])từ\s*$/u, '') : piece;
}
