/**
 * A portal's page metadata printed after its date on the dateline, behind a "|": a view counter
 * ("05/03/2024 | Lượt xem: 120", "14/07/2023 | 1.024 views"), a labelled field ("| Chuyên mục: Tin tức",
 * "| Tác giả: Minh Anh") or a short bare category ("| Tin tức - Sự kiện"). None of it is article text.
 */

import { CLOCK } from './time-of-day';

/** The words of a publication label on a date line: "Ngày đăng", "Đăng ngày", "Ngày xuất bản", "Xuất bản", "Cập nhật", "Đăng lúc"
 *  (round 63: "Tin đăng lúc", "Bài đăng ngày") (`head-dateline.ts` reads the label's line, `dates-find.ts` what may stand around a dateline's date). */
export const PUBLICATION_LABEL = String.raw`(?:ngày\s+đăng|đăng\s+ngày|ngày\s+xuất\s+bản|xuất\s+bản|cập\s+nhật|(?:(?:tin|bài)\s+)?đăng\s+lúc|(?:tin|bài)\s+đăng\s+ngày)`;

/** A counter of reads or views, with its number before or after the label (`page-chrome.ts` reads a toolbar's counters with it too). */
export const COUNTER = String.raw`(?:lượt\s+(?:xem|đọc|truy\s+cập|thích|chia\s+sẻ)|đã\s+xem(?=\s*:)|(?:view|read)\s+count|views?|reads?|bình\s+luận)`; // round 38: "View count: 15101"; round 64: "Đã xem: 212" (with its colon only)
const COUNTER_FIELD = new RegExp(String.raw`^(?:${COUNTER}\s*:?\s*[\d.,]+|[\d.,]+\s*${COUNTER})$`, 'iu');
/** A labelled field of the page's header, with a short value. */
const LABELLED_FIELD = /^(?:chuyên\s+mục|danh\s+mục|tác\s+giả|người\s+đăng|nguồn|category|author)\s*:\s*[^:]{1,40}$/iu;
/** A short bare category: at most four words, letters and dashes only. */
const BARE_CATEGORY = /^\p{Lu}[\p{L}\p{M}]*(?:\s*[-–&,]?\s*[\p{L}\p{M}]+){0,3}$/u;

/** True when a line is no more than a view or read counter ("Lượt xem: 512", "1.024 views"): page chrome, not article text. */
export function isCounterLine(line: string): boolean {
  return COUNTER_FIELD.test(line.trim());
}

/** What separates a header line's fields: a bar, a middle dot or a bullet, or a dash with spaces around it. */
export const FIELD_SEPARATOR = /\s*[|·•]\s*|\s+[-–—]\s+/u;
/** A date or a time as a header line prints it: "14/02/2024", "05-01-2024", "10:20". */
export const DATE_OR_TIME = new RegExp(String.raw`(?<!\d)${CLOCK}(?!\d)|(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?!\d)`, 'u');

/** A page toolbar's buttons printed after a header's counter ("… Lượt xem: 58 In bài viết", round 36). */
const TOOLBAR_WORDS = String.raw`(?:\s+(?:in\s+bài(?:\s+viết)?|bản\s+in|chia\s+sẻ|gửi\s+bài|lưu\s+bài|share|print))*`;
/** A counter closing a field after a date with no separator between them ("08/03 Lượt xem: 58", round 35; "25/10/2022 1.400 lượt xem", round 37), its toolbar after it (round 36). */
const COUNTER_TAIL = new RegExp(String.raw`(?:(?<![\p{L}\p{M}])${COUNTER}\s*:?\s*[\d.,]+|(?<![\p{L}\p{M}\d.,/:-])[\d.,]+\s*${COUNTER})${TOOLBAR_WORDS}\s*$`, 'iu'); // round 37: the number first, "25/10/2022 1.400 lượt xem"

/** A field's text before its counter that is only dates and times ("25/10/2022 ", "10:20 12/3/2024 "). */
const ONLY_DATES = new RegExp(String.raw`^\s*(?:(?:${DATE_OR_TIME.source})\s*)+$`, 'u');

/** True when `field` ends on a counter (`COUNTER_TAIL`) that holds its offset `at`, after another field (`later`) or after dates and times only. */
function endsOnCounterAt(field: string, at: number, later: boolean): boolean {
  const m = COUNTER_TAIL.exec(field);
  return m !== null && at >= m.index && (later || ONLY_DATES.test(field.slice(0, m.index)));
}

/**
 * True when the number at `at` of a line is a view or read counter that is one field of a dated header line
 * ("Đăng ngày: 14/02/2024 - Lượt xem: 318", "Cập nhật 10:20 12/3/2024 · 1.024 lượt đọc"), or closes such a field ("Đăng lúc: 14:05 | 21/06 Lượt xem: 240"): page chrome (round 32, the lead).
 */
export function isCounterFieldAt(line: string, at: number): boolean {
  if (!DATE_OR_TIME.test(line)) return false;
  let start = 0;
  for (const field of line.split(FIELD_SEPARATOR)) {
    const from = line.indexOf(field, start);
    if (at >= from && at < from + field.length) return (from > 0 && COUNTER_FIELD.test(field.trim())) || endsOnCounterAt(field, at - from, from > 0);
    start = from + field.length;
  }
  return false;
}

/** A telephone number as a contact line prints it: ten or eleven digits from a leading 0 or "+84", spaces or dots between groups allowed. */
const PHONE_NUMBER = /(?:\+84|0)\d(?:[ .]?\d){7,9}(?!\d)/gu;

/** How long an office's or channel's name before its number may be ("TP. Hồ Chí Minh - "). */
const CONTACT_NAME = 30;

/**
 * True when a line only lists an outlet's telephone numbers, each after its office's or channel's name
 * ("Hà Nội - 0241234567   Đà Nẵng - 0236 987 6543"): page chrome, not article text (round 30a).
 */
export function isContactLine(line: string): boolean {
  const names = line.trim().split(PHONE_NUMBER);
  return names.length > 1 && names.every((n) => n.trim().length <= CONTACT_NAME && !/[\d!?…;]/u.test(n));
}

/** Whether one "|"-separated field after a dateline's date is page metadata. */
function isMetaField(field: string): boolean {
  const f = field.trim();
  return COUNTER_FIELD.test(f) || LABELLED_FIELD.test(f) || BARE_CATEGORY.test(f);
}

/** Round 63: an aggregator's source label printed twice and glued to its day ("VTC NewsVTC News26/10/2023", "Việt NamViệt Nam10/04/2024"). */
const SOURCE_TWICE = /^(\p{Lu}[\p{L}\p{M} .]{1,38}?)\1(?=\d)/u;

/** True when the line opens on a source label printed twice and glued to a digit (`SOURCE_TWICE`). */
export function opensOnSourceTwice(line: string): boolean {
  return SOURCE_TWICE.test(line.trim());
}

/** The line with a source label printed twice before its date (`SOURCE_TWICE`) blanked out, its length kept (offsets hold). */
export function blankedSourceTwice(line: string): string {
  return line.replace(SOURCE_TWICE, (label: string) => ' '.repeat(label.length));
}

/**
 * The line without the page metadata that follows its first "|" when every field after it is metadata
 * ("05/03/2024 | Lượt xem: 120" → "05/03/2024"); the line itself otherwise.
 */
export function withoutPageMeta(line: string): string {
  const fields = line.split('|');
  if (fields.length < 2) return line;
  for (let i = 1; i < fields.length; i++) {
    if (fields.slice(i).every(isMetaField)) return fields.slice(0, i).join('|').trimEnd();
  }
  return line;
}
