/**
 * Round 48: a day written without its year that the page writes in full elsewhere ("Đến hết ngày 26/6 vẫn còn 9 cục thuế …"
 * in the lead, "… tính đến hết ngày 26/6/2022 …" in the body): the same day, of that year. Round 49: a day a count is taken at
 * ("đến ngày 8/9, …") the year of the months the page dates just before it. Pure.
 */
import { findDates, type DateMatch } from './dates-find';
import { isPointDay } from './period-point';
import { englishDates } from './english-dates';

/** The years a page writes its days and months with: by month and day ("06-26") and by month (6). */
export interface PageYears {
  days: Map<string, Set<string>>;
  months: Map<number, Set<string>>;
}

/** How many months before a yearless day a dated month may stand and still give it its year. */
const MONTHS_BACK = 3;

/** The month and day of a day's iso ("2022-06-26" → "06-26"). */
const monthDay = (iso: string) => iso.slice(5, 10);

/** `key`'s set in `map`, made when missing. */
function setOf<K>(map: Map<K, Set<string>>, key: K): Set<string> {
  const set = map.get(key) ?? new Set<string>();
  map.set(key, set);
  return set;
}

/** The years the page gives each day and each month it writes with a year (single days and months only, not spans). */
export function statedDayYears(paragraphs: readonly string[], english = false): PageYears {
  const years: PageYears = { days: new Map(), months: new Map() };
  for (const d of paragraphs.flatMap((p) => [...findDates(p), ...(english ? englishDates(p) : [])])) { // round 50: an English page's "by November 21, 2024"
    if (d.isoEnd || d.yearMissing || d.iso.startsWith('0000')) continue;
    if (d.precision === 'day') setOf(years.days, monthDay(d.iso)).add(d.iso.slice(0, 4));
    else if (d.precision === 'month') setOf(years.months, Number(d.iso.slice(5, 7))).add(d.iso.slice(0, 4));
  }
  return years;
}

/**
 * Round 49: the years of the months the page dates in the `MONTHS_BACK` months up to a yearless day's month, in the same year ("đến ngày
 * 8/9, … còn 3,4 triệu thuê bao 2G Only. So với tháng 7/2024, …": 2024; "Tính đến ngày 26/11, … tăng 4% so với tháng 10/2022": 2022).
 */
function monthsBeforeYears(months: ReadonlyMap<number, ReadonlySet<string>>, month: number): Set<string> | undefined {
  const found = new Set<string>();
  for (let m = month; m >= Math.max(1, month - MONTHS_BACK); m--) for (const y of months.get(m) ?? []) found.add(y);
  return found.size > 0 ? found : undefined;
}

/** `dates` with each yearless single day the page writes with one year only (`statedDayYears`) given that year, as if stated; a day a
 *  count is taken at in `sentence` ("đến ngày 8/9, …") the one year of the months the page dates just before it (`monthsBeforeYears`). */
export function withStatedDayYears(dates: readonly DateMatch[], years: PageYears, sentence = ''): DateMatch[] {
  return dates.map((d) => {
    if (d.precision !== 'day' || d.isoEnd || !d.yearMissing) return d;
    const stated = years.days.get(monthDay(d.iso)) ?? (isPointDay(sentence, d) ? monthsBeforeYears(years.months, Number(d.iso.slice(5, 7))) : undefined);
    if (!stated || stated.size !== 1) return d;
    const { yearMissing: _given, ...rest } = d;
    return { ...rest, iso: `${[...stated][0]}${d.iso.slice(4)}` };
  });
}
