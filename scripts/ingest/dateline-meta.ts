/**
 * A portal's page metadata printed after its date on the dateline, behind a "|": a view counter
 * ("05/03/2024 | Lượt xem: 120", "14/07/2023 | 1.024 views"), a labelled field ("| Chuyên mục: Tin tức",
 * "| Tác giả: Minh Anh") or a short bare category ("| Tin tức - Sự kiện"). None of it is article text.
 */

/** A counter of reads or views, with its number before or after the label. */
const COUNTER = String.raw`(?:lượt\s+(?:xem|đọc|truy\s+cập|thích|chia\s+sẻ)|views?|reads?|bình\s+luận)`;
const COUNTER_FIELD = new RegExp(String.raw`^(?:${COUNTER}\s*:?\s*[\d.,]+|[\d.,]+\s*${COUNTER})$`, 'iu');
/** A labelled field of the page's header, with a short value. */
const LABELLED_FIELD = /^(?:chuyên\s+mục|danh\s+mục|tác\s+giả|người\s+đăng|nguồn|category|author)\s*:\s*[^:]{1,40}$/iu;
/** A short bare category: at most four words, letters and dashes only. */
const BARE_CATEGORY = /^\p{Lu}[\p{L}\p{M}]*(?:\s*[-–&,]?\s*[\p{L}\p{M}]+){0,3}$/u;

/** True when a line is no more than a view or read counter ("Lượt xem: 512", "1.024 views"): page chrome, not article text. */
export function isCounterLine(line: string): boolean {
  return COUNTER_FIELD.test(line.trim());
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
