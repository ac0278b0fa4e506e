/**
 * Round 23: the day a report or an index is released ("Chỉ số … năm 2023 do Bộ … công bố ngày 17/4/2024, … là 82,66%",
 * "Báo cáo năm 2024, phát hành ngày 5/3/2025, cho thấy …") is no period of its figures: they are of the year the
 * sentence names before it. Pure.
 */
import type { DateMatch } from './dates';

/** A release verb just before the day ("công bố ngày", "được công bố vào ngày", "phát hành hôm"). */
const RELEASED_BEFORE = /(?<![\p{L}\p{M}])(?:công\s+bố|phát\s+hành|ra\s+mắt|xuất\s+bản)(?:\s+(?:vào|hôm|trong))?(?:\s+ngày)?\s*$/iu;

/** True when the day `d` of `sentence` follows a release verb and an earlier year stands before it in `all` (the sentence's dates). */
export function isReleaseDate(sentence: string, d: Pick<DateMatch, 'start' | 'text' | 'iso' | 'precision'>, all: readonly DateMatch[]): boolean {
  if (d.precision !== 'day') return false;
  const own = /^ngày\s*/iu.exec(d.text)?.[0].length ?? 0;
  if (!RELEASED_BEFORE.test(sentence.slice(Math.max(0, d.start - 60), d.start + own))) return false;
  const year = d.iso.slice(0, 4);
  return all.some((x) => x.start < d.start && x.precision === 'year' && !x.isoEnd && x.iso < year);
}
