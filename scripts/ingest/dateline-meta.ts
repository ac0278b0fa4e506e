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
