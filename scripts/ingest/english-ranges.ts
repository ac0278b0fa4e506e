/**
 * Ranges an English page writes as two numbers (split from english-numbers.ts in round 71): "between 7% and 7.5%", "between 3 and 5
 * million", "10 to 15% per year", "by 80%-100% annually". Pure; `joinBetween` makes each such pair of readings one reading with a `valueMax`.
 */
import type { Reading } from './english-numbers';

/** Session 25: "between 7% and 7.5%", "between 3 and 5 million": one range, its ends joined by "and" after "between". */
const BETWEEN_BEFORE = /(?<![\p{L}])between\s+(?:(?:us\s*)?\$|usd\s*|vnd\s*)?$/iu;
const AND_BETWEEN = /^\s+and\s+(?:(?:us\s*)?\$|usd\s*|vnd\s*)?$/iu;

/** Round 53: "10 to 15% per year", "20 to 25 percent": a range whose ends are joined by "to", the unit written once after the second;
 *  not a move ("from 10 to 15%"), whose first number is where it started. */
const TO_BETWEEN = /^\s+to\s+$/iu;
const MOVE_BEFORE = /(?<![\p{L}])from\s+(?:(?:about|around|nearly|over|some|just)\s+)?$/iu;

/** True when bare `a` and `b` are one range "a to b" with `b`'s unit (`TO_BETWEEN`, not after `MOVE_BEFORE`). */
function isToRange(s: string, a: Reading, b: Reading): boolean {
  return a.unit === undefined && b.unit === 'percent' && a.value < b.value && TO_BETWEEN.test(s.slice(a.end, b.start)) && !MOVE_BEFORE.test(s.slice(Math.max(0, a.start - 24), a.start));
}

/** Round 71: "by 80%-100% annually", "by about 20 percent - 30 percent": a range whose ends both carry the percent unit, joined by a dash (with
 *  spaces only between words: "45% - 55%" is how a flattened table or a list sets two values apart), the low end first. */
function isPercentDashRange(s: string, a: Reading, b: Reading): boolean {
  const between = s.slice(a.end, b.start);
  const chained = /[-–]\s?$/u.test(s.slice(Math.max(0, a.start - 2), a.start)) || /^\s?[-–]\s?\d/u.test(s.slice(b.end)); // review: "20%-30%-50%" lists three shares
  return a.unit === 'percent' && b.unit === 'percent' && a.value < b.value && !chained && (/^[-–]$/u.test(between) || (/^\s[-–]\s$/u.test(between) && /\p{L}$/u.test(s.slice(a.start, a.end))));
}

/** The readings of `s` with each "between X and Y" (`BETWEEN_BEFORE`, `AND_BETWEEN`), "X to Y%" (`isToRange`) or "X%-Y%" (`isPercentDashRange`) made one range, the ends of one unit. */
export function joinBetween(s: string, rs: Reading[]): Reading[] {
  const out: Reading[] = [];
  for (let i = 0; i < rs.length; i++) {
    const [a, b] = [rs[i]!, rs[i + 1]];
    const joined = b && a.valueMax === undefined && b.valueMax === undefined && !a.ordinal && !b.ordinal && (a.unit === undefined || a.unit === b.unit)
      && ((BETWEEN_BEFORE.test(s.slice(Math.max(0, a.start - 16), a.start)) && AND_BETWEEN.test(s.slice(a.end, b.start))) || isToRange(s, a, b) || isPercentDashRange(s, a, b));
    if (!joined) { out.push(a); continue; }
    const scale = a.unit === undefined && b.unit === 'count' && b.value >= 1000 ? b.value / Number(s.slice(b.start, b.end).match(/[\d.,]+/u)![0].replace(/,/g, '')) : 1; // "between 3 and 5 million"
    out.push({ ...a, end: b.end, value: a.value * scale, valueMax: b.value, ...(b.unit ? { unit: b.unit } : {}), ...(b.kind ? { kind: b.kind } : {}) });
    i++;
  }
  return out;
}
