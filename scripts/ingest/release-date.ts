/**
 * Round 23: the day a report or an index is released ("Chỉ số … năm 2023 do Bộ … công bố ngày 17/4/2024, … là 82,66%",
 * "Báo cáo năm 2024, phát hành ngày 5/3/2025, cho thấy …") is no period of its figures: they are of the year the
 * sentence names before it. Pure.
 */
import type { DateMatch } from './dates';

/** A release verb just before the day or month ("công bố ngày", "được công bố vào ngày", "phát hành hôm", "công bố hồi tháng"). */
const RELEASED_BEFORE = /(?<![\p{L}\p{M}])(?:công\s+bố|phát\s+hành|ra\s+mắt|xuất\s+bản)(?:\s+(?:vào|hôm|hồi|trong))?(?:\s+(?:ngày|tháng))?\s*$/iu;

/** A report's or an index's word before its release ("Chỉ số … năm 2023 … công bố hồi tháng 4", "Báo cáo năm 2024 được công bố vào tháng 3"):
 *  what makes a month, a day of the same year or one without its year a release's, not an issuing of something counted ("công bố 125 thủ tục"). */
const REPORT_BEFORE = /(?<![\p{L}\p{M}])(?:chỉ\s+số|báo\s+cáo|kết\s+quả|bảng\s+xếp\s+hạng|xếp\s+hạng|khảo\s+sát|index|e-conomy)(?![\p{L}\p{M}])/iu;

/**
 * True when the day or month `d` of `sentence` follows a release verb and an earlier year stands before it in `all` (the sentence's dates);
 * round 64: a month, a day of the same year or one without its year ("công bố hồi tháng 4 năm nay") only after a report's or index's word
 * (`REPORT_BEFORE`). The year written right after such a month ("năm nay") is the release's too.
 */
export function isReleaseDate(sentence: string, d: Pick<DateMatch, 'start' | 'end' | 'text' | 'iso' | 'precision' | 'yearMissing'>, all: readonly DateMatch[]): boolean {
  if (d.precision === 'year') return all.some((m) => m.precision === 'month' && m.end <= d.start && d.start - m.end <= 1 && isReleaseDate(sentence, m, all));
  if (d.precision !== 'day' && d.precision !== 'month') return false;
  const own = /^(?:ngày|tháng)\s*/iu.exec(d.text)?.[0].length ?? 0;
  if (!RELEASED_BEFORE.test(sentence.slice(Math.max(0, d.start - 60), d.start + own))) return false;
  const report = REPORT_BEFORE.test(sentence.slice(0, d.start));
  const year = d.yearMissing ? (report ? '9999' : '0000') : d.iso.slice(0, 4);
  const wide = report || (d.precision === 'day' && !d.yearMissing);
  return wide && all.some((x) => x.start < d.start && x.precision === 'year' && !x.isoEnd && !x.yearMissing && (x.iso < year || (report && x.iso === year)));
}
