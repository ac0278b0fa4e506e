/**
 * Round 35: dates as an English page writes them (`english-page.ts`): a day with its month's name ("June 15, 2023",
 * "15 June 2023"), a month and year ("May 2023"), the first months of a year ("the first five months of 2023", "the
 * first 11 months of 2024"), and the outlet's dateline line that carries one ("June 15, 2023 | 07:03 am GMT+7",
 * "Updated: May 30, 2023"). Numeric dates ("30/05/2023 10:15") are read by `findDates` already. Pure.
 */
import type { DateMatch } from './dates-find';
import { isValidDate } from './dates-calendar';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
/** "June 15, 2023", "Jun. 15 2023". */
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}`, 'gu');
/** "15 June 2023", "15th of June, 2023". */
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+${YEAR}`, 'gu');
/** "May 2023", "in December, 2022". */
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}])${MONTH},?\s+${YEAR}`, 'gu');
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "the first five months of 2023", "first 11 months of this year" (the year then is the caller's). */
const FIRST_MONTHS = new RegExp(String.raw`(?<![\p{L}])first\s+(\d{1,2}|${COUNT_WORDS.join('|')})\s+months\s+of\s+(?:${YEAR}|(?:this|the)\s+year)`, 'giu');

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function dateMatch(m: RegExpExecArray, iso: string, precision: DateMatch['precision'], extra: Partial<DateMatch> = {}): DateMatch {
  return { iso, precision, text: m[0], start: m.index, end: m.index + m[0].length, ...extra };
}

/** The days, months and first months of a year that `s` names in English, in reading order; `year` stands in for "this year". */
export function englishDates(s: string, year?: number): DateMatch[] {
  const out: DateMatch[] = [];
  const free = (m: RegExpExecArray) => !out.some((d) => m.index < d.end && d.start < m.index + m[0].length);
  for (const m of s.matchAll(MONTH_DAY_YEAR)) {
    const [mo, day, y] = [monthOf(m[1]!), +m[2]!, +m[3]!];
    if (isValidDate(y, mo, day)) out.push(dateMatch(m, `${y}-${pad(mo)}-${pad(day)}`, 'day'));
  }
  for (const m of s.matchAll(DAY_MONTH_YEAR)) {
    const [day, mo, y] = [+m[1]!, monthOf(m[2]!), +m[3]!];
    if (free(m) && isValidDate(y, mo, day)) out.push(dateMatch(m, `${y}-${pad(mo)}-${pad(day)}`, 'day'));
  }
  for (const m of s.matchAll(MONTH_YEAR)) if (free(m)) out.push(dateMatch(m, `${m[2]}-${pad(monthOf(m[1]!))}`, 'month'));
  for (const m of s.matchAll(FIRST_MONTHS)) {
    const n = /\d/.test(m[1]!) ? +m[1]! : COUNT_WORDS.indexOf(m[1]!.toLowerCase()) + 1;
    const y = m[2] ? +m[2] : year;
    if (free(m) && y !== undefined && n >= 2 && n <= 12) out.push(dateMatch(m, `${y}-01`, 'month', { isoEnd: `${y}-${pad(n)}` }));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A time of day and its zone on a dateline: "07:03 am GMT+7", "10:15". */
const TIME = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?(?:\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2})?/giu;
/** How many letters a dateline may carry besides its date and time: "Updated:", "Published", "Last update". */
const DATELINE_WORDS = 12;

/**
 * The day of an outlet's dateline among `lines` (the lead's and the last lines): a short line with no sentence in it
 * whose only date is one day written in English, with a time and a few words at most ("June 15, 2023 | 07:03 am GMT+7",
 * "Updated: 30 May 2023").
 */
export function englishDatelineDate(lines: readonly string[]): DateMatch | undefined {
  for (const line of lines) {
    const t = line.trim();
    if (t.length > 80 || /[.!?…](?:\s+\p{Lu}|\s*$)/u.test(t.replace(TIME, ''))) continue;
    const found = englishDates(t);
    if (found.length !== 1 || found[0]!.precision !== 'day') continue;
    const rest = (t.slice(0, found[0]!.start) + t.slice(found[0]!.end)).replace(TIME, '');
    if (!/\d/u.test(rest) && rest.replace(/[\s,|()\-–—:]/gu, '').length <= DATELINE_WORDS) return found[0];
  }
  return undefined;
}
