/**
 * Round 24: the subject a sentence opens on, read by a later verb of the same sentence that has none of its own
 * ("Cơ sở dữ liệu … đã kết nối 15 bộ, ngành, … và 34 địa phương, tiếp nhận 2,57 tỷ lượt tra cứu": the database
 * received the look-ups). The indicator matcher (`lexicon.ts`) reads it when nothing nearer names a series. Pure.
 */
import { numberOffset, type IndicatorQuery } from './indicator-context';

/** A verb opening the number's piece, with no subject before it ("…, tiếp nhận", "…, phục vụ"), on lowercase text. */
const SUBJECTLESS_VERB = /(?:^|[,;]\s*)(?:(?:đồng thời|và)\s+)?(?:đã\s+)?(?:tiếp nhận|phục vụ|xử lý|giải quyết|cung cấp|ghi nhận|thu hút|thực hiện)(?:\s+(?:được|thêm))?(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*$/u;

/**
 * The sentence's words before its first figure, when the number's piece opens on a verb with no subject of its own and
 * another figure stands before it (a subject's second verb); otherwise undefined. Lowercase.
 */
export function sentenceHead(q: Pick<IndicatorQuery, 'sentence' | 'clause' | 'at'>): string | undefined {
  const at = numberOffset(q);
  if (at === undefined) return undefined;
  const before = q.sentence.slice(0, at);
  const first = before.search(/\d/u);
  if (first <= 0 || !SUBJECTLESS_VERB.test(before)) return undefined;
  return before.slice(0, first);
}
