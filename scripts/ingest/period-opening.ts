/**
 * A span written without its year that opens a sentence ("Trong quý I, …", "Tháng 5, …", "Trong 6 tháng đầu năm,
 * …"), its year taken from the page: it frames every clause of the sentence, not only the first (a span with no
 * year inside the sentence, after a clause's start, frames only its clause). Pure.
 */
import type { DateMatch } from './dates';

const OPENING = /^\s*(?:trong|vào|tính riêng)?\s*$/iu;

/** True when the date `d` (not a day) opens `sentence`, only "trong" / "vào" before it. */
export function opensOnSpan(sentence: string, d: Pick<DateMatch, 'start' | 'precision'>): boolean {
  return d.precision !== 'day' && OPENING.test(sentence.slice(0, d.start));
}
