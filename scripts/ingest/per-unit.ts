/**
 * A ratio said again per a round base ("biên lợi nhuận 15%, tức là cứ 100 đồng doanh thu có 15 đồng lợi
 * nhuận", "tỷ lệ 32%, tức 32 đồng lợi nhuận trên 100 đồng doanh thu", "70%, nghĩa là cứ 10 người thì có 7
 * người …"): an illustration of the share stated just before, so neither its base nor its part is a claim.
 * Pure; `numbers.ts` skips what this accepts.
 */
import { parseVietnameseNumber } from './numeral';

/** A round base: 10, 100, 1.000, 10.000. */
const ROUND_BASE = /^(?:10|100|1[.,]?000|10[.,]?000)$/u;
const BASE = String.raw`(10|100|1[.,]?000|10[.,]?000)`;
/** "cứ (mỗi) " right before a base. */
const PER_BEFORE = /(?<![\p{L}\p{M}])cứ(?:\s+mỗi)?\s+$/iu;
/** A part, its noun, then "trên/cho (mỗi) " right before a base: "32 đồng lợi nhuận trên ". */
const PART_THEN_PER = /(\d[\d.,]*)\s+[^\d.;,:()]{1,30}?\s(?:trên|cho)(?:\s+mỗi)?\s+$/iu;
/** The base ("cứ 100 …") up to a part in its clause. */
const BASE_UP_TO_PART = new RegExp(String.raw`(?<![\p{L}\p{M}])cứ(?:\s+mỗi)?\s+${BASE}\s+[^\d.;:()]{1,80}$`, 'iu');
/** A part's noun then "trên/cho (mỗi) <round base>" after it. */
const PER_BASE_AFTER = new RegExp(String.raw`^\s*[^\d.;,:()]{0,30}?\s(?:trên|cho)(?:\s+mỗi)?\s+${BASE}(?![\d.,])`, 'iu');
/** The first number after a base, in its clause: its part. */
const PART_AFTER = /^[^\d.;:()]{1,80}?(\d[\d.,]*)/u;
/** How far before the illustration the share it restates may stand. */
const SHARE_REACH = 160;

/** Where the last sentence of `text` starts: after its last full stop or semicolon followed by a space (not "1.000"). */
function lastSentenceEnd(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/[.;!?](?=\s)/gu)) at = m.index + 1;
  return at;
}

/** A numeral's value ("1.000" → 1000, "20,4" → 20.4, "15." at a sentence's end → 15); NaN when it is none. */
function valueOf(raw: string): number {
  return parseVietnameseNumber(raw.replace(/[.,]+$/u, '')) ?? Number.NaN;
}

/** The part and base of the illustration the number `raw` (with the text `before` and `after` it) belongs to, or undefined. */
function illustration(before: string, raw: string, after: string): { part: number; base: number } | undefined {
  if (ROUND_BASE.test(raw) && PER_BEFORE.test(before)) {
    const part = PART_AFTER.exec(after);
    return part ? { part: valueOf(part[1]!), base: valueOf(raw) } : undefined;
  }
  const partBefore = ROUND_BASE.test(raw) ? PART_THEN_PER.exec(before) : null;
  if (partBefore) return { part: valueOf(partBefore[1]!), base: valueOf(raw) };
  const baseBefore = BASE_UP_TO_PART.exec(before) ?? PER_BASE_AFTER.exec(after);
  return baseBefore ? { part: valueOf(raw), base: valueOf(baseBefore[1]!) } : undefined;
}

/**
 * True when the number `raw` at `p`–`end` of `s` is the base or the part of a ratio restated per a round base
 * ("cứ 100 đồng doanh thu có 15 đồng lãi", "32 đồng trên 100 đồng doanh thu") whose ratio is, within a
 * point, a share stated before it in the sentence ("biên lợi nhuận 15%, tức là …"); not a density of its own ("tăng 7,6%,
 * đạt 91,9 thuê bao trên 100 dân").
 */
export function isPerUnitIllustration(s: string, p: number, end: number, raw: string): boolean {
  const before = s.slice(Math.max(0, p - SHARE_REACH), p);
  const sentence = before.slice(lastSentenceEnd(before));
  const shares = [...sentence.matchAll(/(\d[\d.,]*)\s*%/gu)].map((m) => valueOf(m[1]!));
  if (shares.length === 0) return false;
  const pair = illustration(before, raw, s.slice(end, end + 100));
  return !!pair && pair.base > 0 && shares.some((share) => Math.abs((100 * pair.part) / pair.base - share) <= 1);
}
