/**
 * An English figure's own date right after it ("30% in 2016", "23% (in 2016)", "$25 billion (around VND 630 trillion) in 2024", "US$169.3
 * billion this year") and the years a "respectively" sentence lists (`attachEnglishDates`, read by metrics.ts; `ownEnglishDate`, by
 * english-move.ts). Moved out of english-dates.ts in session 43. Pure but for `setPeriod` on the drafts it is given.
 */
import { periodOfDate, type DateMatch } from './dates-find';
import { BARE_THIS_YEAR } from './english-dates';
import { COMPARED_BEFORE } from './english-compared-years';
import { setPeriod, type PeriodFields, yearPeriod } from './period-set';

const RESPECTIVELY = /(?<![\p{L}])respectively(?![\p{L}])/iu;
const LISTED_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/** A figure's conversion into another currency, in brackets: "(around VND 630 trillion)", "(US$1.2 billion)"; its currency always written. */
const APPROX = String.raw`(?:around|about|approximately|roughly|nearly|some|over|or|equivalent\s+to)`;
const AMOUNT = String.raw`(?:(?:VND|US\$|\$|USD|€)\s*[\d.,]+\s*(?:thousand|million|billion|trillion|bn|tn)?|[\d.,]+\s*(?:thousand|million|billion|trillion|bn|tn)?\s*(?:VND|USD|dong|US\s+dollars))`;
const CONVERSION = String.raw`\(\s*(?:${APPROX}\s+)?${AMOUNT}\s*\)`;
/** Round 63: a word naming what a figure counts, between it and its own date ("1,380 hamlets in 2021"): in lower case, no preposition. */
const COUNTED_NOUN = String.raw`(?!(?:in|as|by|of|from|to|at|on|for|and|or|than|compared|the|a|an|above|below|over|under|beyond|versus|vs|against|since|despite|after|before|during|with|unlike|ahead|levels?|figures?|rates?|expectations?|forecasts?|launch)\s)\p{Ll}[\p{Ll}-]*`; // review: "25 percent above levels in 2019", "since launch in 2022": the compared time's
/** What may stand between a figure and its own date: "30% in 2016", "23% (in 2016)", "12 percent in May 2023"; session 43: a conversion
 *  between them ("$25 billion (around VND 630 trillion) in 2024"). */
const OWN_DATE_GAP = new RegExp(String.raw`^\s*(?:${CONVERSION}\s*)?(?:${COUNTED_NOUN}\s+){0,2}\(?\s*(?:[Ii]n|[Aa]s\s+of|[Bb]y)\s+(?:the\s+end\s+of\s+|the\s+)?$`, 'u'); // no "i" flag: the counted noun is in lower case, the preposition may be capitalised ("(In 2023)")
/** Session 43 (review): the figure is itself a conversion, its bracket open up to it ("(around VND 630 trillion"), and that bracket closes
 *  right before the date (") in 2024"); not an earlier figure in brackets ("80 percent (from 70 percent) in 2024"). */
const CONVERSION_UP_TO = new RegExp(String.raw`\(\s*(?:${APPROX}\s+)?${AMOUNT}$`, 'iu');
const CONVERSION_CLOSE_GAP = /^\s*\)\s*\(?\s*(?:in|as\s+of|by)\s+(?:the\s+end\s+of\s+)?$/iu;
/** What closes a figure's own date: a bracket, a comma, a list's "and" or "to", the sentence's end. */
const OWN_DATE_END = /^\s*(?:[),;.]|and\s|to\s|$)/iu;

/**
 * Gives each figure of an English sentence followed by its own date ("from 30% in 2016 to 60% in 2019", "23% (in 2016)")
 * that date as its period, and the figures of a "respectively" sentence the years it lists one by one ("for 2020 and 2021 being
 * 4% and 5%, respectively"), in place with `setPeriod` (the confidence follows; the figures are `numbers`, their drafts `drafts`, in the same order).
 */
export function attachEnglishDates(s: string, dates: readonly DateMatch[], numbers: readonly { start: number; end: number }[], drafts: readonly { metric: PeriodFields }[]): void {
  const years = numbers.length >= 2 && RESPECTIVELY.test(s) ? [...s.slice(0, numbers[0]!.start).matchAll(LISTED_YEAR)].map((m) => m[0]) : [];
  if (years.length === numbers.length) { // "in 2019, 2020 and 2021 at 3%, 5% and 8%, respectively"
    years.forEach((y, k) => { if (drafts[k]) setPeriod(drafts[k]!.metric, yearPeriod(y)); });
    return;
  }
  const listed = respectiveDates(s, dates, numbers);
  if (listed) { // session 46: "In March and April, exports dropped by 22.8 percent and 22.4 percent, respectively"; "rose 10% and 12% in 2022 and 2023, respectively"
    listed.forEach((d, k) => { if (drafts[k]) setPeriod(drafts[k]!.metric, periodOfDate(d)); });
    return;
  }
  numbers.forEach((n, k) => {
    const d = ownEnglishDate(s, dates, n);
    if (d && drafts[k]) setPeriod(drafts[k]!.metric, periodOfDate(d)); // its "no-period" reason goes with it
  });
}

/** Session 46: the months or years a "respectively" sentence lists all before its figures or all after them, one for each figure, in order;
 *  undefined when they are not as many as the figures or stand on both sides. */
function respectiveDates(s: string, dates: readonly DateMatch[], numbers: readonly { start: number; end: number }[]): DateMatch[] | undefined {
  if (numbers.length < 2 || !RESPECTIVELY.test(s)) return undefined;
  const listed = dates.filter((d) => !d.isoEnd && (d.precision === 'year' || d.precision === 'month'));
  const before = listed.every((d) => d.end <= numbers[0]!.start);
  const after = listed.every((d) => d.start >= numbers.at(-1)!.end);
  const joined = listed.every((d, k) => k === 0 || LIST_JOIN.test(s.slice(listed[k - 1]!.end, d.start))); // review: not "Compared with March, in April …"
  if (listed.length !== numbers.length || !(before || after) || !joined || COMPARED_BEFORE.test(s.slice(0, listed[0]?.start ?? 0))) return undefined; // a comparison's words before the list (`english-dates.ts`: "against March and February, respectively")
  return withListYear(listed);
}

/** What joins the dates of one list: a comma, "and", or both. */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/** Review: listed months sharing the year written after the last ("In March and April 2023, …"): the earlier ones take it too. */
function withListYear(listed: DateMatch[]): DateMatch[] {
  const year = /((?:19|20)\d\d)\s*$/u.exec(listed.at(-1)!.text)?.[1];
  if (!year || listed.some((d) => d.precision !== 'month')) return listed;
  return listed.map((d) => (/(?:19|20)\d\d/u.test(d.text) ? d : { ...d, iso: `${year}${d.iso.slice(4)}` }));
}

/** The date of its own right after figure `n` of English sentence `s` ("30% in 2016", "23% (in 2016)"; `yearless`: "37th this year" too), or undefined. */
export function ownEnglishDate(s: string, dates: readonly DateMatch[], n: { end: number }, yearless = false): DateMatch | undefined {
  const open = s.lastIndexOf('(', n.end);
  const converted = open >= 0 && CONVERSION_UP_TO.test(s.slice(open, n.end));
  const gapFits = (x: DateMatch) => OWN_DATE_GAP.test(s.slice(n.end, x.start)) || (converted && CONVERSION_CLOSE_GAP.test(s.slice(n.end, x.start))) || (BARE_THIS_YEAR.test(x.text) && /^\s*$/u.test(s.slice(n.end, x.start))); // session 43: "US$169.3 billion this year"
  return dates.find((x) => x.start >= n.end && (yearless || !x.yearMissing) && gapFits(x) && OWN_DATE_END.test(s.slice(x.end)));
}

/** Round 63: a point in time that frames a sentence, opening it ("As of the end of Q3 2022, …", "By June 2024, …", "Up to now, as of 2024, …"). */
const FRAME_OPENING = /^\s*(?:(?:so\s+far|to\s+date|up\s+to\s+now)\s*,\s*)?(?:as\s+(?:of|at)|by|up\s+to|until|through)\s+(?:the\s+end\s+of\s+)?$/iu;

/** Round 63: `dates` without the figures' own dates ("… including 1,380 hamlets in 2021 and 772 in 2022", "… up 8.6% from 0.7326 in 2023") that
 *  fall within the date stated before the sentence's first figure: a point in time opening it (`FRAME_OPENING`: "As of the end of Q3 2022,
 *  …") covers the items' years up to its end, any other date ("The national DTI in 2024 reached …") only the years before it. That date
 *  frames what follows; the items' years are theirs alone. Review: a later year is handed on ("In 2022, the rate was 60 percent, rising to
 *  75 percent in 2024."; "During 2021-2025, …, including 1,000 staff in 2024."). */
export function withoutItemDates(s: string, dates: readonly DateMatch[], numbers: readonly { start: number; end: number }[]): DateMatch[] {
  const first = numbers[0];
  const opening = first ? dates.filter((d) => d.end <= first.start) : [];
  const covered = (d: DateMatch) => opening.some((f) => FRAME_OPENING.test(s.slice(0, f.start)) ? (d.isoEnd ?? d.iso) <= (f.isoEnd ?? f.iso) : (d.isoEnd ?? d.iso) < f.iso);
  const own = new Set(numbers.map((n) => ownEnglishDate(s, dates, n)).filter((d) => d !== undefined && !opening.includes(d) && covered(d)));
  return dates.filter((d) => !own.has(d));
}
