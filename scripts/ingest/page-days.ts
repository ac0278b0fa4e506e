/**
 * Round 48: a day written without its year that the page writes in full elsewhere ("Đến hết ngày 26/6 vẫn còn 9 cục thuế …"
 * in the lead, "… tính đến hết ngày 26/6/2022 …" in the body): the same day, of that year. Pure.
 */
import { findDates, type DateMatch } from './dates-find';
import { isPointDay } from './period-point';

/** The month and day of a day's iso ("2022-06-26" → "06-26"). */
const monthDay = (iso: string) => iso.slice(5, 10);

/** The key of a month the page writes with its year ("tháng 7/2024"). */
const monthKey = (m: number) => `m${String(m).padStart(2, '0')}`;
/** How many months before a yearless day a dated month may stand and still give it its year. */
const MONTHS_BACK = 3;

/**
 * Round 49: the years of the months the page dates in the `MONTHS_BACK` months up to a yearless day's month, in the same year ("đến ngày
 * 8/9, … còn 3,4 triệu thuê bao 2G Only. So với tháng 7/2024, …": 2024; "Tính đến ngày 26/11, … tăng 4% so với tháng 10/2022": 2022).
 */
function monthsBeforeYears(years: ReadonlyMap<string, ReadonlySet<string>>, month: number): Set<string> | undefined {
  const found = new Set<string>();
  for (let m = month; m >= Math.max(1, month - MONTHS_BACK); m--) for (const y of years.get(monthKey(m)) ?? []) found.add(y);
  return found.size > 0 ? found : undefined;
}

/** The years the page gives each month and day it writes with a year (single days only, not the ends of spans). */
export function statedDayYears(paragraphs: readonly string[]): Map<string, Set<string>> {
  const years = new Map<string, Set<string>>();
  for (const d of paragraphs.flatMap((p) => findDates(p))) {
    if (d.isoEnd || d.yearMissing || d.iso.startsWith('0000') || (d.precision !== 'day' && d.precision !== 'month')) continue;
    const key = d.precision === 'day' ? monthDay(d.iso) : monthKey(Number(d.iso.slice(5, 7))); // round 49: the months it dates too
    const set = years.get(key) ?? new Set<string>();
    years.set(key, set.add(d.iso.slice(0, 4)));
  }
  return years;
}

/** `dates` with each yearless single day the page writes with one year only (`statedDayYears`) given that year, as if stated; (round 49) a
 *  day a count is taken at in `sentence` ("đến ngày 8/9, …") the one year of the months the page dates just before it (`monthsBeforeYears`). */
export function withStatedDayYears(dates: readonly DateMatch[], years: ReadonlyMap<string, ReadonlySet<string>>, sentence = ''): DateMatch[] {
  return dates.map((d) => {
    const stated = d.precision === 'day' && !d.isoEnd && d.yearMissing ? years.get(monthDay(d.iso)) ?? (isPointDay(sentence, d) ? monthsBeforeYears(years, Number(d.iso.slice(5, 7))) : undefined) : undefined;
    if (!stated || stated.size !== 1) return d;
    const { yearMissing: _given, ...rest } = d;
    return { ...rest, iso: `${[...stated][0]}${d.iso.slice(4)}` };
  });
}
