/**
 * Round 29c: amounts summed "from the start of the year" with no month to end them ("lũy kế từ đầu năm, số thu đạt …",
 * "… từ đầu năm 2024 đến nay đạt …") in a later quarter's report are the year's so far: the year, not the quarter a
 * sentence before reported (gold records a year-to-date sum without its end month as the year). A first quarter is its
 * year so far, and months so far ("7 tháng đầu năm …. Từ đầu năm đến nay, …") stay. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import { spanAround } from './status';

/** "lũy kế (…) từ đầu năm", "từ đầu năm (2024) đến nay", "tính từ đầu năm", lowercase. */
const SINCE_NEW_YEAR = /(?<![\p{L}\p{M}])(?:(?:lũy|luỹ)\s+kế[^\d;.]{0,40}?\s|tính\s+)từ\s+đầu\s+năm(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])từ\s+đầu\s+năm(?:\s+(?:19|20)\d\d)?\s+(?:đến|tới)\s+nay(?![\p{L}\p{M}])/u;
/** A month named in the clause: the sum ends at it ("lũy kế từ đầu năm đến hết tháng 8"). */
const MONTH = /(?<![\p{L}\p{M}])tháng\s+\d/u;

/** The year of the quarter `p` when the number at `at` is summed from the start of the year in its `;`-clause (module comment); `p` otherwise. */
export function yearToDate(sentence: string, at: number, p: Period | undefined): Period | undefined {
  if (p?.precision !== 'quarter' || p.isoEnd || p.iso.endsWith('-01')) return p; // a first quarter is its year so far; months so far stay ("7 tháng đầu năm …. Từ đầu năm đến nay, …")
  const [from, to] = spanAround(sentence, at, /;/g);
  const clause = sentence.slice(from, to).toLowerCase();
  const before = sentence.slice(from, at).toLowerCase();
  return SINCE_NEW_YEAR.test(before) && !MONTH.test(clause) ? { iso: p.iso.slice(0, 4), precision: 'year' } : p;
}

/** Round 31g: a sum from the start of the year to a day ("Từ đầu năm đến ngày 20/5, …"), lowercase, right before the day. */
const YEAR_TO_DAY = /(?<![\p{L}\p{M}])(?:tính\s+)?từ\s+đầu\s+năm\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$/u;

/** The text before the day `d` of `sentence` without its year-to-date lead ("từ đầu năm đến ngày"), or undefined when `d` ends no such sum: the
 *  day the sum is counted at, no event (round 51: read as that day, as "tính đến ngày …" is; round 31g read the year so far). */
export function beforeYearToDay(sentence: string, d: { start: number; precision: string; isoEnd?: string }): string | undefined {
  const before = sentence.slice(0, d.start);
  return d.precision === 'day' && !d.isoEnd && YEAR_TO_DAY.test(before.toLowerCase()) ? before.replace(/(?:tính\s+)?từ\s+đầu\s+năm\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$/iu, '') : undefined;
}
