/**
 * Round 48: a day written without its year that the page writes in full elsewhere ("Đến hết ngày 26/6 vẫn còn 9 cục thuế …"
 * in the lead, "… tính đến hết ngày 26/6/2022 …" in the body): the same day, of that year. Pure.
 */
import { findDates, type DateMatch } from './dates-find';

/** The month and day of a day's iso ("2022-06-26" → "06-26"). */
const monthDay = (iso: string) => iso.slice(5, 10);

/** The years the page gives each month and day it writes with a year (single days only, not the ends of spans). */
export function statedDayYears(paragraphs: readonly string[]): Map<string, Set<string>> {
  const years = new Map<string, Set<string>>();
  for (const d of paragraphs.flatMap((p) => findDates(p))) {
    if (d.precision !== 'day' || d.isoEnd || d.yearMissing || d.iso.startsWith('0000')) continue;
    const set = years.get(monthDay(d.iso)) ?? new Set<string>();
    years.set(monthDay(d.iso), set.add(d.iso.slice(0, 4)));
  }
  return years;
}

/** `dates` with each yearless single day the page writes with one year only (`statedDayYears`) given that year, as if stated. */
export function withStatedDayYears(dates: readonly DateMatch[], years: ReadonlyMap<string, ReadonlySet<string>>): DateMatch[] {
  return dates.map((d) => {
    const stated = d.precision === 'day' && !d.isoEnd && d.yearMissing ? years.get(monthDay(d.iso)) : undefined;
    if (!stated || stated.size !== 1) return d;
    const { yearMissing: _given, ...rest } = d;
    return { ...rest, iso: `${[...stated][0]}${d.iso.slice(4)}` };
  });
}
