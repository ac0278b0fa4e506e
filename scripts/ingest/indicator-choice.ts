/**
 * Choices the indicator matcher (`lexicon.ts`) makes about what a concept found means and which
 * candidate wins: a concept behind a comparison word names the thing compared with, a concept inside
 * an excluded phrase names nothing, and a breakdown of the best series wins over the whole. Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import { findPhrase, type Hit } from './folded-text';
import type { IndicatorQuery, Matching } from './indicator-context';

/** Each optional word adds this (times its nearness); all of them together at most OPTIONAL_CAP. */
export const OPTIONAL = 0.5;
export const OPTIONAL_CAP = 1.5;

/** A candidate's score and how far (in pieces) its nearest and farthest concepts stand from the number. */
export interface Scored {
  score: number;
  near: number;
  far: number;
}

/** A comparison word: what follows it is the thing compared with ("cao gấp ba lần tốc độ tăng trưởng GDP", "so với", "cao hơn"). */
const COMPARISON = /(?<![\p{L}\p{M}])(?:gấp|so với|hơn|bằng)(?![\p{L}\p{M}])/u;

/** True when a hit stands after the number behind a comparison word: it names what the number is compared with, not what it measures. */
export function comparedAfter(m: Matching, hit: Hit): boolean {
  return COMPARISON.test(textAfterNumber(m, hit) ?? '');
}

/** The text from the number's end to the hit's start (or, `throughHit`, its end), when the hit stands after the number in its own
 *  words (before the shared predicate); undefined otherwise. What `comparedAfter`, `partAfter` and `intoTotalAfter` read. */
function textAfterNumber(m: Matching, hit: Hit, throughHit = false): string | undefined {
  const end = m.tokens[m.num.last]?.end;
  const start = m.tokens[hit.first]!.start;
  if (end === undefined || start <= end || start >= m.predicate) return undefined;
  return m.text.slice(end, throughHit ? m.tokens[hit.last]!.end : start);
}

/** "trong đó", "trong số đó", "bao gồm" (of which): what follows names the parts of the number before it. */
const PARTS_FOLLOW = /(?<![\p{L}\p{M}])(?:trong (?:số )?đó|bao gồm)(?![\p{L}\p{M}])/u;

/** True when a hit stands after the number behind (or across) "trong đó" ("đạt 12%, trong đó kinh tế số lõi đóng góp 7%"): it names a part, not the number. */
export function partAfter(m: Matching, hit: Hit): boolean {
  return PARTS_FOLLOW.test(textAfterNumber(m, hit, true) ?? '');
}

/** "vào tổng" (into the total of) after an amount: what follows names the whole the amount is part of. */
const INTO_TOTAL = /(?<![\p{L}\p{M}])vào\s+tổng(?![\p{L}\p{M}])/u;

/** Round 40: true when a hit stands after the number behind "vào tổng" ("bán lẻ trực tuyến mang về 16 tỷ USD vào tổng giá trị nền kinh tế số"): it names the whole, not the amount's series (an amount only: a share's whole is its own concept). */
export function intoTotalAfter(m: Matching, hit: Hit): boolean {
  return INTO_TOTAL.test(textAfterNumber(m, hit) ?? '');
}

/** True when a concept found is itself part of an excluded phrase: "điện tử" of "thương mại điện tử" names no electronics. */
export function insideExcluded(m: Matching, hit: Hit, without: string[][]): boolean {
  return without.some((w) => findPhrase(m.tokens, w).some((h) => h.first <= hit.first && h.last >= hit.last && h.last - h.first > hit.last - hit.first));
}

/**
 * The candidates with a refinement of the best moved first: a series that asks for every concept of the
 * best and more ("hồ sơ trực tuyến" + "địa phương" → the provinces' rate), as near, and behind it by no more
 * than the optional words can add (the whole's optional "xử lý", "toàn trình" must not outweigh the group named).
 */
export function preferRefinement<T extends { ind: Indicator; s: Scored }>(scored: T[]): T[] {
  const [best] = scored;
  const refined = best && scored.find((x) => x !== best && x.s.far === best.s.far && refines(x.ind, best.ind) && best.s.score - x.s.score < OPTIONAL_CAP);
  return refined ? [refined, ...scored.filter((x) => x !== refined)] : scored;
}

/** True when `a` asks for more concepts than `b` and each of `b`'s shares a form with one of `a`'s. */
function refines(a: Indicator, b: Indicator): boolean {
  return a.concepts.length > b.concepts.length && b.concepts.every((cb) => a.concepts.some((ca) => ca.some((f) => cb.includes(f))));
}

/** True when `a` asks for more concepts than `b` and both fit: a breakdown ("khối bộ" → the ministries' rate) beats the total it refines. */
export function moreSpecific(a: Indicator, b: Indicator): boolean {
  return a.concepts.length > b.concepts.length;
}

/**
 * The lead-in of the sentence's list, up to its first ":" ("Về xếp hạng X năm 2023: A xếp thứ nhất, tiếp đó là B;
 * C tăng 5 bậc, xếp hạng 15"), when the number's words stand after it: the ranking every item is placed in, however
 * many pieces lie between.
 */
export function listLeadIn(q: IndicatorQuery): string | undefined {
  const colon = q.sentence.indexOf(':');
  const own = q.sentence.indexOf(q.clause.slice(0, q.at + 1));
  return colon > 0 && own > colon ? q.sentence.slice(0, colon) : undefined;
}
