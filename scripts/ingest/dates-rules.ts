import type { Precision } from '../../src/schemas/metric';
import { isValidDate, monthCount, parseQuarter, quarterStartMonth } from './dates-calendar';
import { timeAfterDate, timeBeforeDate } from './time-of-day';
import { COUNTED_BODIES, LISTED_DAY_END } from './number-days';

/** A calendar point as read from text; `y` is null when the text gives no year. */
export interface Point { y: number | null; m?: number; d?: number }

/** A date expression found by one rule, before overlaps are resolved and ISO strings are built. */
export interface Candidate extends Point {
  start: number;
  end: number;
  precision: Precision;
  /** Last unit of a range or a year-to-date span ("9 tháng năm 2024" → month 9). */
  last?: Point;
  /** Years from the default year when the text names a year relative to the article's ("năm ngoái" → -1). */
  shift?: number;
  time?: string;
}

const YEAR = '(?:19\\d{2}|20\\d{2}|2100)';
/** After a year: no further digit or letter, no decimal or "/…" continuation, no percent. */
const END = '(?![\\p{L}\\p{N}]|[.,]\\p{N}|\\/[\\p{L}\\p{N}]|\\s*%)';
/** A weekday's name, in words or digits ("Thứ Hai", "thứ 2", "Chủ nhật"). */
export const WEEKDAY = '(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)';
/** Words that make a bare "19/7" a day: time of day, "hôm", "ngày". */
const DAY_PREFIX = '(?:(?:rạng\\s+)?(?:sáng|chiều|tối|trưa|đêm|khuya)(?:\\s+(?:nay|qua|mai))?(?:\\s+ngày)?|hôm\\s+(?:nay|qua)|hôm|ngày|mồng|mùng)';
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_AFTER_NUMBER = '(?<![\\p{N}.,\\/])';

const re = (source: string, flags = 'giu') => new RegExp(source, flags);

/** Five to eleven months of the year so far ("6 tháng", "chín tháng"), its year left to the sentence or the article. */
function monthsSoFar(written: string): Omit<Candidate, 'start' | 'end'> | null {
  const n = monthCount(written);
  return n === null || n < 5 || n > 11 ? null : monthSpan(null, 1, n);
}

/** One regular expression and how to read its match. */
export interface Rule {
  name: string;
  /** A test every match passes, cheap to run first: a word of the lowercased text, or a pattern of the text. */
  needs?: string | RegExp;
  pattern: RegExp;
  read(g: Record<string, string | undefined>): Omit<Candidate, 'start' | 'end'> | null;
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

function time(h: string | undefined, m: string | undefined): string | undefined | null {
  if (h === undefined || m === undefined) return undefined;
  return Number(h) <= 23 && Number(m) <= 59 ? `${h.padStart(2, '0')}:${m.padStart(2, '0')}` : null;
}

function day(d: number, m: number, y: number | null, t?: string | null): Omit<Candidate, 'start' | 'end'> | null {
  if (!isValidDate(y, m, d) || t === null) return null;
  return { y, m, d, precision: 'day', ...(t ? { time: t } : {}) };
}

function monthSpan(y: number | null, first: number, count: number): Omit<Candidate, 'start' | 'end'> {
  const lastMonth = first + count - 1;
  if (count === 12) return { y, precision: 'year' };
  if (count === 6) return { y, m: first, precision: 'half' };
  if (count === 3 && (first - 1) % 3 === 0) return { y, m: first, precision: 'quarter' };
  return count === 1 ? { y, m: first, precision: 'month' } : { y, m: first, precision: 'month', last: { y, m: lastMonth } };
}

/** True when `d` is the last day of month `m` of year `y`. */
const isMonthEnd = (y: number, m: number, d: number): boolean => isValidDate(y, m, d) && !isValidDate(y, m, d + 1);

/** Days in an average month, to count the months a span of days covers. */
const MONTH_DAYS = 365.25 / 12;

/**
 * A span from the first of month `m` (not January's) to the day `d2/m2/y2`, as the whole months it covers, rounded
 * ("1/7/2025 – 7/1/2026" is six months: the half; "1/4 – 30/6" the quarter); null when it is under one month or over twelve.
 */
function daySpanMonths(y: number, m: number, y2: number, m2: number, d2: number): Omit<Candidate, 'start' | 'end'> | null {
  if (m < 2 || m > 12 || !isValidDate(y2, m2, d2)) return null;
  const count = Math.round((Date.UTC(y2, m2 - 1, d2 + 1) - Date.UTC(y, m - 1, 1)) / 86_400_000 / MONTH_DAYS);
  if (count < 1 || count > 12) return null;
  if (count === 6 && (m === 1 || m === 7)) return { y, m, precision: 'half' };
  if (count === 3 && (m - 1) % 3 === 0) return { y, m, precision: 'quarter' };
  const last = m + count - 1;
  return count === 1 ? { y, m, precision: 'month' } : { y, m, precision: 'month', last: { y: last > 12 ? y + 1 : y, m: last > 12 ? last - 12 : last } };
}

/**
 * A span from a month's first day (`daySpanMonths`); round 43: with the first day's year left to the last's, one whole month only
 * ("Từ ngày 1/9 đến 30/9/2024": September; "từ ngày 1/7 đến 19/8/2025", "từ 1/7 đến 31/12/2024" stay days).
 */
function spanFromFirst(g: Record<string, string | undefined>): Omit<Candidate, 'start' | 'end'> | null {
  const [m, y2, m2, d2] = [num(g.m)!, num(g.y2)!, num(g.m2)!, num(g.d2)!];
  if (g.y) return daySpanMonths(num(g.y)!, m, y2, m2, d2);
  return m === m2 && isMonthEnd(y2, m2, d2) ? { y: y2, m, precision: 'month' } : null; // else days (round 53: "từ 1/7 đến 26/11/2025", the rule of the first day's year left out)
}

/** The date grammar, one rule per form; overlaps are settled by the caller (longest wins). */
export const RULES: Rule[] = [
  {
    name: 'numeric day-month-year', // 27/04/2022, 05:07, 14/07/2023, Thứ Hai, 06/02/2025 10:15, a portal's one-digit minute "15:8, Thứ Năm, 16-11-2023" (round 35), Ngày 6-2-2025, a slash set off by a space "21 /10/2024"
    pattern: re(`${NOT_AFTER_WORD}(?<![.,:\\/])(?:${timeBeforeDate('th', 'tm')}\\s*,?\\s*)?(?:${WEEKDAY}\\s*,?\\s*)?(?:${DAY_PREFIX}\\s+)?${NOT_AFTER_NUMBER}(?<d>\\d{1,2})(?:(?<s>[\\/.-])(?<m>\\d{1,2})\\k<s>|\\s?\\/\\s?(?<m2>\\d{1,2})\\s?\\/\\s?)(?<y>${YEAR})(?:\\s*[,–-]?\\s*${timeAfterDate('ah', 'am')})?${END}`),
    read: (g) => day(num(g.d)!, num(g.m ?? g.m2)!, num(g.y), g.th ? time(g.th, g.tm) : time(g.ah, g.am)),
  },
  {
    name: 'ISO day', // round 39: a system's stamp "2025-07-17 15:10:00.0", "2024-03-05T08:30", "2023-11-02" (year first, two-digit month and day)
    needs: /\d{4}-\d\d-\d\d/,
    pattern: re(`${NOT_AFTER_WORD}(?<![.,:\\/-])(?<y>${YEAR})-(?<m>\\d\\d)-(?<d>\\d\\d)(?:[T\\s](?<h>\\d\\d):(?<mi>\\d\\d)(?::\\d\\d(?:\\.\\d+)?)?)?(?![\\p{L}\\p{N}]|-\\d)`),
    read: (g) => day(num(g.d)!, num(g.m)!, num(g.y), time(g.h, g.mi)),
  },
  {
    name: 'spaced-dash day-month-year', // a portal's stamp "Đăng ngày 05 - 11 - 2023", "ngày 5 – 6 – 2023" (after "ngày" only: a bare "3 - 10" may be a range)
    needs: 'ngày',
    pattern: re(`${NOT_AFTER_WORD}ngày\\s+${NOT_AFTER_NUMBER}(?<d>\\d{1,2})\\s+[-–]\\s+(?<m>\\d{1,2})\\s+[-–]\\s+(?<y>${YEAR})${END}`),
    read: (g) => day(num(g.d)!, num(g.m)!, num(g.y)),
  },
  {
    name: 'prefixed day-month', // sáng 19/7, chiều 27-4, ngày 19/7 năm 2024; round 50: the first day of "ngày 24/6 - 28/6/2024" (a spaced dash then a day and its month)
    pattern: re(`${NOT_AFTER_WORD}(?:${WEEKDAY}\\s*,?\\s*)?${DAY_PREFIX}\\s+(?:${WEEKDAY}\\s*,?\\s*)?${NOT_AFTER_NUMBER}(?<d>\\d{1,2})[\\/.-](?<m>\\d{1,2})(?:(?:\\s*,\\s*|\\s+)năm\\s+(?<y>${YEAR}))?(?!\\p{N}|(?!\\s+[-–]\\s+\\d{1,2}\\s*\\/\\s*\\d)\\s*[\\/.-]\\s*\\p{N}|[.,]\\p{N}|\\s*%)`),
    read: (g) => day(num(g.d)!, num(g.m)!, num(g.y)),
  },
  {
    name: 'coordinated day-month', // round 64: the next day after a prefixed one, "ngày 7/7 và 8/8", "sáng 2/9, 3/9 và 4/9" (a slash only, each a real day; after a comma a stop or a link follows it, after "và" no counted body: not "ngày 30/9, 5/7 dự án", "và 8/10 huyện")
    needs: /\d\/\d{1,2}\s*(?:,|và|hoặc)/u,
    pattern: re(`(?:(?<=${DAY_PREFIX}\\s+\\d{1,2}\\/\\d{1,2}(?:\\s*,\\s*\\d{1,2}\\/\\d{1,2})*\\s*(?:và|hoặc)\\s*)${NOT_AFTER_NUMBER}(?<d>\\d{1,2})\\/(?<m>\\d{1,2})(?![\\p{N}\\/]|[.,-]\\p{N}|\\s*%|\\s+${COUNTED_BODIES})|(?<=${DAY_PREFIX}\\s+\\d{1,2}\\/\\d{1,2}(?:\\s*,\\s*\\d{1,2}\\/\\d{1,2})*\\s*,\\s*)${NOT_AFTER_NUMBER}(?<d2>\\d{1,2})\\/(?<m2>\\d{1,2})(?![\\p{N}\\/]|[.,-]\\p{N}|\\s*%)${LISTED_DAY_END})`),
    read: (g) => day(num(g.d ?? g.d2)!, num(g.m ?? g.m2)!, null),
  },
  {
    name: 'counted-at day-month', // tính đến 1/3, tính tới hết 15-6 (a bare "1/3" elsewhere may be a third); round 50: "Tại thời điểm 30/6, …", "Đến 30/6, …" opening a sentence; round 51: "từ đầu năm đến 15/3" (a sum to that day)
    needs: /tính|thời điểm|đầu năm|(?:^|[.;:]\s*)(?:đến|tới)\s/iu,
    pattern: re(`(?<=(?:(?<![\\p{L}\\p{M}])(?:tính\\s+(?:đến|tới)|từ\\s+đầu\\s+năm\\s+(?:đến|tới)|tại\\s+thời\\s+điểm)|(?:^|[.;:]\\s*)(?:[Đđ]ến|[Tt]ới))\\s+(?:hết\\s+)?)${NOT_AFTER_NUMBER}(?<d>\\d{1,2})[\\/-](?<m>\\d{1,2})(?:(?:\\s*,\\s*|\\s+)năm\\s+(?<y>${YEAR}))?(?!\\p{N}|\\s*[\\/.-]\\s*\\p{N}|[.,]\\p{N}|\\s*%)`),
    read: (g) => day(num(g.d)!, num(g.m)!, num(g.y)),
  },
  {
    name: 'worded day', // ngày 27 tháng 4 năm 2022, mùng 2 tháng 9 (not the customs' half-month "kỳ 2 tháng 2/2025", session 25)
    needs: 'tháng',
    pattern: re(`${NOT_AFTER_WORD}(?<p>${DAY_PREFIX}\\s+)?(?<!(?<![\\p{L}\\p{M}])(?:kỳ|kì)\\s+)(?<d>\\d{1,2})\\s+tháng\\s+(?<m>\\d{1,2})(?:\\s*,?\\s*năm\\s+(?<y>${YEAR})|\\s*[\\/.-]\\s*(?<y2>${YEAR}))?(?!\\p{N}|[.,]\\p{N})`),
    read: (g) => {
      const y = num(g.y ?? g.y2);
      return y === null && !g.p ? null : day(num(g.d)!, num(g.m)!, y);
    },
  },
  {
    name: 'month-year', // tháng 12/2023, tháng 12-2023, tháng 4 năm 2022, cuối tháng 6/2024
    needs: 'tháng',
    pattern: re(`${NOT_AFTER_WORD}(?:(?:cuối|đầu|giữa|hết)\\s+)?tháng\\s+(?<m>\\d{1,2})(?:\\s*[\\/.-]\\s*|\\s*,?\\s+năm\\s+)(?<y>${YEAR})${END}`),
    read: (g) => (num(g.m)! >= 1 && num(g.m)! <= 12 ? { y: num(g.y), m: num(g.m)!, precision: 'month' } : null),
  },
  {
    name: 'month-year T', // T12/2023
    needs: /T\d/,
    pattern: re(`${NOT_AFTER_WORD}T(?<m>\\d{1,2})[\\/.-](?<y>${YEAR})${END}`, 'gu'),
    read: (g) => (num(g.m)! >= 1 && num(g.m)! <= 12 ? { y: num(g.y), m: num(g.m)!, precision: 'month' } : null),
  },
  {
    name: 'month without year', // tháng 3 (not "6 tháng 3 lần")
    needs: 'tháng',
    pattern: re(`${NOT_AFTER_WORD}(?<!\\p{N}\\s{1,3})(?:(?:cuối|đầu|giữa|hết)\\s+)?tháng\\s+(?<m>\\d{1,2})(?!\\p{N}|\\s*[\\/.-]\\s*\\p{N}|[.,]\\p{N}|\\s*%|\\s+(?:tháng|ngày|tuần|lần|giờ)(?!\\p{L}))`),
    read: (g) => (num(g.m)! >= 1 && num(g.m)! <= 12 ? { y: null, m: num(g.m)!, precision: 'month' } : null),
  },
  {
    name: 'quarter', // Quý I/2022, quý IV-2025, quý 2/2024, quý II năm 2023, quý I-III/2024, quý I
    needs: 'quý',
    pattern: re(`${NOT_AFTER_WORD}quý\\s+(?<q>IV|I{1,3}|[1-4])(?![\\p{L}\\p{N}])(?:\\s*[-–—]\\s*(?:quý\\s+)?(?<q2>IV|I{1,3}|[1-4])(?![\\p{L}\\p{N}]))?(?:\\s*[\\/.-]\\s*(?<y>${YEAR})${END}|\\s*,?\\s*năm\\s+(?<y2>${YEAR})${END})?`),
    read: (g) => {
      const q = parseQuarter(g.q!);
      const q2 = g.q2 === undefined ? undefined : parseQuarter(g.q2);
      const y = num(g.y ?? g.y2);
      if (q === null || q2 === null || (q2 !== undefined && q2 <= q)) return null;
      return { y, m: quarterStartMonth(q), precision: 'quarter', ...(q2 ? { last: { y, m: quarterStartMonth(q2) } } : {}) };
    },
  },
  {
    name: 'quarter Q', // Q2 2024, Q2/2024
    needs: /Q[1-4]/,
    pattern: re(`${NOT_AFTER_WORD}Q(?<q>[1-4])(?:\\s*[\\/.-]\\s*|\\s+)(?<y>${YEAR})${END}`, 'gu'),
    read: (g) => ({ y: num(g.y), m: quarterStartMonth(Number(g.q)), precision: 'quarter' }),
  },
  {
    name: 'months abbreviated', // 9T/2024, 6T-2023, 11T2025: the first months of a year, as in tables' headers
    needs: /\dT\s*[/.-]?\s*\d{4}/u,
    pattern: re(`${NOT_AFTER_WORD}(?<n>\\d{1,2})T\\s*[\\/.-]?\\s*(?<y>${YEAR})${END}`, 'gu'),
    read: (g) => {
      const n = monthCount(g.n!);
      return n === null ? null : monthSpan(num(g.y), 1, n);
    },
  },
  {
    name: 'months of a year', // 6 tháng đầu năm 2024, 6 tháng cuối năm, 9 tháng năm 2024, sáu tháng đầu năm nay, năm tháng đầu năm 2024, tháng cuối năm 2025 (its December; not "những tháng cuối năm"), tháng đầu tiên (của) năm 2024, tháng cuối cùng của năm 2023; session 42: 11 tháng của năm 2025
    needs: 'tháng',
    pattern: re(`${NOT_AFTER_WORD}(?:(?<n>\\d{1,2}|mười\\s+(?:một|hai)|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)\\s+|(?<!(?:những|các|mấy|vài)\\s))tháng(?:\\s+(?:khởi\\s+)?(?<part>đầu|cuối)(?:\\s+(?:tiên|cùng))?(?:\\s+của)?|\\s+của)?\\s+năm(?:\\s+(?<y>${YEAR})${END}|(?<nay>\\s+nay)?(?![\\p{L}\\p{N}]))`),
    read: (g) => {
      const n = g.n ? monthCount(g.n) : g.part && g.y ? 1 : null;
      if (n === null || (!g.y && !g.part && !g.nay)) return null;
      const cuoi = g.part?.toLowerCase() === 'cuối';
      return monthSpan(num(g.y), cuoi ? 13 - n : 1, n);
    },
  },
  {
    name: 'week of a year', // session 24: tuần đầu tiên của năm mới 2025, tuần cuối cùng của năm 2024: the month it falls in (the schema has no weeks)
    needs: 'tuần',
    pattern: re(`${NOT_AFTER_WORD}tuần\\s+(?<part>đầu|cuối)(?:\\s+(?:tiên|cùng))?(?:\\s+của)?\\s+năm(?:\\s+mới)?\\s+(?<y>${YEAR})${END}`),
    read: (g) => ({ y: num(g.y), m: g.part!.toLowerCase() === 'cuối' ? 12 : 1, precision: 'month' }),
  },
  {
    name: 'months of a year, "năm" left out', // 9 tháng 2024, 6 tháng/2025, Bốn tháng đầu 2024 (round 39), 6 tháng khởi đầu 2025 (session 42) (the months from January; not a day's "ngày 9 tháng 10")
    needs: 'tháng',
    pattern: re(`${NOT_AFTER_WORD}(?<!ngày\\s)(?<n>\\d{1,2}|mười\\s+(?:một|hai)|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)\\s+tháng(?:\\s+(?:khởi\\s+)?đầu)?\\s*[\\s/]\\s*(?<y>${YEAR})${END}`),
    read: (g) => {
      const n = monthCount(g.n!);
      return n !== null && n >= 2 && n <= 12 ? monthSpan(num(g.y), 1, n) : null;
    },
  },
  {
    name: 'running months', // lũy kế 10 tháng, luỹ kế 9 tháng đầu năm (the year comes from the sentence or the article)
    needs: 'kế',
    pattern: re(`${NOT_AFTER_WORD}(?:lũy|luỹ)\\s+kế\\s+(?<n>\\d{1,2}|mười\\s+(?:một|hai)|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)\\s+tháng(?:\\s+đầu\\s+năm)?(?![\\p{L}\\p{M}]|\\s+(?:đầu\\s+)?năm\\s+\\d|\\s+(?:19|20)\\d\\d(?!\\p{N}|[.,]\\p{N}))`), // its year written after it is the next rule's (round 36)
    read: (g) => {
      const n = monthCount(g.n!);
      return n === null ? null : monthSpan(null, 1, n);
    },
  },
  {
    name: 'past months', // 9 tháng qua, mười tháng qua: in a report, the months of the year so far (five or more: "3 tháng qua" may be any quarter); the year comes from the sentence or the article
    needs: 'qua',
    pattern: re(`${NOT_AFTER_WORD}(?<n>\\d{1,2}|mười\\s+(?:một|hai)|mười|năm|sáu|bảy|tám|chín)\\s+tháng\\s+qua(?![\\p{L}\\p{M}])`),
    read: (g) => {
      const n = monthCount(g.n!);
      return n === null || n < 5 || n > 12 ? null : monthSpan(null, 1, n);
    },
  },
  {
    // a report's months of the year so far written bare: "Doanh thu 6 tháng đạt …", "Tính chung 9 tháng, …" (five
    // to eleven; never a duration "sau 6 tháng", "trong vòng 6 tháng", "6 tháng tới"); the year comes from the sentence or the article
    name: 'bare months so far',
    needs: 'tháng',
    pattern: re(`(?<!(?:sau|vòng|mỗi|hơn|gần|khoảng|trên|dưới|tới|trước|thêm|dài|hạn|trong|mất|cả|được|từ|đến|ngày)\\s+)${NOT_AFTER_WORD}(?<n>\\d{1,2}|mười\\s+một|mười|sáu|bảy|tám|chín)\\s+tháng(?=\\s*,|\\s+(?:đạt|ước|tăng|giảm|vừa\\s+qua|lên|là)(?![\\p{L}\\p{M}]))`), // round 39: "đưa tổng kim ngạch 7 tháng lên …", "… 7 tháng là …"
    read: (g) => monthsSoFar(g.n!),
  },
  {
    // round 37: the plan of the months so far, its span left bare: "(đạt 107% kế hoạch 6 tháng)", "kế hoạch 9 tháng và …" (a
    // share measured against it is that span's, period-baseline.ts `isSpanPlan`); the year comes from the sentence or the article
    name: 'months of a plan',
    needs: 'tháng',
    pattern: re(`(?<=kế\\s+hoạch\\s+)(?<n>\\d{1,2}|mười\\s+một|mười|sáu|bảy|tám|chín)\\s+tháng(?=\\s*[),;.]|\\s+(?:và|là|đã|đề\\s+ra)(?![\\p{L}\\p{M}]))`),
    read: (g) => monthsSoFar(g.n!),
  },
  {
    // the same months opening a sentence after "Trong": "Trong 6 tháng, doanh thu …" (mid-sentence "trong 6 tháng" may be a duration)
    name: 'opening months so far',
    needs: 'tháng',
    pattern: re(`^\\s*(?:tính\\s+)?trong\\s+(?<n>\\d{1,2}|mười\\s+một|mười|sáu|bảy|tám|chín)\\s+tháng(?=\\s*,)`),
    read: (g) => monthsSoFar(g.n!),
  },
  {
    name: 'quarters of a year', // 2 quý đầu năm 2023 (a half), 3 quý đầu năm nay, hai quý cuối năm
    needs: 'quý',
    pattern: re(`${NOT_AFTER_WORD}(?<n>[1-3]|hai|ba)\\s+quý\\s+(?<part>đầu|cuối)\\s+năm(?:\\s+(?<y>${YEAR})${END}|(?<nay>\\s+nay)?(?![\\p{L}\\p{N}]))`),
    read: (g) => {
      const n = monthCount(g.n!);
      if (n === null) return null;
      return monthSpan(num(g.y), g.part!.toLowerCase() === 'cuối' ? 13 - 3 * n : 1, 3 * n);
    },
  },
  {
    name: 'year to date', // từ đầu năm đến đầu tháng 11-2022, từ ngày 1/1/2022 đến hết quý II (round 60), tính từ đầu năm đến hết tháng 9/2023, từ đầu năm 2024 đến hết tháng 10, từ đầu năm 2023 đến (ngày) 15/8/2023 (the months to that day's); from the first of January: từ ngày 1-1 đến 14-11-2024, từ 01/01/2025 đến ngày 30/6/2025
    needs: 'từ',
    pattern: re(`${NOT_AFTER_WORD}(?:tính\\s+)?từ\\s+(?:đầu\\s+năm(?:\\s+(?<y0>${YEAR}))?|(?:ngày\\s+)?0?1\\s*[\\/.-]\\s*0?1(?:\\s*[\\/.-]\\s*(?<y1>${YEAR}))?)\\s+(?:đến|tới)\\s+(?:(?:(?:cuối|đầu|giữa|hết)\\s+)?tháng\\s+(?<m>\\d{1,2})|(?:hết\\s+)?quý\\s+(?<q>IV|I{1,3}|[1-4])(?![\\p{L}\\p{N}])|(?:hết\\s+)?(?:ngày\\s+)?(?<d>\\d{1,2})\\s*[\\/.-]\\s*(?<dm>\\d{1,2}))(?:(?:\\s*[\\/.-]\\s*|\\s*,?\\s+năm\\s+)(?<y>${YEAR}))?${END}`),
    read: (g) => {
      const q = g.q === undefined ? null : parseQuarter(g.q); // round 60: "tính từ ngày 1/1/2022 đến hết quý II" (a half)
      const m = q !== null ? q * 3 : num(g.m ?? g.dm)!;
      const y0 = g.y0 ?? g.y1;
      const y = num(g.y) ?? num(y0);
      const dayOk = g.d === undefined || (y !== null && isValidDate(y, m, num(g.d)!));
      return m >= 1 && m <= 12 && y !== null && dayOk && (y0 === undefined || g.y === undefined || y0 === g.y) ? monthSpan(y, 1, m) : null;
    },
  },
  {
    name: 'day span from a month\'s first', // từ 1/7/2025 đến 7/1/2026 (a half), từ ngày 01/4/2024 đến 30/6/2024 (a quarter); round 43: từ ngày 1/9 đến 30/9/2024 (a month, the first day's year left out): the whole months it covers, rounded (January's first: "year to date")
    needs: 'từ',
    pattern: re(`${NOT_AFTER_WORD}(?:tính\\s+)?từ\\s+(?:ngày\\s+)?0?1\\s*(?<s>[\\/.-])\\s*(?<m>\\d{1,2})(?:\\s*\\k<s>\\s*(?<y>${YEAR}))?\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày\\s+)?(?<d2>\\d{1,2})\\s*(?<s2>[\\/.-])\\s*(?<m2>\\d{1,2})\\s*\\k<s2>\\s*(?<y2>${YEAR})${END}`),
    read: spanFromFirst, // round 43: the first day's year may be left to the last's, for one whole month only
  },
  {
    name: 'day span, the first day\'s year left out', // round 53: từ 1/7 đến 26/11/2025, từ 5/3 đến ngày 18/6/2024 (no "ngày" before the first day: as "từ ngày 1/7 đến …", its day and the last); a whole month is the rule's above
    needs: 'từ',
    pattern: re(`${NOT_AFTER_WORD}(?:tính\\s+)?từ\\s+(?<d>\\d{1,2})\\s*(?<s>[\\/.-])\\s*(?<m>\\d{1,2})\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày\\s+)?(?<d2>\\d{1,2})\\s*(?<s2>[\\/.-])\\s*(?<m2>\\d{1,2})\\s*\\k<s2>\\s*(?<y2>${YEAR})${END}`),
    read: (g) => {
      const [d, m, d2, m2, y2] = [num(g.d)!, num(g.m)!, num(g.d2)!, num(g.m2)!, num(g.y2)!];
      const y = m * 100 + d > m2 * 100 + d2 ? y2 - 1 : y2; // "từ 1/11 đến 15/2/2025": the first day in the year before
      const first = day(d, m, y);
      return first && isValidDate(y2, m2, d2) ? { ...first, last: { y: y2, m: m2, d: d2 } } : null;
    },
  },
  {
    name: 'days of one month', // round 47: trong tuần từ 6 - 12/10, từ ngày 19-21/2, tuần 6–12/10/2025: a span of days in one month, the month written once (after "từ", "tuần" or "ngày" only: a bare "6 - 12/10" may be a range of counts)
    needs: /(?:từ|tuần|ngày)\s+(?:ngày\s+)?\d{1,2}\s*[-–]/iu,
    pattern: re(`(?<=(?<![\\p{L}\\p{M}])(?:từ|tuần|ngày)\\s+)(?:ngày\\s+)?${NOT_AFTER_NUMBER}(?<d>\\d{1,2})\\s*[-–]\\s*(?<d2>\\d{1,2})\\s*\\/\\s*(?<m>\\d{1,2})(?:\\s*\\/\\s*(?<y>${YEAR}))?(?!\\p{N}|\\s*[\\/.-]\\s*\\p{N}|[.,]\\p{N}|\\s*%)`),
    read: (g) => {
      const [d, d2, m, y] = [Number(g.d), Number(g.d2), Number(g.m), num(g.y)];
      const first = day(d, m, y);
      return first && d < d2 && isValidDate(y, m, d2) ? { ...first, last: { y, m, d: d2 } } : null;
    },
  },
  {
    name: 'half', // nửa đầu năm 2024, nửa cuối năm, "năm" left out: nửa đầu 2025
    needs: 'nửa',
    pattern: re(`${NOT_AFTER_WORD}nửa\\s+(?<part>đầu|cuối|sau)\\s+(?:năm(?:\\s+(?<y>${YEAR})${END}|(?![\\p{L}\\p{N}]))|(?<yb>${YEAR})${END})`),
    read: (g) => ({ y: num(g.y ?? g.yb), m: g.part!.toLowerCase() === 'đầu' ? 1 : 7, precision: 'half' }),
  },
  {
    name: 'semi-annual', // round 49: a company's semi-annual report, "báo cáo tài chính hợp nhất bán niên", "kết quả bán niên 2024": the first half
    needs: 'bán niên',
    pattern: re(`${NOT_AFTER_WORD}bán\\s+niên(?:\\s+(?:năm\\s+)?(?<y>${YEAR})${END}|(?![\\p{L}\\p{N}]))`),
    read: (g) => ({ y: num(g.y), m: 1, precision: 'half' }),
  },
  {
    name: 'half H', // H1/2024, H2 2023
    needs: /H[12]/,
    pattern: re(`${NOT_AFTER_WORD}H(?<h>[12])(?:\\s*[\\/.-]\\s*|\\s+)(?<y>${YEAR})${END}`, 'gu'),
    read: (g) => ({ y: num(g.y), m: g.h === '1' ? 1 : 7, precision: 'half' }),
  },
  {
    name: 'year range', // 2022 - 2024, 2022-2025, giai đoạn 2021 – 2025
    pattern: re(`${NOT_AFTER_WORD}(?:(?:giai\\s+đoạn|thời\\s+kỳ|nhiệm\\s+kỳ|niên\\s+khóa|năm\\s+học|năm)\\s+)?${NOT_AFTER_NUMBER}(?<y>${YEAR})\\s*[-–—]\\s*(?<y2>${YEAR})${END}`),
    read: (g) => {
      const [a, b] = [num(g.y)!, num(g.y2)!];
      return a < b && b - a <= 100 ? { y: a, precision: 'year', last: { y: b } } : null;
    },
  },
  {
    name: 'year', // năm 2030, cuối năm 2025, hết năm 2025
    needs: 'năm',
    pattern: re(`${NOT_AFTER_WORD}(?:(?:cuối|hết|đầu|giữa)\\s+)?năm\\s+(?<y>${YEAR})${END}`),
    read: (g) => ({ y: num(g.y), precision: 'year' }),
  },
  {
    name: 'this or last year', // năm nay, năm ngoái: the article's year or the one before (no year without the article's)
    needs: 'năm',
    pattern: re(`${NOT_AFTER_WORD}(?:(?:cuối|hết|đầu|giữa)\\s+)?năm\\s+(?<w>nay|ngoái)(?![\\p{L}\\p{M}])`),
    read: (g) => ({ y: null, precision: 'year', ...(g.w!.toLowerCase() === 'ngoái' ? { shift: -1 } : {}) }),
  },
  {
    name: 'footnoted year', // "vào năm 20194": the year 2019 after "năm" with a footnote mark glued to it (round 29a)
    needs: 'năm',
    pattern: re(`${NOT_AFTER_WORD}năm\\s+(?<y>19[5-9]\\d|20[0-5]\\d)(?=[1-9]\\d?(?![\\p{L}\\p{N}]|[.,]\\p{N}))`),
    read: (g) => ({ y: num(g.y), precision: 'year' }),
  },
  {
    name: 'bare year', // "(2022 đạt 28%, 2023 đạt 19%)"; not "1900 1234", "số 2020", "2.020"
    pattern: re(`(?<![\\p{L}\\p{N}.,\\/]|\\p{N}[\\s.]|số\\s)(?<y>${YEAR})(?![\\p{L}\\p{N}]|[.,]\\p{N}|\\/[\\p{L}\\p{N}]|\\s*%|[\\s.]\\p{N})`),
    read: (g) => ({ y: num(g.y), precision: 'year' }),
  },
];

/** Document numbers ("13/2023/NĐ-CP", "57-NQ/TW", "749/QĐ-TTg"): nothing inside them is a date. */
export const DOCUMENT_NUMBER = /(?<![\p{L}\p{N}])\p{N}+(?:[.\/-]\p{N}+)*[\/-]\p{Lu}{2,}[\p{L}\p{N}]*(?:[\/-][\p{L}\p{N}]+)*/gu;
