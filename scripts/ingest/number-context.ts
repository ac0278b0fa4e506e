/**
 * The text around a number that tells what it is: the clause before it, the clause a parenthetical list of
 * values belongs to, the text before a bracket that holds it alone, and the words of an index score there.
 * Pure; used by `numbers.ts`.
 */

/** The clause before `i`: back to the nearest , ; : ( ) or sentence stop not inside a numeral (at most 200 chars). */
export function clauseBefore(s: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 200) {
    const c = s[j - 1]!;
    if (/[;:()[\]!?\n“”"]/.test(c)) break;
    if ((c === ',' || c === '.') && !(/\d/.test(s[j - 2] ?? '') && /\d/.test(s[j] ?? ''))) break;
    j--;
  }
  return s.slice(j, i);
}

/** Words that may stand in a parenthetical list of yearly values besides numbers: "(2022 đạt 28%, 2023 đạt 19%)". */
const LIST_FILLER = /^(?:[\s,;:]|\d+(?:[.,]\d+)*\s*%?|năm|đạt|là|và|khoảng|gần|trên|hơn)*$/iu;

/**
 * For a number inside a parenthetical list of values ("… tốc độ tăng trưởng … (2022 đạt 28%, 2023 đạt
 * 19%)"), the clause before the "(" that the values belong to; undefined elsewhere.
 */
export function parentheticalContext(s: string, p: number): string | undefined {
  const open = s.lastIndexOf('(', p);
  if (open < 0 || s.lastIndexOf(')', p) > open) return undefined;
  if (!LIST_FILLER.test(s.slice(open + 1, p))) return undefined;
  return clauseBefore(s, open);
}

/** For a number alone in a bracket ("… trung bình của thế giới (0.6382)"), the text before the bracket in its `;`-clause (at most 160 characters); '' elsewhere. */
function bracketContext(s: string, p: number): string {
  const open = s.lastIndexOf('(', p);
  if (open < 0 || !/^\(\s*$/u.test(s.slice(open, p))) return '';
  return s.slice(Math.max(0, s.lastIndexOf(';', open) + 1, open - 160), open);
}

/** Words of an index score: "chỉ số", "điểm", or an index's acronym ("giá trị DTI đạt 0,8241", "EGDI đạt 0,6382"). */
const INDEX_WORDS = /chỉ số|điểm|(?<![\p{L}\p{M}])(?:dti|egdi|osi|tii|hci|epi|gci|gii|pci|papi|par index|ict index)(?![\p{L}\p{M}])/u;

/** True when the text before a bare decimal at `p` speaks of an index score (`INDEX_WORDS`): its clause, its piece (`piece`), a bracket it stands alone in, or the 200 characters before it. */
export function isIndexContext(s: string, p: number, clause: string, piece: string): boolean {
  return INDEX_WORDS.test(`${clause} ${piece} ${bracketContext(s, p)} ${s.slice(Math.max(0, p - 200), p)}`.toLowerCase());
}

/** Round 36: "giá trị" (value) right before a bare decimal below 1: "Đà Nẵng đứng đầu với giá trị 0,909" — only an index's score is told so, no count has a fraction. */
const VALUE_OF_BEFORE = /(?<![\p{L}\p{M}])(?:giá\s+trị(?:\s+(?:là|đạt|bằng))?|(?:xếp\s+hạng|xếp\s+thứ|hạng|thứ|vị\s+trí)\s+\d{1,3}(?:\/\d{1,3})?\s*\()\s*$/iu; // round 48: a rank's score in its bracket ("xếp hạng 28 (0,7684)")

/** True when a bare decimal `value` below 1 stands right after "giá trị" or in the bracket after a rank (`VALUE_OF_BEFORE`): an index's score. */
export function isIndexValue(before: string, value: number): boolean {
  return value > 0 && value < 1 && VALUE_OF_BEFORE.test(before);
}

/** What may follow a score written bare: a stop, a bracket, the next word of a move ("lên", "xuống"), "và", "so với", the end; no counted noun. */
const NOTHING_COUNTED_AFTER = /^\s*(?:[,.;:)(]|$|(?:lên|xuống|và|so|trong|tại|của)(?![\p{L}\p{M}]))/iu;

/** Session 43: a fraction of one written to three or four places ("Chính quyền số 0,7582", "đạt 0,8335 và xếp thứ 2"), nothing counted after it:
 *  no count is a fraction of one, an index's score is (not a rate per head named before it, `PER_HEAD`). `raw` is the numeral as
 *  printed, `after` the text after it, `before` its sentence up to it. */
export function isBareFraction(raw: string, after: string, before: string): boolean {
  return FRACTION_OF_ONE.test(raw) && NOTHING_COUNTED_AFTER.test(after) && !PER_HEAD.test(before) && !/\(\s*$/u.test(before); // a bracket's score after a name ("Hải Phòng (0,7857)") is read with its paragraph's (`number-scores.ts`)
}

/** A fraction of one written to three or four places, as printed ("0,7582", "0.8335"). */
export const FRACTION_OF_ONE = /^0[.,]\d{3,4}$/u;

/** A rate per so many people, in either language ("doanh nghiệp công nghệ số/1.000 dân", "trên 100 dân", "per 1,000 people"): a count per
 *  head. Read before a figure (its rate named first) by `isBareFraction`, english-numbers.ts and lexicon.ts' `isChangeOrRate`. */
export const PER_HEAD = /(?:\/\s*|(?<![\p{L}\p{M}])(?:trên|mỗi|per)\s+)(?:100|1[.,]?000|10[.,]?000|100[.,]?000|nghìn|vạn|triệu|thousand|million)\s+(?:dân|người|people|persons|residents|inhabitants|population|capita)(?![\p{L}\p{M}])/iu;

/** A change verb right before the number ("tăng 12,5 so với …"): the number is a change, not a score's level. */
const CHANGE_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm|thêm)(?:\s+(?:thêm|khoảng|gần|hơn|trên))?\s*$/iu;

/**
 * True when a bare decimal with a fraction at `p`–`end` speaks of an index (`isIndexContext`) and nothing counted follows it
 * ("Điểm PCI của thành phố nhích lên, từ 37,25 lên 38,06.", "thành phố A có 45,5;"): a score on any scale, since no count
 * has a fraction (round 29a); not one right after a change verb (`CHANGE_BEFORE`).
 */
export function isUncountedScore(s: string, p: number, end: number, clause: string, piece: string): boolean {
  return NOTHING_COUNTED_AFTER.test(s.slice(end, end + 12)) && !CHANGE_BEFORE.test(s.slice(Math.max(0, p - 24), p)) && isIndexContext(s, p, clause, piece);
}

/** A score named as the subject before its figure, with no figure between: "Tổng điểm của tỉnh là ", "điểm công khai, minh bạch là ", "với số điểm ấn tượng " (not "điểm" as a place: "điểm phục vụ", "điểm cầu"). */
const SCORE_SUBJECT = /(?<![\p{L}\p{M}])(?<!\d\s?)(?:tổng\s+|số\s+)?điểm(?:\s+số)?(?!\s+(?:cầu|phục vụ|bưu|giao dịch|truy cập|du lịch|tiếp nhận|chấp nhận|phần trăm|%))(?![\p{L}\p{M}])[^\d;:.()!?%]{0,60}$/iu;

/** True when the bare decimal at `p` of `s` is the value of a score named before it in its sentence part (`SCORE_SUBJECT`): an index value, not a count. */
export function isScoreSubjectBefore(s: string, p: number): boolean {
  const part = s.slice(Math.max(0, p - 80), p).split(/[;!?]|\.\s/u).pop() ?? '';
  return SCORE_SUBJECT.test(part);
}

/** A decimal written to fixed places ("0.8002", "1.0000", "0,75"), not a thousands group ("1.000", "12,500"): how a score table prints its cells. */
const FIXED_DECIMAL = /^(?:0[.,]\d{2,4}|[1-9]\d?[.,](?:\d{2}|\d{4}))$/u;
/** The whitespace-separated run of numerals around `p` on its line. */
const RUN_BEFORE = /(?:\d+(?:[.,]\d+)*[ \t]+)*$/u;
const RUN_AFTER = /^\d+(?:[.,]\d+)*(?:[ \t]+\d+(?:[.,]\d+)*)*/u;

/**
 * True when the numeral `raw` at `p` is a cell of a row of scores: a decimal written to fixed places, standing among
 * at least three such decimals with only spaces between them on its line ("Đà Nẵng 1.0000 0.9000 0.8253 …"): an index
 * value, not a count, whether or not its fraction is zero.
 */
export function isScoreRowCell(s: string, p: number, raw: string): boolean {
  if (!FIXED_DECIMAL.test(raw)) return false;
  const before = RUN_BEFORE.exec(s.slice(Math.max(0, p - 200), p))![0];
  const after = RUN_AFTER.exec(s.slice(p, p + 200))![0];
  const cells = `${before}${after}`.trim().split(/[ \t]+/u);
  return cells.filter((c) => FIXED_DECIMAL.test(c)).length >= 3;
}
