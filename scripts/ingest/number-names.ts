/**
 * Round 24d: bare numbers that name a place or a part rather than count it: a hamlet, a residential group or an
 * urban district called by its number ("thôn 6", "tổ dân phố (TDP) 1", "Quận 1"), areas numbered in turn in one
 * text ("khu vực 1 …, khu vực 2 …"), and a stray number a page dropped inside a word ("thông 15 tin"). Round 25b: a time
 * zone's offset ("(GMT+7)"). Round 31a: a number inside the quoted name of a programme or a model ("phong trào “3 không”"). Session 50:
 * a quarter in an address ("khu 1, phường …") and a double-day sale's name ("mua sắm lớn như 8/8, 9/9"). Pure; `definitions.ts`
 * `isNoClaim` asks these, `numbers.ts` the double day (a day-and-month pair is read before `isNoClaim`).
 */

import { ZONE_NAME } from './time-of-day';

/**
 * A locality word, with its acronym in brackets or not, right before the number ("thôn ", "tổ dân phố (TDP) ", "TDP ",
 * "Phường ", "tổ dân phố số "), or before a proper name the number ends ("thôn Kế Xuyên ", "bản Nà Tăm ", "xóm Đông ").
 */
const LOCALITY_BEFORE = /(?<![\p{L}\p{M}])(?:thôn|xóm|ấp|khóm|khu phố|tổ dân phố|tổ dân cư|tdp|quận|phường)(?:\s*\(\s*\p{Lu}{2,6}\s*\))?(?:\s+số)?\s+$/iu;
const NAMED_LOCALITY_BEFORE = /(?<![\p{L}\p{M}])(?:[Tt]hôn|[Xx]óm|[Ấấ]p|[Kk]hóm|[Bb]ản|[Ll]àng|[Kk]hu phố|[Tt]ổ dân phố)(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3}\s+$/u;
/** What makes the number after such a word a quantity: a share, a fraction, a decimal or a scale ("thôn 6,5 %" never names one). */
const QUANTITY_AFTER = /^\s*(?:%|[.,/]\d|phần trăm|triệu|nghìn|ngàn|tỷ)/iu;

/** Session 50: "khu" before a number that an address goes on after ("(khu 1, phường Hồng Hà, TP Hạ Long)", "ở khu 5, xã Tân An"): a quarter's name. */
const QUARTER_BEFORE = /(?<![\p{L}\p{M}])khu\s+$/iu;
const ADDRESS_GOES_ON = /^\s*,\s*(?:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tp\.?)(?![\p{L}\p{M}])/iu;

/** True when the bare number `raw` names a hamlet, a residential group or an urban district ("người dân thôn 6", "TDP 1 có 170 hộ", "thôn Kế Xuyên 2 có"),
 *  or a quarter in an address ("khu 1, phường Hồng Hà"), not a count. */
export function isLocalityName(before: string, raw: string, after: string): boolean {
  return /^\d{1,3}$/u.test(raw) && (LOCALITY_BEFORE.test(before) || NAMED_LOCALITY_BEFORE.test(before) || (QUARTER_BEFORE.test(before) && ADDRESS_GOES_ON.test(after))) && !QUANTITY_AFTER.test(after);
}

/** An area word right before the number, any case: "khu vực ", "vùng ", "tiểu vùng ". */
const AREA_WORD = /(?<![\p{L}\p{M}])(khu vực|tiểu vùng|phân vùng|vùng|miền)\s+$/iu;

/**
 * True when the one-digit number `raw` at `p` of `s` names an area the text numbers in turn: "khu vực 1 … tăng 4%; khu
 * vực 2 …" (the same word stands before the number next to it elsewhere in `s`), not a count ("đứng đầu khu vực 3 năm").
 */
export function isAreaInSeries(s: string, p: number, raw: string): boolean {
  if (!/^\d$/u.test(raw) || QUANTITY_AFTER.test(s.slice(p + 1, p + 12))) return false;
  const word = AREA_WORD.exec(s.slice(Math.max(0, p - 16), p))?.[1]?.toLowerCase();
  if (word === undefined) return false;
  const n = Number(raw);
  return [n - 1, n + 1].some((k) => k >= 1 && new RegExp(`(?<![\\p{L}\\p{M}])${word}\\s+${k}(?![\\d.,%])`, 'iu').test(s));
}

/** A time zone's name and sign right before its offset: "GMT+7", "(UTC +07:00)". */
const ZONE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${ZONE_NAME}\s*[+−–-]?\s*$`, 'u');

/** True when the bare number is a time zone's offset ("05:40 (GMT+7)" in a byline), no figure. */
export function isTimeZoneOffset(before: string, raw: string): boolean {
  return /^\d{1,2}$/u.test(raw) && ZONE_BEFORE.test(before);
}

/** Two-syllable words of the field that a page may split with a stray number ("thông 15 tin", "dữ 3 liệu"). */
const SPLIT_WORDS = new Set(['thông tin', 'dữ liệu', 'hệ thống', 'công nghệ', 'chuyển đổi', 'điện tử', 'trực tuyến', 'dịch vụ', 'doanh nghiệp', 'kinh tế', 'an toàn', 'viễn thông']);

/** True when the bare number `raw` stands between the two halves of one word (`SPLIT_WORDS`): a stray mark of the page, not a figure. */
export function isInsideWord(before: string, raw: string, after: string): boolean {
  const first = /(?<![\p{L}\p{M}])(\p{Ll}[\p{L}\p{M}]*)\s+$/u.exec(before)?.[1];
  const second = /^\s+(\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{M}])/u.exec(after)?.[1];
  return /^\d{1,3}$/u.test(raw) && first !== undefined && second !== undefined && SPLIT_WORDS.has(`${first} ${second}`);
}

/** A programme's, movement's or model's name word, then the opening quote of its name and the name's words up to the number. */
const QUOTED_NAME_BEFORE = /(?<![\p{L}\p{M}])(?:chương trình|phong trào|đề án|dự án|mô hình|cuộc thi|hội thi|giải thưởng|giải|chiến dịch|cuộc vận động|sáng kiến|câu lạc bộ|nhãn hiệu|thương hiệu|sản phẩm)\s*[“"«][^“”"«»]{0,40}$/iu;
/** The rest of the quoted name after the number, then its closing quote. */
const QUOTED_NAME_AFTER = /^[^“”"«»]{0,40}[”"»]/u;

/** Round 43: a motto's word, then its opening quote and up to 120 characters of it ("phương châm “Công dân 3 có, lực lượng … 3 thực hiện”", "khẩu hiệu “5 rõ”"): a motto's numbers count its parts, never a result. */
const QUOTED_MOTTO_BEFORE = /(?<![\p{L}\p{M}])(?:phương châm|khẩu hiệu|nguyên tắc|tinh thần|tiêu chí|slogan)\s*[“"«][^“”"«»]{0,120}$/iu;
/** The rest of the quoted motto after the number, then its closing quote. */
const QUOTED_MOTTO_AFTER = /^[^“”"«»]{0,120}[”"»]/u;

/** Session 55: the same on an English page, whose names run longer ("the campaign \"Free for the entire set of tax conversion solutions declared
 *  for 5 million business households from traditional to e-commerce\""); review: a name opens on a capital or a figure ("1 million initiatives"), someone's words need not: 'The
 *  model "has helped 2,000 households …", he said'). */
const ENGLISH_QUOTED_NAME = { before: /(?<![\p{L}])(?:[Cc]ampaign|[Pp]rogramme|[Pp]rogram|[Mm]ovement|[Cc]ontest|[Cc]ompetition|[Ii]nitiative|[Aa]ward|[Pp]roject|[Mm]odel|[Ss]logan|[Mm]otto)\s*[“"«](?:\p{Lu}[^“”"«»]{0,120})?$/u, after: /^[^“”"«»]{0,120}[”"»]/u };

/** True when the number at `p`–`end` of `s` stands inside the quoted name of a programme or a model ("Chương trình “1 triệu sáng kiến”", "mô hình “Cà phê số 1”"): part of a name, no claim. */
export function isInQuotedName(s: string, p: number, end: number): boolean {
  return (QUOTED_NAME_BEFORE.test(s.slice(Math.max(0, p - 80), p)) && QUOTED_NAME_AFTER.test(s.slice(end, end + 44)))
    || (ENGLISH_QUOTED_NAME.before.test(s.slice(Math.max(0, p - 160), p)) && ENGLISH_QUOTED_NAME.after.test(s.slice(end, end + 124)))
    || (QUOTED_MOTTO_BEFORE.test(s.slice(Math.max(0, p - 160), p)) && QUOTED_MOTTO_AFTER.test(s.slice(end, end + 124)));
}

/** A run of numbers joined by "+" ("1+20", "3 + 1") between quotation marks, alone: a model's formula-name. */
const QUOTED_FORMULA = /^[“"«'‘]\s*\d{1,3}(?:\s*\+\s*\d{1,3})+\s*[”"»'’]$/u;

/** True when the number at `p`–`end` of `s` is part of a formula a model is named by, quoted alone ("“1+15” kèm cặp từng gia đình", "mô hình "3+1""): a name, no count (round 34). */
export function isQuotedFormula(s: string, p: number, end: number): boolean {
  let [a, b] = [p, end];
  while (a > 0 && /[\d\s+]/u.test(s[a - 1]!)) a--;
  while (b < s.length && /[\d\s+]/u.test(s[b]!)) b++;
  return QUOTED_FORMULA.test(s.slice(Math.max(0, a - 1), b + 1));
}

/** Session 50: a shopping word in the sentence of a double day ("chuỗi sự kiện mua sắm lớn như 8/8, 9/9", "ngày hội 11/11"). */
const SHOPPING = /(?<![\p{L}\p{M}])(?:mua sắm|khuyến mãi|khuyến mại|sale|giảm giá|ngày đôi|lễ hội mua|sự kiện mua|livestream)(?![\p{L}\p{M}])/iu;
/** What may follow a double day's name: a comma, "và", a bracket's end, the sentence's end; not a noun it counts ("8/8 huyện"). */
const NAME_ENDS_AFTER = /^\s*(?:[,;.)!?]|và(?![\p{L}\p{M}])|hay(?![\p{L}\p{M}])|$)/iu;

/** An occasion's word or another double day right before ("như 8/8", "dịp 11/11", "đợt sale 12/12", "8/8, "): review: not "đạt 8/8", "Tiên Yên 5/5". */
const OCCASION_BEFORE = /(?<![\p{L}\p{M}])(?:như|dịp|ngày|đợt|sự kiện|lễ hội|ngày hội|sale|siêu sale)\s*$|(?<!\d)(\d{1,2})\/\1\s*(?:,|và)\s*$/iu;
/** Buying by the state or for equipment ("mua sắm công", "mua sắm trang thiết bị"): no shopping day. */
const PROCUREMENT = /mua sắm\s+(?:công|(?:trang\s+)?thiết\s+bị)/iu;

/** True when `raw` ("8/8", "11/11") at `p`–`end` names a double-day sale in a sentence `s` about shopping (`SHOPPING`, not procurement): a day and month
 *  alike after an occasion's word or another double day (`OCCASION_BEFORE`), with nothing it counts after it. */
export function isDoubleDaySale(s: string, p: number, end: number, raw: string): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})$/u.exec(raw);
  return !!m && m[1] === m[2] && Number(m[1]) >= 1 && Number(m[1]) <= 12 && OCCASION_BEFORE.test(s.slice(Math.max(0, p - 24), p)) && NAME_ENDS_AFTER.test(s.slice(end, end + 8)) && SHOPPING.test(s) && !PROCUREMENT.test(s);
}

