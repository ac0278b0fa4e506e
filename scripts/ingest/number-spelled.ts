/**
 * Round 15: quantities spelled in words with a scale word ("hơn một triệu văn bằng", "hai triệu tài khoản",
 * "mười lăm nghìn doanh nghiệp", "hai mươi mốt tỷ đồng", "ba trăm nghìn lượt"): read as numbers, with the
 * qualifier and the unit around them as for digits. A number word alone ("một số", "hai bên", "năm 2025") is
 * none: only a scale word (nghìn, ngàn, triệu, tỷ, tỉ) makes a quantity; vague words ("hàng triệu", "vài
 * nghìn") make none. Pure; `numbers.ts` adds these to the numbers of a sentence.
 */
import type { MetricKind, Qualifier, Unit } from '../../src/schemas/metric';
import { clauseBefore } from './number-context';
import { UNITS, qualifierBefore, wordsOf, type UnitTag } from './number-words';

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
const SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
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
function unitAt(s: string, end: number): { unit: Unit; kind: MetricKind; end: number } | undefined {
  for (const [re, tag] of UNITS) {
    re.lastIndex = end;
    const m = re.exec(s);
    const uk = m && UNIT_KIND[tag];
    if (m && uk) return { unit: uk[0], kind: uk[1], end: end + m[0].length };
  }
  return undefined;
}

/** The quantities of `s` spelled in words with a scale word, with the qualifier before them and their unit. */
export function spelledQuantities(s: string): SpelledNumber[] {
  return [...s.matchAll(SPELLED)].map((m) => {
    const start = m.index;
    const value = wordsValue(m[1]!) * SCALES[m[2]!.toLowerCase()]! * (m[3] ? SCALES[m[3].toLowerCase()]! : 1);
    const unit = unitAt(s, start + m[0].length);
    const end = unit?.end ?? start + m[0].length;
    const qualifier = qualifierBefore(wordsOf(clauseBefore(s, start)));
    return { text: s.slice(start, end), start, end, value, unit: unit?.unit ?? 'count', kind: unit?.kind ?? 'count', ...(qualifier ? { qualifier } : {}) };
  });
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
