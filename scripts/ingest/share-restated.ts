/**
 * A share that restates the count just before it in other terms ("đã có 21,8 triệu chứng thư số được cấp, tương ứng
 * 35,18% dân số trưởng thành", "cấp 5 triệu tài khoản (tương đương 60% người dân)", "có 900 hệ thống được phê duyệt, đạt tỷ lệ 60%"): the count's words name what the share
 * measures too, so the indicator matcher (`indicator-context.ts` `ownedByOtherNumber`) does not hold them as the
 * count's alone. Pure.
 */
import type { Hit, Token } from './folded-text';

/** "…, tương ứng", "(tương đương với khoảng", "…, đạt tỷ lệ" right before the number. */
const RESTATES = /[,(]\s*(?:tương\s+ứng|tương\s+đương|(?:đạt|chiếm)\s+t[ỷỉ]\s+lệ)(?:\s+(?:với|là|khoảng|gần|hơn|trên|xấp\s+xỉ))*\s*$/u;

/**
 * True when the number (tokens `first`..`last` of lowercase `text`) is a percentage right after "tương ứng" /
 * "tương đương" and the hit stands in the piece just before it: the words of the count the share restates.
 */
export function restatesCountBefore(text: string, tokens: Token[], first: number, last: number, hit: Hit): boolean {
  const num = tokens[first];
  const end = tokens[last];
  if (!num || !end || !/^\s*%/u.test(text.slice(end.end, end.end + 3))) return false;
  return tokens[hit.last]!.piece === num.piece - 1 && RESTATES.test(text.slice(Math.max(0, num.start - 40), num.start));
}
