/**
 * Round 50: a rank written without "thứ" or a field. After the verb of a ranking, where nothing is counted after the number
 * ("năm 2020 xếp 59; năm 2023 xếp 58", "xếp 55 toàn cầu"); or told by what follows it: the world it ranks in ("Thành phố Hồ
 * Chí Minh (110 toàn cầu)") or its move in the same bracket ("Hà Nội (148, tăng 9 bậc)"). Pure; `numbers.ts` asks it.
 */
import { isRankVerbBefore } from './number-words';

/** Nothing counted after the number: the clause ends, or the world or region it ranks in follows. */
const ENDS_AFTER = /^\s*(?:[;.,)]|$|(?:toàn\s+cầu|thế\s+giới|trên\s+thế\s+giới|khu\s+vực|châu\s+Á|Đông\s+Nam\s+Á|ASEAN)(?![\p{L}\p{M}]))/u;
/** The world it ranks in, or its move, right after a number that opens a bracket. */
const RANKED_AFTER = /^\s*(?:(?:toàn\s+cầu|thế\s+giới)\s*\)|,\s*(?:tăng|giảm|tụt|thăng)\s+[\d\p{L}\p{M}]+\s+(?:bậc|hạng)(?![\p{L}\p{M}]))/u;

/** True when the bare number after `words` (the words before it) and `before` (the text before it), then `after` (the text after it), is a rank (see the module note). */
export function isBareRank(words: string[], before: string, after: string): boolean {
  return (isRankVerbBefore(words) && ENDS_AFTER.test(after)) || (/\(\s*$/u.test(before) && RANKED_AFTER.test(after));
}
