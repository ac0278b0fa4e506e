/**
 * Ingest stage 2, sentences: a paragraph → its sentences, split at a terminator before the start of
 * a sentence, never after an abbreviation or an initial; offsets exact against the decoded text.
 */
import { trimSegment, type Segment } from './segment-text';

/** Words that end with a dot but do not end a sentence ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn …"). */
const ABBREVIATIONS = new Set(
  'TP Tp tp TX Q P H X ThS TS PGS GS BS KS CN TSKH NCS KTS Cty NXB St Mr Mrs Ms Dr Prof No Co Ltd Inc Corp Jr Sr vs tr'.split(' '),
);
/** Round 64: an English month abbreviated before its day ("Dec. 28, 2024", "Sept. 3"): no sentence ends there. */
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;
/** A day or a year after it ("Dec. 28, …", "By Dec. 28 nearly …", "as of Dec. 31. The …", "In Dec. 2024, …"; not a larger number, "in Nov.
 *  2,000 people …"). */
const DAY_AFTER_MONTH = /^\s*(?:\d{1,2}(?:st|nd|rd|th)?(?!\d|[.,]\d)|(?:19|20)\d\d(?![\d.,]\d))/u;
const TERMINATOR = /(?:[.!?…]+(?:\/\.)?)["”’'»)\]]*(?=[\s\u200b]|$)/gu;

/** Words before a Roman numeral or a letter that may end a sentence ("Quý I.", "nhóm A."). */
const COUNTERS = /^(?:quý|khóa|khoá|phần|loại|nhóm|hạng|cấp|mức|độ|thứ|điều|chương|mục|giai đoạn)$/iu;

/** Characters that may not stand in the word before a dot (they open a bracket or a quote). */
const OPENERS = new Set(['(', '“', '"', "'", '«']);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * The word before a dot and the word before it, read backwards from the end of `before` (linear:
 * a paragraph is scanned once per dot). undefined when the word is glued to an opening bracket or quote.
 */
function lastWords(before: string): { token: string; prev: string } | undefined {
  let i = before.length;
  while (i > 0 && !isSpace(before[i - 1]) && !OPENERS.has(before[i - 1]!)) i--;
  const token = before.slice(i);
  if (i === 0) return { token, prev: '' };
  if (!isSpace(before[i - 1])) return undefined;
  let j = i - 1;
  while (j > 0 && isSpace(before[j - 1])) j--;
  let k = j;
  while (k > 0 && !isSpace(before[k - 1])) k--;
  return { token, prev: before.slice(k, j) };
}

function isAbbreviation(before: string): boolean {
  const words = lastWords(before);
  const token = words?.token ?? '';
  if (token === '') return false;
  if (token.split('.').every((part) => ABBREVIATIONS.has(part))) return true;
  // An initial inside a name ("Nguyễn V. A."): a single capital after a capitalised word.
  const prev = words?.prev ?? '';
  return /^\p{Lu}$/u.test(token) && /^\p{Lu}/u.test(prev) && !COUNTERS.test(prev);
}

/** A full stop glued to the next sentence, as scraped pages print it ("… mặt hàng xuất khẩu.Mỹ và Trung Quốc …"): a word
 *  of two lowercase letters or more, the dot, a capital and a lowercase letter. Not "TP.Hồ Chí Minh", "PGS.TS" (capitals before). */
const GLUED_STOP = /(?<=(?:^|[\s(“"])[\p{Ll}\p{M}]{2,})\.(?=\p{Lu}[\p{Ll}\p{M}])/gu;

/** Where full stops glued to the next sentence stand (`GLUED_STOP`), abbreviations left out (round 44). */
function gluedStops(paragraph: string): number[] {
  return [...paragraph.matchAll(GLUED_STOP)].map((m) => m.index).filter((at) => !isAbbreviation(paragraph.slice(0, at)));
}

/**
 * Splits a paragraph into sentences at ".", "!", "?", "…" / "..." (with closing quotes or brackets
 * kept in the sentence) when the next word starts a sentence (uppercase letter, digit, opening quote
 * or bracket, bullet), and at a full stop glued to a capitalised word after a lowercase one (round 44). Not split: abbreviations ("TP.", "PGS.TS.", initials), dots inside numbers
 * ("84,7", "43.5", "4.0"), an English month's before its day ("Dec. 28"), a dot inside "v.v." (the last one ends a sentence only before a capital),
 * ellipses or quotes followed by lowercase text. ";" does not split. Offsets are relative to the input
 * plus `baseOffset`; segments are trimmed.
 */
export function splitSentences(paragraph: string, baseOffset = 0): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const push = (stop: number) => {
    const seg = trimSegment(paragraph.slice(start, stop), baseOffset + start);
    if (seg.text) out.push(seg);
    start = stop;
  };
  const stops = [...paragraph.matchAll(TERMINATOR)].map((m) => ({ at: m.index, text: m[0], glued: false }))
    .concat(gluedStops(paragraph).map((at) => ({ at, text: '.', glued: true })))
    .sort((a, b) => a.at - b.at);
  for (const m of stops) {
    const stop = m.at + m.text.length;
    if (m.glued) { push(stop); continue; }
    const next = /^[\s\u200b]*(\S)?/u.exec(paragraph.slice(stop))![1];
    if (next === undefined) break;
    if (!/[\p{Lu}\p{N}“"‘'«(\[*•\-–—]/u.test(next)) continue;
    if (m.text === '.' && (isAbbreviation(paragraph.slice(start, m.at)) || (DAY_AFTER_MONTH.test(paragraph.slice(stop)) && MONTH_ABBREVIATION.test(lastWords(paragraph.slice(start, m.at))?.token ?? '')))) continue;
    push(stop);
  }
  push(paragraph.length);
  return out;
}
