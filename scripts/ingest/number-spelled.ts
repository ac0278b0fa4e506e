/**
 * Round 15: quantities spelled in words with a scale word ("hơn một triệu văn bằng", "hai triệu tài khoản",
 * "mười lăm nghìn doanh nghiệp", "hai mươi mốt tỷ đồng", "ba trăm nghìn lượt"): read as numbers, with the
 * qualifier and the unit around them as for digits. A number word alone ("một số", "hai bên", "năm 2025") is
 * none: a scale word (nghìn, ngàn, triệu, tỷ, tỉ) makes a quantity, or two number words or more before a noun ("mười lăm xã",
 * `SPELLED_COUNT`); vague words ("hàng triệu", "vài nghìn") make none. Pure; `numbers.ts` adds these to the numbers of a sentence,
 * keeping those that meet the not-claim tests of digits (`keep`, session 54: `context-no-claim.ts`).
 */
import type { MetricKind, Qualifier, Unit } from '../../src/schemas/metric';
import { clauseBefore } from './number-context';
import { UNITS, qualifierBefore, wordsOf, type UnitTag } from './number-words';
import { ENGLISH_NUMBER_WORDS } from './english-words';
import type { QuantityAt } from './context-no-claim';

/** Session 54: what a caller asks of a spelled quantity before it is kept (`numbers.ts`: the not-claim tests its digits meet). */
export type KeepQuantity = (q: QuantityAt) => boolean;

/** A quantity spelled in words, as `findNumbers` returns numbers. */
export interface SpelledNumber {
  text: string;
  start: number;
  end: number;
  value: number;
  unit: Unit;
  kind: MetricKind;
  qualifier?: Qualifier;
}

/** A digit that may open a number ("hai", "năm"), and one that may end it after "mười"/"mươi" ("mốt", "tư", "lăm"). */
const LEAD = 'một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín';
const TAIL = `${LEAD}|mốt|tư|lăm`;
const DIGITS: Record<string, number> = { một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9 };
/** Tens and units: "mười [Y]", "X mươi [Y]", "Y". */
const TENS = `(?:mười(?:\\s+(?:${TAIL}))?|(?:${LEAD})\\s+mươi(?:\\s+(?:${TAIL}))?|(?:${LEAD}))`;
/** Up to 999 in words: "[X trăm] [(linh|lẻ) Y | tens]". */
const BELOW_THOUSAND = `(?:(?:${LEAD})\\s+trăm(?:\\s+(?:(?:linh|lẻ)\\s+(?:${LEAD})|${TENS}))?|${TENS})`;
export const SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
/** Words that make a scale word part of another ("tỷ lệ", "tỷ trọng", "tỷ giá", "triệu chứng"). */
const NOT_SCALE = '\\s+(?:lệ|trọng|giá|suất|chứng|phú)(?![\\p{L}\\p{M}])';
/** A spelled number and one or two scale words ("một trăm nghìn", "hai triệu", "mười lăm nghìn tỷ"). */
const SPELLED = new RegExp(`(?<![\\p{L}\\p{M}])(${BELOW_THOUSAND})\\s+(nghìn|ngàn|triệu|tỷ|tỉ)(?:\\s+(nghìn|ngàn|triệu|tỷ|tỉ))?(?![\\p{L}\\p{M}])(?!${NOT_SCALE})`, 'giu');

/** The value of a number below a thousand written in words ("hai mươi mốt" → 21, "ba trăm linh năm" → 305). */
export function wordsValue(words: string): number {
  const w = words.toLowerCase().split(/\s+/u);
  let value = 0;
  let i = 0;
  if (w[1] === 'trăm') { value += 100 * DIGITS[w[0]!]!; i = 2; }
  if (w[i] === 'linh' || w[i] === 'lẻ') return value + (DIGITS[w[i + 1]!] ?? 0);
  if (w[i] === 'mười') return value + 10 + (DIGITS[w[i + 1]!] ?? 0);
  if (w[i + 1] === 'mươi') return value + 10 * DIGITS[w[i]!]! + (DIGITS[w[i + 2]!] ?? 0);
  return value + (w[i] ? DIGITS[w[i]!] ?? 0 : 0);
}

/** Units a spelled quantity may carry after it, and what they make it. */
const UNIT_KIND: Partial<Record<UnitTag, readonly [Unit, MetricKind]>> = { percent: ['percent', 'share'], VND: ['VND', 'money'], USD: ['USD', 'money'], times: ['times', 'multiplier'] };

/** The unit right after `end` of `s`, if it is one a spelled quantity may carry. */
function unitAt(s: string, end: number): { unit: Unit; kind: MetricKind; end: number; tag: UnitTag } | undefined {
  for (const [re, tag] of UNITS) {
    re.lastIndex = end;
    const m = re.exec(s);
    const uk = m && UNIT_KIND[tag];
    if (m && uk) return { unit: uk[0], kind: uk[1], end: end + m[0].length, tag };
  }
  return undefined;
}

/** A last digit after "mười"/"mươi" in a count with no scale: not "năm" ("hai mươi năm" is twenty years; 25 is "hai mươi lăm"). */
const COUNT_TAIL = `${LEAD.replace('|năm', '')}|mốt|tư|lăm`;
/** A number below a thousand that cannot be one digit word ("mười lăm", "bốn mươi", "ba trăm linh năm"), then a lowercase word: a count spelled with no scale word ("mười lăm xã"), not before a scale word, another number word, a time ("hai mươi năm", "mười tháng") or rank steps (`number-share.ts` reads "tăng mười bậc"). */
const SPELLED_COUNT = new RegExp(`(?<![\\p{L}\\p{M}])((?:${LEAD})\\s+trăm(?:\\s+(?:(?:linh|lẻ)\\s+(?:${LEAD})|mười(?:\\s+(?:${COUNT_TAIL}))?|(?:${LEAD})\\s+mươi(?:\\s+(?:${COUNT_TAIL}))?))?|mười(?:\\s+(?:${COUNT_TAIL}))?|(?:${LEAD})\\s+mươi(?:\\s+(?:${COUNT_TAIL}))?)(?=\\s+\\p{Ll})(?!\\s+(?:${TAIL}|mươi|trăm|linh|lẻ|nghìn|ngàn|triệu|tỷ|tỉ|năm|tháng|ngày|tuần|quý|giờ|phút|giây|tuổi|lần|bậc|hạng)(?![\\p{L}\\p{M}]))`, 'giu');
/** Words before a spelled number that make it an ordinal or a name ("tháng mười hai", "lần thứ mười một", "khóa mười hai"). */
const ORDINAL_BEFORE = /(?<![\p{L}\p{M}])(?:tháng|thứ|mồng|mùng|ngày|số|khóa|kỳ)\s+$/iu;

/** A spelled quantity read at `start` … `matchEnd` of `s`, with its unit after it and the qualifier before it. */
function spelledAt(s: string, start: number, matchEnd: number, value: number, scaled: boolean, keep: KeepQuantity): SpelledNumber | undefined {
  const unit = unitAt(s, matchEnd);
  const end = unit?.end ?? matchEnd;
  if (!keep({ p: start, end, raw: s.slice(start, matchEnd), numberEnd: matchEnd, value, tag: unit?.tag, scaled, plain: !scaled })) return undefined;
  const qualifier = qualifierBefore(wordsOf(clauseBefore(s, start)));
  return { text: s.slice(start, end), start, end, value, unit: unit?.unit ?? 'count', kind: unit?.kind ?? 'count', ...(qualifier ? { qualifier } : {}) };
}

/** Round 49: English scale words, for a quantity spelled with one (`ENGLISH_SPELLED`). */
const ENGLISH_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** An English quantity spelled with a scale word: "six million", "twenty billion" (not "hundreds of thousands", vague). */
const ENGLISH_SPELLED = new RegExp(`(?<![\\p{L}-])(${Object.keys(ENGLISH_NUMBER_WORDS).join('|')})\\s+(${Object.keys(ENGLISH_SCALES).join('|')})(?![\\p{L}])`, 'giu');

/** The quantities of `s` spelled in words: with a scale word ("hai triệu", "six million"), or a count of two number words or more before its noun ("mười lăm xã"), with the qualifier before them and their unit; those `keep` refuses are left out. */
export function spelledQuantities(s: string, keep: KeepQuantity = () => true): SpelledNumber[] {
  const english = [...s.matchAll(ENGLISH_SPELLED)].map((m) => spelledAt(s, m.index, m.index + m[0].length, ENGLISH_NUMBER_WORDS[m[1]!.toLowerCase()]! * ENGLISH_SCALES[m[2]!.toLowerCase()]!, true, keep));
  const scaled = [...english, ...[...s.matchAll(SPELLED)].map((m) => spelledAt(s, m.index, m.index + m[0].length, wordsValue(m[1]!) * SCALES[m[2]!.toLowerCase()]! * (m[3] ? SCALES[m[3].toLowerCase()]! : 1), true, keep))];
  const counts = [...s.matchAll(SPELLED_COUNT)].filter((m) => !ORDINAL_BEFORE.test(s.slice(Math.max(0, m.index - 8), m.index)))
    .map((m) => spelledAt(s, m.index, m.index + m[0].length, wordsValue(m[1]!), false, keep));
  return [...scaled, ...counts].filter((m) => m !== undefined);
}

/** A place in a ranking spelled in words after a rank verb, then its field: "đứng thứ hai toàn quốc", "xếp thứ ba cả nước", "xếp hạng thứ tư về …" (not "thứ nhất": the leader is told as "dẫn đầu" and read there; not before "trong số N tỉnh", where the field is read, `definitions.ts`). */
const SPELLED_RANK = new RegExp(`(?<![\\p{L}\\p{M}])(?:đứng|xếp|xếp hạng|vươn lên|tụt xuống)\\s+(thứ\\s+(${TENS}))(?=\\s+(?:toàn quốc|cả nước|trên cả nước|trong cả nước|khu vực|thế giới|về)(?![\\p{L}\\p{M}]))`, 'giu');

/** The ranks of `s` spelled in words after a rank verb (`SPELLED_RANK`): "đứng thứ hai toàn quốc" → 2; the text is "thứ hai". */
export function spelledRanks(s: string): SpelledNumber[] {
  return [...s.matchAll(SPELLED_RANK)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    const value = wordsValue(m[2]!);
    return { text: m[1]!, start, end: start + m[1]!.length, value, unit: 'rank', kind: 'rank' };
  });
}
