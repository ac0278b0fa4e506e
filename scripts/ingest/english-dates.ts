/**
 * Round 35: dates as an English page writes them (`english-page.ts`): a day with its month's name ("June 15, 2023",
 * "15 June 2023"), a month and year ("May 2023"), the first months of a year ("the first five months of 2023", "the
 * first 11 months of 2024"), a quarter or half ("the first quarter of 2025", "the second half of 2023"), a month or quarter with no year
 * of its own (round 47: "July growth …", "third-quarter growth", "Q4"; the page's year, else filled as "tháng 7" is), and the outlet's dateline line that carries one ("May 30, 2024 | 10:15 am GMT+7",
 * "Updated: May 30, 2023"). Numeric dates ("30/05/2023 10:15") are read by `findDates` already. Pure.
 */
import { ENGLISH_NUMBER_WORDS, ENGLISH_ORDINAL_WORDS } from './english-words';
import { CHANGE_WORDS, MOVE_VERBS } from './english-direction';
import type { DateMatch } from './dates-find';
import { isValidDate } from './dates-calendar';
import { namesGoalOrTitle, speaksOfFuture } from './english-goal-years';
import { COMPARED_WITH_YEAR_ONE, isComparedYear, sameSpanYearAfter } from './english-compared-years';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name or its abbreviation, one capturing group (`monthOf` gives its number). */
export const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
/** "June 15, 2023", "Jun. 15 2023". */
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}`, 'gu');
/** "15 June 2023", "15th of June, 2023". */
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+${YEAR}`, 'gu');
/** Round 72: a year first, then the month and day, as a site's dateline writes it ("Thursday, 2024 December 26"), closing its line or followed
 *  by a comma, a bar, a dash or a time (review: not "in 2024 March 15% higher", "2025 May 1 million firms", "2023 December 31 deadline"). */
const YEAR_MONTH_DAY = new RegExp(String.raw`(?<![\p{L}\d])${YEAR}\s+${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:$|[,|–—-]|\d{1,2}:\d{2}))`, 'gu');
/** "May 2023", "in December, 2022". */
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}])${MONTH},?\s+${YEAR}`, 'gu');
/** Round 50: a day with its month's name and no year ("As of August 23", "from July 29"): its year is filled as "ngày 23/8" is. */
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:/])(?![.,]\d)(?!,?\s*(?:19|20)\d\d)`, 'gu');
/** Round 50: days of one month with no year ("from July 1 to 23", "August 5-9"): a span of days, its year filled as a yearless day's. */
const MONTH_DAYS = new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|-|–|until|till)\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d:/%])(?![.,]\d)(?!\s*(?:per\s*cent|percent|million|billion|thousand|%))(?!,?\s*(?:19|20)\d\d)`, 'gu');
/** Months counted in words, one to twelve. */
const COUNT_WORDS = Object.keys(ENGLISH_NUMBER_WORDS).filter((w) => ENGLISH_NUMBER_WORDS[w]! <= 12);
/** "the first five months of 2023", "first 11 months of this year", "the first four months" (the year then is the caller's, as for "5 tháng đầu năm");
 *  round 71: without "first" when a year follows ("6 months of 2024: 6 billion USD", "in 9 months of this year"), nothing but "in", "of" or "the" before it (review: not "the last", "the second", "the following 6 months of 2024"). */
const FIRST_MONTHS = new RegExp(String.raw`(?<![\p{L}])(?:first\s+|(?<=(?:^|[^\p{L}\s]\s*|(?<![\p{L}])(?:in|of|the)\s+))(?=(?:\d{1,2}|${COUNT_WORDS.join('|')})\s+months\s+of\s+(?:(?:19|20)\d\d(?!\d)|this\s+year)))(\d{1,2}|${COUNT_WORDS.join('|')})\s+months(?:\s+(?:of\s+)?(?:${YEAR}|(?:this|the)\s+year))?`, 'giu');

/** Round 60: a year to date ("From the beginning of the year to April 8", "since the start of 2024 until the end of May", review: "to 8 April",
 *  "through May 15, 2024"): January to that month, as "từ đầu năm đến ngày 8/4" reads (three months a quarter, six a half, twelve the year;
 *  the year the page's, else filled as "tháng 7" is). */
const YEAR_TO_DATE = new RegExp(String.raw`(?<![\p{L}])(?:from|since)\s+the\s+(?:beginning|start)\s+of\s+(?:(?:the|this)\s+year|${YEAR})\s+(?:to|until|till|through)\s+(?:the\s+end\s+of\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?${MONTH}(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:/]))?(?:,?\s+${YEAR})?`, 'giu');

/** Session 46: a span of months ("in the January to June period", "January-June 2023", "from April through June"): from January, the first
 *  months of the year (`monthsFromJanuary`); a quarter's or a half's months, that quarter or half; else the first month with the last as its end.
 *  Review: "From" opening a sentence too; not after a change's figure ("The CPI rose 0.3% from May to June": June's change over May). */
const MONTH_SPAN = new RegExp(String.raw`(?<![\p{L}])(?:[Ff]rom\s+)?${MONTH}\s*(?:to|through|until|till|-|–)\s*${MONTH}(?![\p{L}])(?!\s*\d{1,2}(?!\d))(?:\s+period)?(?:,?\s+(?:of\s+)?${YEAR})?`, 'gu');

/** Session 24: "the first quarter of 2025", "Q3 of 2024", "the second half of 2023" (the year may be "this year"). */
const QUARTER_OF = new RegExp(String.raw`(?<![\p{L}])(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:${YEAR}|(?:this|the)\s+year)`, 'giu');
const HALF_OF = new RegExp(String.raw`(?<![\p{L}])(first|second)\s+half\s+of\s+(?:${YEAR}|(?:this|the)\s+year)`, 'giu');
/** A deadline year in English, the year in group 1: "by 2030", "by the end of 2025" (regex source; the callers give it its anchor and flags). */
export const BY_YEAR_END = String.raw`(?<![\p{L}])by\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)(?!\d)`;
/** Session 51: a plan's stage ("period", "stage", "phase") and a span of years ("2021-2025", "2025 - 2030"), as goals name them. */
export const PERIOD_WORD = String.raw`(?:period|stage|phase)`;
export const YEAR_SPAN = String.raw`(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d`;
/** The year or span of years goals are for, right after their word: " of 2025", " for the period 2021-2025", " in the 2021-2025 stage", " for the
 *  period of 2025 - 2030" (english-status.ts' `GOAL_BEFORE`, english-goal-frame.ts' `GOALS_MET`). */
export const GOALS_YEARS = String.raw`\s+(?:of|for|in)\s+(?:the\s+)?(?:${PERIOD_WORD}\s+(?:of\s+)?)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?:\s+${PERIOD_WORD})?`;

/** Round 47: a month named alone, capitalised, with no day or year of its own ("July growth climbed to …", "August and September each
 *  reached …", "October is projected at …"): that month of the page's year. "May" only after a word of time ("in May", "and May"): it is a verb too. */
/** The months' full names, in order, as an alternation ("January|February|…"). */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ALONE = new RegExp(String.raw`(?<![\p{L}])(${MONTH_NAMES})(?![\p{L}])(?!\s*\d)(?!,?\s+(?:19|20)\d\d)`, 'gu');
const MAY_AFTER = /(?<![\p{L}])(?:in|of|since|by|from|until|to|and|between|during|early|late|mid|since)\s+$/iu;
/** Round 47: a quarter with no year of its own ("third-quarter growth", "the final quarter", "Q4"): that quarter of the page's year. */
const QUARTER_ALONE = /(?<![\p{L}])(?:(first|second|third|fourth|final|1st|2nd|3rd|4th)(?:\s+|-)quarter(?![\p{L}])(?!\s+of\s+(?:(?:19|20)\d\d|this\s+year|the\s+year))|Q([1-4])(?![\p{L}\d])(?!\s*(?:\/|of)?\s*(?:19|20)\d\d))/giu;

/** Session 25: a clause opening on the page's year or the one before ("Last year, …", "This year, …", "In the previous year, …"). */
const RELATIVE_YEAR_OPENING = /(?:^|[.;:]\s+|,\s+)((?:(last|this|the\s+previous|the\s+past)\s+year)|(?:in|during)\s+(last|this|the\s+previous|the\s+past)\s+year)(?=\s*,)/giu;
/** `RELATIVE_YEAR_OPENING` for a single test (no `lastIndex` kept between calls). */
const OPENS_ON_RELATIVE_YEAR = new RegExp(RELATIVE_YEAR_OPENING.source, 'iu');
/** Round 45: the page's year named mid-sentence ("total revenue for this year is estimated at …", "in this year"). */
const THIS_YEAR = /(?<![\p{L}])(?:for|in|of|during)\s+(this\s+year)(?![\p{L}])/giu;
/** The number (1–4) an ordinal word or figure names. */
const ordinal = (w: string) => (/\d/.test(w) ? Number(w[0]) : ENGLISH_ORDINAL_WORDS.indexOf(w.toLowerCase()) + 1);

const pad = (n: number) => String(n).padStart(2, '0');
/** The number (1–12) of a month named in full or abbreviated. */
export const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function dateMatch(m: RegExpExecArray, iso: string, precision: DateMatch['precision'], extra: Partial<DateMatch> = {}): DateMatch {
  return { iso, precision, text: m[0], start: m.index, end: m.index + m[0].length, ...extra };
}

/** The first `n` months of year `y` as one date (round 45: as "6 tháng đầu năm" reads, a half; "3 tháng đầu năm", a quarter; twelve, the
 *  year; else January with the last month as its end), for "the first five months" and a year to date (round 60). */
function monthsFromJanuary(m: RegExpExecArray, y: string, n: number, extra: Partial<DateMatch> = {}): DateMatch {
  if (n === 3 || n === 6 || n === 12) return dateMatch(m, n === 12 ? y : `${y}-01`, n === 3 ? 'quarter' : n === 6 ? 'half' : 'year', extra);
  return dateMatch(m, `${y}-01`, 'month', { ...(n > 1 ? { isoEnd: `${y}-${pad(n)}` } : {}), ...extra });
}

/** A change's figure right before a span of months (`MONTH_SPAN`): the span is the change's two ends, not one period. */
const CHANGE_FIGURE_BEFORE = new RegExp(String.raw`(?:\d\s*(?:%|per\s*cent|percent|(?:percentage\s+)?points?)|month-on-month|month-over-month|over\s+the\s+previous\s+month|(?<![\p{L}])${MOVE_VERBS}\s+(?:by\s+)?(?:(?:about|nearly|over|some|more\s+than)\s+)?(?:us\$|\$|vnd\s?)?\d[\d.,]*\s*(?:thousand|million|billion|trillion)?(?:\s+(?:usd|dong|vnd))?)\s*$`, 'iu'); // second review: an amount's change too ("rose US$3 billion from May to June"), a level's not ("reached $20 billion from April through June"); third review: not a year-on-year rate, whose span is its period

/** The date a `MONTH_SPAN` match names (its year, else `year`, else filled later as "tháng 7" is), or undefined when its months do not run forward. */
function monthSpan(m: RegExpExecArray, year: number | undefined): DateMatch | undefined {
  const [from, to] = [monthOf(m[1]!), monthOf(m[2]!)];
  if (to <= from) return undefined;
  const y = m[3] ?? (year === undefined ? '0000' : String(year));
  const missing = m[3] || year !== undefined ? {} : { yearMissing: true };
  if (from === 1) return monthsFromJanuary(m, y, to, missing);
  if (to - from === 2 && from % 3 === 1) return dateMatch(m, `${y}-${pad(from)}`, 'quarter', missing);
  if (from === 7 && to === 12) return dateMatch(m, `${y}-07`, 'half', missing);
  return dateMatch(m, `${y}-${pad(from)}`, 'month', { isoEnd: `${y}-${pad(to)}`, ...missing });
}

/** The days, months and first months of a year that `s` names in English, in reading order; `year` stands in for "this year". */
export function englishDates(s: string, year?: number, monthYear = year): DateMatch[] {
  const out: DateMatch[] = [];
  const free = (m: RegExpExecArray) => !out.some((d) => m.index < d.end && d.start < m.index + m[0].length);
  for (const m of s.matchAll(YEAR_TO_DATE)) { // first: its last day may carry a year of its own ("through May 15, 2024")
    const [y0, dayBefore, mo, dayAfter, y1] = [m[1], m[2], monthOf(m[3]!), m[4], m[5]];
    const day = dayBefore ?? dayAfter;
    const yy = y1 ?? y0 ?? (year === undefined ? undefined : String(year));
    if ((y0 && y1 && y0 !== y1) || (day !== undefined && !isValidDate(yy ? +yy : null, mo, +day))) continue;
    const y = yy ?? '0000';
    const missing = yy ? {} : { yearMissing: true };
    out.push(monthsFromJanuary(m, y, mo, missing));
  }
  for (const m of s.matchAll(MONTH_SPAN)) if (free(m) && !CHANGE_FIGURE_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))) { const d = monthSpan(m, monthYear); if (d) out.push(d); }
  for (const m of s.matchAll(MONTH_DAY_YEAR)) {
    const [mo, day, y] = [monthOf(m[1]!), +m[2]!, +m[3]!];
    if (free(m) && isValidDate(y, mo, day)) out.push(dateMatch(m, `${y}-${pad(mo)}-${pad(day)}`, 'day'));
  }
  for (const m of s.matchAll(YEAR_MONTH_DAY)) {
    const [y, mo, day] = [+m[1]!, monthOf(m[2]!), +m[3]!];
    if (free(m) && isValidDate(y, mo, day)) out.push(dateMatch(m, `${y}-${pad(mo)}-${pad(day)}`, 'day'));
  }
  for (const m of s.matchAll(DAY_MONTH_YEAR)) {
    const [day, mo, y] = [+m[1]!, monthOf(m[2]!), +m[3]!];
    if (free(m) && isValidDate(y, mo, day)) out.push(dateMatch(m, `${y}-${pad(mo)}-${pad(day)}`, 'day'));
  }
  for (const m of s.matchAll(MONTH_YEAR)) if (free(m)) out.push(dateMatch(m, `${m[2]}-${pad(monthOf(m[1]!))}`, 'month'));
  for (const m of s.matchAll(FIRST_MONTHS)) {
    const n = /\d/.test(m[1]!) ? +m[1]! : ENGLISH_NUMBER_WORDS[m[1]!.toLowerCase()]!;
    const y = m[2] ? +m[2] : /this\s+year/iu.test(m[0]) ? year : monthYear;
    if (!free(m) || y === undefined || n < 2 || n > 12) continue;
    out.push(monthsFromJanuary(m, String(y), n));
  }
  for (const m of s.matchAll(QUARTER_OF)) {
    const y = m[2] ? +m[2] : /this\s+year/iu.test(m[0]) ? year : monthYear;
    if (free(m) && y !== undefined) out.push(dateMatch(m, `${y}-${pad(ordinal(m[1]!) * 3 - 2)}`, 'quarter'));
  }
  for (const m of s.matchAll(HALF_OF)) {
    const y = m[2] ? +m[2] : /this\s+year/iu.test(m[0]) ? year : monthYear;
    if (free(m) && y !== undefined) out.push(dateMatch(m, `${y}-${pad(ordinal(m[1]!) * 6 - 5)}`, 'half'));
  }
  const y = monthYear === undefined ? '0000' : String(monthYear); // no year yet: filled as "tháng 7" is (`fillMissingYears`); session 46: a sentence's opening year
  const missing = monthYear === undefined ? { yearMissing: true } : {};
  for (const m of s.matchAll(QUARTER_ALONE)) {
    const q = m[2] ? Number(m[2]) : m[1]!.toLowerCase() === 'final' ? 4 : ordinal(m[1]!);
    if (free(m)) out.push(dateMatch(m, `${y}-${pad(q * 3 - 2)}`, 'quarter', missing));
  }
  for (const m of s.matchAll(MONTH_DAYS)) {
    const [mo, d1, d2] = [monthOf(m[1]!), +m[2]!, +m[3]!];
    if (free(m) && m[1] !== 'May' && d1 < d2 && isValidDate(monthYear ?? null, mo, d2)) out.push(dateMatch(m, `${y}-${pad(mo)}-${pad(d1)}`, 'day', { isoEnd: `${y}-${pad(mo)}-${pad(d2)}`, yearMissing: true }));
  }
  for (const m of s.matchAll(MONTH_DAY)) {
    const [mo, day] = [monthOf(m[1]!), +m[2]!];
    if (free(m) && (m[1] !== 'May' || MAY_AFTER.test(s.slice(0, m.index))) && isValidDate(monthYear ?? null, mo, day)) out.push(dateMatch(m, `${y}-${pad(mo)}-${pad(day)}`, 'day', { yearMissing: true }));
  }
  for (const m of s.matchAll(MONTH_ALONE)) {
    if (free(m) && (m[1] !== 'May' || MAY_AFTER.test(s.slice(0, m.index)))) out.push(dateMatch(m, `${y}-${pad(monthOf(m[1]!))}`, 'month', missing));
  }
  for (const m of s.matchAll(THIS_YEAR)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (year !== undefined && !out.some((d) => start < d.end && d.start < start + m[1]!.length)) out.push({ iso: String(year), precision: 'year', text: m[1]!, start, end: start + m[1]!.length });
  }
  for (const m of s.matchAll(RELATIVE_YEAR_OPENING)) {
    const which = (m[2] ?? m[3]!).toLowerCase();
    const start = m.index + m[0].length - m[1]!.length;
    if (year !== undefined && !out.some((d) => start < d.end && d.start < start + m[1]!.length)) {
      out.push({ iso: String(which === 'this' ? year : year - 1), precision: 'year', text: m[1]!, start, end: start + m[1]!.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Session 43: "this year" standing alone ("… to reach US$169.3 billion this year, an 11.4 percent increase from 2024"), not read with a year. */
export const BARE_THIS_YEAR = /(?<![\p{L}])this\s+year(?![\p{L}'’])/iu;

/** The year a bare "this year" of sentence `s` (`BARE_THIS_YEAR`, not read by `THIS_YEAR`) stands for: on a dated page (`dated`) the page's
 *  `year`; on an undated one the year after the one a change is compared with after it ("… this year, an 11.4 percent increase from 2024",
 *  `COMPARED_WITH_YEAR_ONE`); as a date at its place, when no date of `all` reads it. */
function bareThisYear(s: string, all: readonly DateMatch[], year: number | undefined, dated: boolean): DateMatch | undefined {
  const m = BARE_THIS_YEAR.exec(s);
  if (!m || all.some((d) => d.start < m.index + m[0].length && m.index < d.end)) return undefined;
  const compared = dated ? null : COMPARED_WITH_YEAR_ONE.exec(s);
  const y = dated ? year : compared && compared.index > m.index ? Number(compared[1]) + 1 : undefined;
  return y === undefined ? undefined : { iso: String(y), precision: 'year', text: m[0], start: m.index, end: m.index + m[0].length };
}

/** Session 46: a sentence opening on a year ("In 2022, …", "During 2023, …", "For the whole year 2024, …"): its yearless months and days are that
 *  year's, not the page's. */
const OPENING_YEAR = /^\s*(?:in|during|for|throughout|over)\s+(?:the\s+(?:whole\s+|entire\s+)?year\s+(?:of\s+)?)?((?:19|20)\d\d)\s*,/iu;
const openingYear = (s: string): number | undefined => { const m = OPENING_YEAR.exec(s); return m && !speaksOfFuture(s.slice(m[0].length).split(/\d/u)[0]!) ? Number(m[1]) : undefined; }; // third review: the future read before the first figure only ("…, higher than expected" reports) // second review: not a goal's year ("In 2030, the country aims to …, up from 45,000 in June")

/** The dates of a sentence: on an English page (`english`) its English dates and the others `findDates` found (`found`) they do not overlap; else `found`.
 *  `dated`: the page has a date of its own (`year` is then the article's, not a year read from its comparisons). */
export function sentenceDates(s: string, found: DateMatch[], english: boolean, year?: number, dated = false): DateMatch[] {
  if (!english) return found;
  const own = englishDates(s, year, openingYear(s) ?? year); // session 46: "In 2022, … from 13.29% in January to 9.71% in October": the opening's year for the yearless months ("this year" stays the page's)
  const all = [...own, ...found.filter((d) => !own.some((e) => d.start < e.end && e.start < d.end))];
  const dates = all.filter((d) => !isComparedYear(s, d) && !namesGoalOrTitle(s, d));
  const after = dates.length === 0 && !standsNowInEnglish(s, []) ? all.map((d) => sameSpanYearAfter(s, d)).find((d) => d !== undefined) : undefined;
  const thisYear = bareThisYear(s, all, year, dated);
  return yearAfterOpening(s, after ? [after] : thisYear ? [...dates, thisYear] : dates).sort((a, b) => a.start - b.start);
}

/** Round 47: a change's start with its year, "a 16.78 per cent increase from $113.3 billion in 2023": the year is the start's own. */
const CHANGE_FROM_BEFORE = new RegExp(`(?<![\\p{L}])(?:${CHANGE_WORDS})\\s+from\\s+(?:(?:us)?\\$|usd\\s*|vn[dđ]\\s*)?[\\d.,]+\\s*(?:per\\s+cent|percent|%|(?:billion|million|trillion|quadrillion)(?:\\s+(?:usd|dollars|vn[dđ]))?)?\\s+in\\s+$`, 'iu');

/** Round 47: a sentence opening on what happened in a year, "After a 15.1 per cent decline in 2023, exports rebounded to …": group 1 the year. */
const AFTER_YEAR_OPENING = /^\s*after\s+(?:[^,;.]|\.(?=\d)){0,80}?(?<![\p{L}])in\s+((?:19|20)\d\d),\s*/iu;

/** `dates` with the year an opening "After … in YYYY," names kept for its own clause, and the year after it set for the main clause that
 *  follows (its figures come after that year: "… exports rebounded to $132.34 billion, a 16.78 per cent increase …" is 2024's), when the
 *  main clause names no year but a change's start ("… from $113.3 billion in 2023", the start's own). */
function yearAfterOpening(s: string, dates: DateMatch[]): DateMatch[] {
  const m = AFTER_YEAR_OPENING.exec(s);
  if (!m || dates.some((d) => d.start >= m[0].length && !CHANGE_FROM_BEFORE.test(s.slice(Math.max(0, d.start - 80), d.start)))) return dates;
  const at = m[0].length;
  return [...dates, { iso: String(Number(m[1]) + 1), precision: 'year', text: m[0].trim(), start: at, end: at }];
}

/** A now-word before a sentence's first figure: "To date, …", "Up to now, …", "Vietnam currently has …", "At present". */
const NOW_BEFORE = /(?<![\p{L}])(?:to\s+date|up\s+to\s+now|so\s+far|until\s+now|currently|at\s+present|presently|now)(?![\p{L}])/iu;

/** True when English sentence `s` says how things stand now before its first figure and names no date (`dates`): its figures take no period carried from before. */
export function standsNowInEnglish(s: string, dates: readonly DateMatch[]): boolean {
  const opening = s.slice(0, s.search(/\d|$/u));
  return dates.length === 0 && (NOW_BEFORE.test(opening) || OPENS_ON_RELATIVE_YEAR.test(opening)); // an undated page's "Last year, …": no year a figure may take from before
}
