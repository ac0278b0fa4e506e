/**
 * An English outlet's dateline (moved out of english-dates.ts in session 46): a short lead or last line that carries one day written in
 * English with a time and a few words at most ("May 30, 2024 | 10:15 am GMT+7", "Updated: 30 May 2023", round 35), and (session 46) a lead
 * opening on a numeric date and its place or agency ("17-6-2024 (HANOI) …"). Pure.
 */
import { findDates, type DateMatch } from './dates-find';
import { englishDates, MONTH_NAMES } from './english-dates';
import { ENGLISH_TIME } from './time-of-day';

/** Session 54: an English weekday's name ("Wednesday, …"). A top line of a Vietnamese page opening on one is read as an outlet's date line
 *  (`dates-article.ts`; `englishDatelineDate` judges it: a site's English header over a Vietnamese article), and a line that is only a day
 *  written in English, with its weekday or not, holds no count (`ENGLISH_DATE_LINE`, `not-claims.ts`). Round 51 keeps a bare "October 08,
 *  2024" without a clock from dating a Vietnamese page. */
const WEEKDAY_NAME = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
export const OPENS_ON_ENGLISH_WEEKDAY = new RegExp(String.raw`^\s*${WEEKDAY_NAME}(?![\p{L}])`, 'u');
export const ENGLISH_DATE_LINE = new RegExp(String.raw`^\s*(?:${WEEKDAY_NAME},?\s+)?(?:(?:${MONTH_NAMES})\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}\s+(?:${MONTH_NAMES}),?)\s+(?:19|20)\d\d\s*$`, 'u');
/** A time of day and its zone on a dateline: "07:03 am GMT+7", "10:15". */
const TIME = new RegExp(ENGLISH_TIME, 'giu');
/** Round 56: a byline's names opening the dateline ("By Phan Anh, Nhu Quynh"): the author's, no words of the line's. */
const BYLINE = /^\s*By\s+\p{Lu}[\p{L}\p{M}.'-]*(?:(?:\s+|\s*,\s*|\s+and\s+)\p{Lu}[\p{L}\p{M}.'-]*){0,7}/u;
/** How many letters a dateline may carry besides its date and time: "Updated:", "Published", "Last update". */
const DATELINE_WORDS = 12;

/** Session 46: a lead opening on a numeric date, then the place or the agency ("17-6-2024 (HANOI) Vietnam's …", "date 2023-08-14 Da Nang
 *  (VNA) – …"): an agency's dateline, day first or ISO. Group 1
 *  the date as written (read by `findDates`, which also rejects a day that does not exist). */
const AGENCY_DATELINE = /^\s*(?:date\s+)?((?:19|20)\d\d-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)\s+(?:\(\s*\p{Lu}[\p{Lu}\s.]*\)|\p{Lu}[\p{L}\s]{1,30}\(\s*\p{Lu}+\s*\)\s*[–—-])/u;

/** The day an English lead line opens on as an agency's dateline (`AGENCY_DATELINE`), or undefined. A date labelled "date" alone opening the
 *  page is `dates-article.ts`' `labelledStoreDate`, in either language. */
function openingNumericDateline(line: string): DateMatch | undefined {
  const m = AGENCY_DATELINE.exec(line);
  return m ? findDates(line).find((d) => d.text === m[1] && d.precision === 'day') : undefined;
}

/**
 * The day of an outlet's dateline among `lines` (the lead's and the last lines): a short line with no sentence in it
 * whose only date is one day written in English, with a time and a few words at most ("May 30, 2024 | 10:15 am GMT+7",
 * "Updated: 30 May 2023"), and a byline's names before it ("By Phan Anh, Nhu Quynh   February 17, 2022 | 02:15 am PT": the "pm PT" left
 * is two words).
 */
export function englishDatelineDate(lines: readonly string[]): DateMatch | undefined {
  for (const line of lines) {
    const t = line.trim();
    const opening = openingNumericDateline(t);
    if (opening) return opening;
    if (t.length > 80 || /[.!?…](?:\s+\p{Lu}|\s*$)/u.test(t.replace(TIME, ''))) continue;
    const found = englishDates(t);
    if (found.length !== 1 || found[0]!.precision !== 'day' || found[0]!.yearMissing) continue; // session 46: "Hanoi, Oct 30" dates no page
    const rest = (t.slice(0, found[0]!.start) + t.slice(found[0]!.end)).replace(TIME, '').replace(BYLINE, ''); // round 56: "By Phan Anh, Nhu Quynh   February 17, 2022 | 02:15 am PT"
    if (!/\d/u.test(rest) && rest.replace(/[\s,|()\-–—:]/gu, '').length <= DATELINE_WORDS) return found[0];
  }
  return undefined;
}
