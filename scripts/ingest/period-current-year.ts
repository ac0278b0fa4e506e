/**
 * Round 50: a part of a year written without its year ("Ông … cho hay GRDP trong 6 tháng đầu năm tăng 7,63%" after "báo cáo …
 * 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025") takes the year of the period the report is in, or else the page's
 * (`fillMissingYears`), and so do its sentence's figures; a half, a quarter or a run of months ("10 tháng đầu năm") with that year
 * is then also the report's new period, handed on to the sentences and paragraphs after it as if its year were written (before
 * round 50 only its own sentence had it). Pure.
 */
import type { DateMatch } from './dates';
import type { Period } from '../../src/schemas/metric';

/** True for a half, a quarter or a run of months: the parts of a year a report covers. */
function isPartOfYear(d: Pick<DateMatch, 'precision' | 'isoEnd'>): boolean {
  return d.precision === 'half' || d.precision === 'quarter' || (d.precision === 'month' && d.isoEnd !== undefined);
}

/** The year of `current` when it lies within one year (not "giai đoạn 2021-2025"). */
function yearOf(current: Period | undefined): string | undefined {
  return current && (!current.isoEnd || current.isoEnd.slice(0, 4) === current.iso.slice(0, 4)) ? current.iso.slice(0, 4) : undefined;
}

/** `dates` with the yearless parts of a year counted as stated when their year is the current period's (`current`, within one year) or else the page's (`pageYear`). */
export function withCurrentYearStated(dates: readonly DateMatch[], current: Period | undefined, pageYear?: string): DateMatch[] {
  const year = yearOf(current) ?? pageYear;
  if (!year) return [...dates];
  return dates.map((d) => {
    if (!d.yearMissing || !isPartOfYear(d) || !d.iso.startsWith(year) || (d.isoEnd !== undefined && !d.isoEnd.startsWith(year))) return d;
    const { yearMissing: _guessed, ...stated } = d;
    return stated;
  });
}
