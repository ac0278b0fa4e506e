/**
 * The years English figures are compared with ("up 5% over 2022", "compared with the same period of 2023", "a 13.2 per cent increase
 * from 2023"): a year that is only the comparison's is no period of the figure (`isComparedYear`), "the same period of 2023" states the
 * year after it (`sameSpanYearAfter`), and an undated page reports on the year after the first year it compares with
 * (`comparedYearInEnglish`). Split from `english-dates.ts` (session 53). Pure.
 */
import { CHANGE_WORDS } from './english-direction';
import type { DateMatch } from './dates-find';

/** Round 45: the year before, a change is measured from ("a 13.2 per cent increase from 2023", "up 16 per cent from the same period in 2023"; not
 *  "compared to 2021", which may reach further back). */
export const COMPARED_WITH_YEAR_ONE = new RegExp(`(?<![\\p{L}])(?:(?:${CHANGE_WORDS})\\s+(?:from|over|on)\\s+(?:the\\s+same\\s+period\\s+(?:of|in)\\s+)?|(?:the\\s+)?same\\s+period\\s+(?:of|in)\\s+)((?:19|20)\\d\\d)(?!\\d)`, 'iu');

/** Session 49: "last year" and, in its sentence, a change in percent measured against a year ("VTV earned only VNĐ3.64 trillion last year,
 *  down 12.3 per cent compared to 2023"): last year is the one after that year, the page's the one after it; review: a change's verb or
 *  word first (not "recovered to 90 per cent compared to 2019", "doubled compared with 2020"), and no year set apart (", when …", second
 *  review: ", the first year of the survey") nor a span ("from 2022 through 2025", "2022-2023 averages"). */
const LAST_YEAR_COMPARED = new RegExp(String.raw`(?<![\p{L}])last\s+year(?![\p{L}])(?:[^.;]|\.(?=\d)){0,80}?(?:(?<![\p{L}])(?:up|down|rose|fell|grew|dropped|declined|decreased|increased|jumped|(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|growth)\s+of)\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)|(?<![\p{L}])an?\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+(?:increase|decrease|rise|fall|drop|decline|growth))\s+(?:compared\s+(?:to|with)|from|over|on)\s+((?:19|20)\d\d)(?!\d)(?!\s*(?:levels?|,\s*(?:when|before|the|a|an)\s|[-–]\s*\d|(?:to|through|until)\s+\d))`, 'iu');

/**
 * Round 45: the year an undated English page reports on, read from the first year its figures are compared with, plus one ("… total
 * revenue for this year … a 13.2 per cent increase from 2023" reports on 2024; a later goal's "increase from 2024" is the goal's), as
 * `comparedPageYear` reads a Vietnamese page's "so với cùng kỳ năm 2021"; session 49: in each paragraph, "last year" measured against a
 * year first (`LAST_YEAR_COMPARED`, plus two). Undefined when it compares with no year.
 */
export function comparedYearInEnglish(pageText: readonly string[]): number | undefined {
  for (const p of pageText) {
    const last = LAST_YEAR_COMPARED.exec(p); // session 49: "last year" measured against a year, read first in each paragraph
    if (last) return Number(last[1]) + 2;
    const first = COMPARED_WITH_YEAR_ONE.exec(p);
    if (first) return Number(first[1]) + 1;
  }
  return undefined;
}

/** "the same period", "the same time", "the same months" of a year, and the word that names the year ("of", "in", "last"). */
const SAME_SPAN = String.raw`(?<![\p{L}])the\s+same\s+(?:period|time|months?)`;
const SAME_SPAN_OF = String.raw`${SAME_SPAN}\s+(?:of|in|last)\s+`;
/** What makes a year after it the comparison's, not the figure's: "compared to 2021", "up 5% over 2022", "against 2021", "as in the same period of 2021". */
export const COMPARED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:compared\s+(?:to|with)|against|as\s+opposed\s+to|versus|vs\.?|over|than|as)(?:\s+in)?\s+(?:${SAME_SPAN_OF}|(?:that|those)\s+of\s+)?$`, 'iu'); // session 46: "by 17% against that of 2020"

/** Round 57: a comparison naming what it compares with, in words, before the year ("compared with the funds raised in the same period in
 *  2022"; not a compared value's own year, "compared to 60th in 2021", "compared to 30% at the end of 2021"). */
const COMPARED_AT_LENGTH = new RegExp(String.raw`(?<![\p{L}])compared\s+(?:to|with)\s+[^;.()\d]{0,80}?\s(?:in|of|during)\s+(?:${SAME_SPAN_OF})?$`, 'iu');
/** Round 57: a later year of a compared list ("… in the same period in 2022 and 2021, respectively"): compared too, in a sentence that
 *  says the list is one (`LISTED_COMPARISON`). */
const LIST_TAIL = /(?:19|20)\d\d\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
/** What makes such a list a list of compared years, not a new clause ("compared to 2022, and 2023 saw 5 million new users"). */
const LISTED_COMPARISON = new RegExp(`(?<![\\p{L}])respectively(?![\\p{L}])|${SAME_SPAN}`, 'iu');
/** A compared year right after "the same period of", or a later one of a list that named "the same period" (`sameSpanYearAfter`). */
const AFTER_SAME_SPAN = new RegExp(`${SAME_SPAN_OF}$`, 'iu');
const NAMES_SAME_SPAN = new RegExp(SAME_SPAN, 'iu');

/** True when date `d` of `s` is only the year a figure is compared with. */
export function isComparedYear(s: string, d: Pick<DateMatch, 'start' | 'precision'>): boolean {
  if (d.precision !== 'year') return false;
  const before = s.slice(Math.max(0, d.start - 130), d.start);
  const listed = LIST_TAIL.exec(before);
  if (listed && LISTED_COMPARISON.test(s)) return isComparedYear(s, { start: d.start - before.length + listed.index, precision: 'year' });
  return COMPARED_BEFORE.test(before.slice(-40)) || COMPARED_AT_LENGTH.test(before);
}

/** Round 57: the year after a year compared as "the same period" ("up 12% over the same period of 2023", "compared with … in the same
 *  period in 2022"): a sentence dated by nothing else states that span a year on (as "cùng kỳ năm 2023" on a Vietnamese page), unless
 *  it says how things stand now ("To date, …", `standsNowInEnglish`). The date returned keeps the compared year's printed `text` but
 *  stands right after it (`start === end`): no comparison's words stand before its place, so nothing reads it as the comparison's. */
export function sameSpanYearAfter(s: string, d: DateMatch): DateMatch | undefined {
  if (d.precision !== 'year' || !isComparedYear(s, d)) return undefined;
  const before = s.slice(Math.max(0, d.start - 130), d.start);
  const same = AFTER_SAME_SPAN.test(before) || (LIST_TAIL.test(before) && NAMES_SAME_SPAN.test(before));
  return same ? { ...d, iso: String(Number(d.iso.slice(0, 4)) + 1), start: d.end } : undefined;
}
