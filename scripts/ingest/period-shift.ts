/**
 * A period moved by the words of a baseline: the whole year it ends in, the year, quarter or month
 * before ("cùng kỳ năm trước", "so với quý trước", "tháng trước"). Pure.
 */
import type { Period } from '../../src/schemas/metric';

/** The calendar year a period ends in ("2 tháng đầu năm 2024" → 2024), e.g. the year a plan's value is for. */
export function wholeYear(p: Period): Period {
  return { iso: (p.isoEnd ?? p.iso).slice(0, 4), precision: 'year' };
}

/** A period shifted back one year (for "cùng kỳ năm trước", "năm ngoái"). */
export function yearBefore(p: Period): Period {
  const shift = (iso: string) => `${String(Number(iso.slice(0, 4)) - 1).padStart(4, '0')}${iso.slice(4)}`;
  return { iso: shift(p.iso), precision: p.precision, ...(p.isoEnd ? { isoEnd: shift(p.isoEnd) } : {}) };
}

/** A `YYYY-MM` month moved by `by` months (−1: the month before, +1: the month after). */
function shiftMonth(iso: string, by: -1 | 1): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A month's period shifted back one month (for "so với tháng trước"); other periods are returned as they are. */
export function monthBefore(p: Period): Period {
  if (p.precision !== 'month' || p.isoEnd) return p;
  return { iso: shiftMonth(p.iso, -1), precision: 'month' };
}

/** The `YYYY-MM` month after `iso` (for "so với tháng N trước đó": the month reported). */
export function monthAfter(iso: string): string {
  return shiftMonth(iso, 1);
}

/** A quarter's period shifted back one quarter (for "so với quý trước"). */
function quarterBefore(p: Period): Period {
  const [y, m] = [Number(p.iso.slice(0, 4)), Number(p.iso.slice(5, 7))];
  const iso = m === 1 ? `${String(y - 1).padStart(4, '0')}-10` : `${p.iso.slice(0, 4)}-${String(m - 3).padStart(2, '0')}`;
  return { iso, precision: 'quarter' };
}

/**
 * The period just before a claim's that a baseline's words name: the month before a month for "tháng
 * trước", the quarter before a quarter for "quý trước" / "quý liền kề"; undefined otherwise.
 */
export function periodBefore(p: Period, words: string): Period | undefined {
  if (p.isoEnd) return undefined;
  if (p.precision === 'month' && meansMonthBefore(words)) return monthBefore(p);
  return p.precision === 'quarter' && /(?<![\p{L}\p{M}])quý\s+(?:trước|liền\s+kề)(?![\p{L}\p{M}])/u.test(words.toLowerCase()) ? quarterBefore(p) : undefined;
}

/** True when the words of a baseline say "the month before" ("tháng trước", "tháng trước đó"). */
export function meansMonthBefore(text: string): boolean {
  return /(?<![\p{L}\p{M}])tháng\s+trước(?![\p{L}\p{M}])/u.test(text.toLowerCase());
}

/** True when the words of a baseline say "the year before" ("cùng kỳ năm trước", "năm ngoái", "cùng kỳ"). */
export function meansYearBefore(text: string): boolean {
  return /(?<![\p{L}\p{M}])(?:cùng k[ỳì]|năm trước|năm ngoái)(?![\p{L}\p{M}])/u.test(text.toLowerCase());
}

/** "cùng kỳ 2021", "cùng kỳ năm 2021" right before a year: the same span of that year. */
const SAME_SPAN_BEFORE = /(?<![\p{L}\p{M}])cùng\s+k[ỳì](?:\s+năm)?\s*$/u;

/**
 * Round 29c: a baseline's year after "cùng kỳ" ("tăng 12% so với cùng kỳ 2019 (480 tỷ đồng)") names the same span of
 * that year as its claim's (a half, a quarter, a month or months from January), not the whole year: the claim's period
 * (`claim`, within one year) moved to the year `p`. `before`: the sentence up to the year. Other periods are returned as they are.
 */
export function sameSpanOfYear(p: Period, claim: Period | undefined, before: string): Period {
  if (p.precision !== 'year' || p.isoEnd || !claim || claim.precision === 'year' || (claim.isoEnd && claim.isoEnd.slice(0, 4) !== claim.iso.slice(0, 4))) return p;
  if (!SAME_SPAN_BEFORE.test(before.toLowerCase())) return p;
  const move = (iso: string) => p.iso + iso.slice(4);
  return { iso: move(claim.iso), precision: claim.precision, ...(claim.isoEnd ? { isoEnd: move(claim.isoEnd) } : {}), ...(p.text ? { text: p.text } : {}) };
}
