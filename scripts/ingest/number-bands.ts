/**
 * Round 30a: numbers that bound or size a group another figure counts in, and counts joined by a slash. A top a
 * counted group falls into ("có 4 trường lọt vào top 200 thế giới": the claim is the 4, the 200 is the band); the
 * field of a contest its winner beat ("vượt qua các đội từ 12 nước", "đánh bại 30 đối thủ"); the second count of a
 * pair joined by "/" ("tổ chức 15 lớp/2.400 học viên", where "lớp/" looks like a code's letters); the few tasks or
 * pillars a subject is one of ("là 1 trong 4 nhiệm vụ trọng tâm"). Round 31e: the key works a subject is one of ("một trong 10 công
 * trình trọng điểm") and the base of a pair whose share follows ("120 trạm/150 xã, đạt 80%"). Pure; `numbers.ts` asks these.
 */

/** A count (no year) and its noun (up to five words), then the verb that puts them in a top: "4 trường đại học lọt vào top". */
const COUNTED_IN_TOP = /(?:^|[^\d.,\p{L}])(?!(?:19|20)\d\d(?!\d))\d[\d.]*\s+(?:[\p{L}\p{M}]+\s+){1,5}(?:đã\s+|được\s+)?(?:lọt(?:\s+vào)?|vào|thuộc|nằm\s+trong|có\s+mặt\s+trong|góp\s+mặt\s+trong)\s+(?:nhóm\s+)?(?:top|tốp)\s*$/iu;

/** True when the number after `before` (lowercase, the sentence up to it) is the top a group counted just before it falls into: a band, no claim. */
export function isTopOfCountedGroup(before: string): boolean {
  return COUNTED_IN_TOP.test(before);
}

/** Who a contest's winner beat, before their number or their provenance: "vượt qua các đội từ", "đánh bại hơn", "vượt qua". */
const BEAT = String.raw`(?:vượt\s+qua|đánh\s+bại|chiến\s+thắng|cạnh\s+tranh\s+với)`;
const CONTESTANT = String.raw`(?:đội(?:\s+tuyển|\s+thi)?|đối\s+thủ|thí\s+sinh|ứng\s+viên|bài\s+thi|tác\s+phẩm)`;
const FIELD_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${BEAT}\s+(?:các\s+|những\s+)?${CONTESTANT}\s+(?:(?:đến\s+)?từ|của)\s*$`, 'iu');
const BEAT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${BEAT}\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$`, 'iu');
const CONTESTANT_AFTER = new RegExp(String.raw`^\s+(?:${CONTESTANT}|dự\s+án|sản\s+phẩm|giải\s+pháp)(?![\p{L}\p{M}])`, 'iu');

/** True when a bare number is the field a contest's winner beat ("vượt qua các đội từ 12 nước", "đánh bại 30 đối thủ"): its size, no claim. */
export function isContestField(before: string, after: string): boolean {
  return FIELD_BEFORE.test(before) || (BEAT_BEFORE.test(before) && CONTESTANT_AFTER.test(after));
}

/** "một trong", "1 trong số": one of a set. */
const ONE_OF = /(?<![\p{L}\p{M}])(?:một|1)\s+trong\s+(?:số\s+)?$/iu;
/**
 * What a plan or a policy is made of ("nhiệm vụ", "đột phá", "trụ cột", "ưu tiên"), or the key works a programme names
 * ("công trình trọng điểm", "dự án tiêu biểu", round 31e), or the criteria a standard is made of ("1 trong 4 tiêu chí
 * của xã … kiểu mẫu", round 34): a set of aims, not a field ranked.
 */
const AIMS_AFTER = /^\s+(?:nhiệm\s+vụ|giải\s+pháp|mục\s+tiêu|tiêu\s+chí|tiêu\s+chuẩn|trụ\s+cột|(?:khâu\s+)?đột\s+phá|ưu\s+tiên|định\s+hướng|chương\s+trình|(?:công\s+trình|dự\s+án)\s+(?:trọng\s+điểm|trọng\s+tâm|tiêu\s+biểu|động\s+lực))(?![\p{L}\p{M}])/iu;

/** True when a small bare count after "là một trong" sizes the set of aims its subject belongs to ("coi đây là 1 trong 4 nhiệm vụ trọng tâm", "một trong 10 công trình trọng điểm"): no claim. */
export function isOneOfAims(before: string, after: string, n: number): boolean {
  return Number.isInteger(n) && n >= 2 && n <= 20 && ONE_OF.test(before) && AIMS_AFTER.test(after);
}

/** The first few of a field after its size: "(địa phương|đơn vị …) đầu tiên", "… sớm nhất", a noun of up to four words between. */
const FIRST_OF_FIELD = /^\s+(?:[\p{L}\p{M},]+\s+){1,4}?(?:đầu\s+tiên|sớm\s+nhất)(?![\p{L}\p{M}])/iu;

/** Round 36: true when a bare count after "là một trong" is the field of the first to do something ("là một trong 12 tỉnh đầu tiên về đích …"): a band, no claim. */
export function isOneOfFirst(before: string, after: string): boolean {
  return ONE_OF.test(before) && FIRST_OF_FIELD.test(after);
}

/** A count (no year) and its lowercase noun (one to three words, no scale word), then "/": "15 lớp/", "3 đợt tập huấn/". */
const COUNT_NOUN_SLASH = /(?:^|[^\d.,\p{L}])(?!(?:19|20)\d\d(?!\d))\d[\d.]*\s+(?!(?:triệu|nghìn|ngàn|tỷ|trăm)(?![\p{L}\p{M}]))(\p{Ll}[\p{L}\p{M}]*(?:\s+\p{Ll}[\p{L}\p{M}]*){0,2})\/$/u;
/** The second count's own noun: "/2.400 học viên"; not the people a rate is given per ("thuê bao/100 dân"). */
const NOUN_AFTER = /^\s+(?!(?:dân|người dân|hộ dân)(?![\p{L}\p{M}]))(\p{Ll}[\p{L}\p{M}]*)/u;

/** A share the pair comes to, later in its clause: "…/120 xã, đạt tỷ lệ 75%", "…/50 trường (chiếm 80%)": the second count is the ratio's base. */
const RATIO_SHARE_AFTER = /^[^.;:]{0,80}?(?:(?<![\p{L}\p{M}])(?:đạt|chiếm|bằng)\s+(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+)?|\(\s*)[\d.,]+\s*%/iu;

/**
 * True when the number at a slash after a letter is the second count of a pair ("tổ chức 15 lớp/2.400 học viên"): read,
 * not a code ("I/2022"); not the whole of a part counted in the same noun ("40 xã/120 xã đạt chuẩn": the whole), nor a
 * rate's base, nor the base of a share the clause then gives ("12 trạm phát sóng/150 xã, đạt 8%", round 31e: the whole of a
 * ratio, as a ranking's field "21/63"). `before` is the text up to the number, `after` the text after it.
 */
export function isSecondCountOfPair(before: string, after: string): boolean {
  const first = COUNT_NOUN_SLASH.exec(before)?.[1];
  const second = NOUN_AFTER.exec(after)?.[1];
  return first !== undefined && second !== undefined && !first.toLowerCase().startsWith(second.toLowerCase()) && !RATIO_SHARE_AFTER.test(after);
}
