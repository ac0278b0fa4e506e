/**
 * A span written without its year that opens a sentence ("Trong quý I, …", "Tháng 5, …", "Trong 6 tháng đầu năm,
 * …"), its year taken from the page: it frames every clause of the sentence, not only the first (a span with no
 * year inside the sentence, after a clause's start, frames only its clause). Pure.
 */
import type { DateMatch } from './dates';

/** Round 45: what may stand before the span: a lead naming the source, subject or place ("Theo Bộ TT&TT, …", "Đối với Cổng dịch vụ
 *  công quốc gia, …", "Về thanh toán, …", "Tại tỉnh X, …") or a linking phrase ("Cụ thể, …"), then "trong" / "vào". */
const OPENING = /^\s*(?:(?:(?:theo|đối\s+với|về|tại|ở)\s[^,;:.]{1,60}|cụ\s+thể|đáng\s+chú\s+ý|bên\s+cạnh\s+đó|ngoài\s+ra|nhìn\s+chung)\s*,\s*){0,2}(?:trong|vào|tính riêng)?\s*$/iu;

/** True when the date `d` (not a day) opens `sentence`, only a lead (`OPENING`) and "trong" / "vào" before it. */
export function opensOnSpan(sentence: string, d: Pick<DateMatch, 'start' | 'precision'>): boolean {
  return d.precision !== 'day' && OPENING.test(sentence.slice(0, d.start));
}
