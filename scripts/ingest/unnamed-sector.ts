/**
 * Session 54: a sector left unnamed ("Tổng doanh thu toàn ngành đạt gần 4.000 tỷ đồng") is the sector the page is about. A series whose
 * concept was found only as that bare word ("toàn ngành": the information-and-communications totals) does not take the figure when the
 * text read before (the sentence before, the paragraph's opening, the headline and lead) names another sector as such ("ngành xuất bản",
 * "lĩnh vực ngân hàng", "Hội Xuất bản", "nhà xuất bản"; `OTHER_SECTOR`) and names no part of information and communications other than
 * in a body's name ("Bộ Thông tin và Truyền thông" reports publishing's figures; `OWN_SECTOR`); nor does a series read from the text
 * around it. Series the sentence names in its own words keep their figures ("Ngành thuế … toàn ngành đã xử lý 8,6 tỷ hóa đơn điện tử").
 * Review: the sectors are a list of their own, not a series' `without` words (which hold the sector's own parts, "bưu chính", "viễn
 * thông", and measures, "nộp ngân sách"), and their head is a word of its own ("cơ hội du lịch", "Hiệp hội Ngân hàng" name none).
 * Pure; `lexicon.ts` asks it, on lowercase text.
 */
import type { IndicatorQuery } from './indicator-context';

/** Sectors other than information and communications (`OTHER_SECTOR`), lowercase. */
const OTHER_NAMES = 'xuất bản|in và phát hành|ngân hàng|bảo hiểm|du lịch|bán lẻ|logistics|dệt may|da giày|nông nghiệp|y tế|giáo dục|xây dựng|vận tải|hàng không|thuế|hải quan|tài chính|chứng khoán|năng lượng|điện lực|điện(?! tử| toán)|thương mại(?! điện tử)';
/** Information and communications and its parts (`OWN_SECTOR`), lowercase. */
const OWN_NAMES = 'thông tin và truyền thông|tt&tt|tt-tt|bưu chính|viễn thông|công nghệ thông tin|cntt|công nghệ số|phần mềm';
/** "toàn ngành" with no sector named right after it ("Tổng doanh thu toàn ngành đạt …", "toàn ngành phát hành trên 519 triệu …"). */
export const BARE_WHOLE_SECTOR = new RegExp(`(?<![\\p{L}\\p{M}])toàn\\s+ngành(?![\\p{L}\\p{M}])(?!\\s+(?:${OWN_NAMES}|${OTHER_NAMES}|ict)(?![\\p{L}\\p{M}]))`, 'u');
/** Another sector named after its head ("ngành", "lĩnh vực", its association "Hội", its department "Cục"; not "Hiệp hội", "cơ hội", "xã hội", "đại hội", "lễ hội") or as publishers ("nhà xuất bản"). */
const OTHER_SECTOR = new RegExp(`(?<![\\p{L}\\p{M}])(?:(?:ngành|lĩnh vực|(?<!(?:hiệp|cơ|xã|đại|lễ|quốc|thể)\\s)hội|cục)\\s+(?:${OTHER_NAMES})|nhà xuất bản)(?![\\p{L}\\p{M}])`, 'u');
/** Information and communications or one of its parts, not as a body's name ("Bộ/Sở Thông tin và Truyền thông"). */
const OWN_SECTOR = new RegExp(`(?<![\\p{L}\\p{M}])(?<!(?:bộ|sở|cục|vụ)\\s+)(?:${OWN_NAMES})(?![\\p{L}\\p{M}])`, 'u');

/** True when a concept's folded form `words` is the bare whole-sector word ("toàn ngành" folded). */
export const isBareSector = (words: readonly string[]): boolean => words.join(' ') === 'toan nganh';

/** True when the number's sentence totals a whole sector left unnamed (`BARE_WHOLE_SECTOR`) that the text before names as another sector. */
export function isOtherSectorUnnamed(q: Pick<IndicatorQuery, 'sentence' | 'previous' | 'opening' | 'lead'>): boolean {
  if (!BARE_WHOLE_SECTOR.test(q.sentence)) return false;
  const before = [q.previous, q.opening, q.lead].filter((t): t is string => !!t);
  return before.some((t) => OTHER_SECTOR.test(t)) && !before.some((t) => OWN_SECTOR.test(t));
}
