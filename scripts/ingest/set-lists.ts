/**
 * Round 16: bare counts that size a set the text names, read on the whole text before the number (`set-sizes.ts`
 * reads 48 characters): a later item of a list of a plan's sets after a defining word ("xác định 5 nhiệm vụ trọng tâm,
 * 3 khâu đột phá và 10 giải pháp"), a model named by its parts ("mô hình 4 lớp", "phương châm 4 tại chỗ"), and a top
 * that opens its sentence as the field of what follows ("Trong tốp 5 địa phương dẫn đầu …, A xếp thứ 2"); round 26a: things
 * named right after their noun, as many as counted ("trên 2 sàn Shopee và Lazada"). Pure;
 * `numbers.ts` skips what this accepts.
 */

/** A plan's set by its size after a defining word, then other sets ("xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá và "). */
const SET_LIST_BEFORE = /(?<![\p{L}\p{M}])(?:xác định|đề ra|đặt ra|gồm|bao gồm|nêu|đưa ra)\s+\d+\s+(?:chỉ tiêu|nhiệm vụ|mục tiêu|giải pháp|khâu|đột phá|nhóm|chương trình|đề án|định hướng|trụ cột)(?![\p{L}\p{M}])[^,;.:\d]{0,40}(?:(?:,|\svà)\s*\d+\s+[\p{L}\p{M}][^,;.:\d]{0,40})*(?:,|\svà)\s*$/u;
/** What a later item counts: words, not a unit, a share or an amount ("3 khâu đột phá", not "3 tỷ đồng"). */
const SET_ITEM_AFTER = /^\s+(?!(?:tỷ|triệu|nghìn|ngàn|đồng|usd|lần|điểm|bậc|%)(?![\p{L}\p{M}]))[\p{L}\p{M}]/u;
/** A model or motto named by the number of its parts: "mô hình 4 lớp", "phương châm 4 tại chỗ". */
const MODEL_BEFORE = /(?<![\p{L}\p{M}])(?:mô hình|phương châm|nguyên tắc)\s*$/u;
/** A top opening its sentence, before any subject: "Trong tốp 5 địa phương dẫn đầu …," (the field of the names after it). */
const OPENING_TOP = /^\s*(?:trong|giữa)\s+(?:nhóm\s+)?(?:top|tốp)\s*$/u;
/** The comma that ends the opening phrase of the field, before the subject placed in it. */
const FIELD_THEN_SUBJECT = /^[^,;.]{0,80},\s*\S/u;

/** Round 53: a rank's word right before the number ("xếp thứ 2 và thứ 3 lần lượt là Sở A, Sở B"): the names after it are ranked, not counted. */
const RANK_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:thứ|hạng|vị trí|top|tốp)\s*$/u;
/** The counted noun in lowercase words, then the names up to the end of the clause: "2 sàn thương mại điện tử Shopee và Lazada.". */
const NOUN_THEN_NAMES = /^\s+(?:\p{Ll}[\p{L}\p{M}]*\s+){1,5}(\p{Lu}[^.;:()]*?)\s*(?:[.;:()]|$)/u;

/** True when the `n` things counted are named right after their noun, as many as it says: "trên 2 sàn Shopee và Lazada", "3 nhà mạng Viettel, VNPT và MobiFone". */
function namedRightAfter(after: string, n: number): boolean {
  const m = NOUN_THEN_NAMES.exec(after);
  if (!m || n < 2 || n > 5) return false;
  const names = m[1]!.split(/\s*,\s*|\s+và\s+/u);
  return names.length === n && names.every((x) => /^\p{Lu}/u.test(x) && x.split(/\s+/u).length <= 3);
}

/**
 * True when the bare count `n` sizes a set its text names (see the module comment). `before` is the lowercase
 * sentence up to the numeral, `after` the text after it.
 */
export function isSetListItem(before: string, after: string, n: number): boolean {
  if (!Number.isInteger(n) || n < 1) return false;
  if (SET_LIST_BEFORE.test(before) && SET_ITEM_AFTER.test(after.toLowerCase())) return true;
  if ((n <= 12 && MODEL_BEFORE.test(before)) || (namedRightAfter(after, n) && !RANK_WORD_BEFORE.test(before))) return true;
  return OPENING_TOP.test(before) && FIELD_THEN_SUBJECT.test(after);
}
