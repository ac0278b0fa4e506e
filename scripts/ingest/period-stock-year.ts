/**
 * Round 23: a count said to stand now ("Hiện toàn tỉnh có 113 ATM, tăng … so với cuối năm 2021") after a paragraph of
 * running months ("đến cuối tháng 9/2022, … đạt …": January to September) is a stock of the report's year, not a flow of
 * those months: it takes the year. Only when the paragraph names no year but earlier ones it compares with. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import type { DateMatch } from './dates';
import { NOW_ANYWHERE, NOW_OPENING } from './period-now';

/** True when `p` is the months from January of one year ("2022-01" to "2022-09"). */
function isMonthsSoFar(p: Period | undefined): p is Period {
  return !!p && p.precision === 'month' && p.iso.endsWith('-01') && !!p.isoEnd && p.isoEnd.slice(0, 4) === p.iso.slice(0, 4);
}

/**
 * The year a "now" paragraph's stocks stand at when the period carried into it (`inherited`) is months so far of that
 * year and the paragraph's own dates (`dates`) are only earlier years or none; undefined otherwise.
 */
export function stockYearAfterMonths(paragraph: string, dates: readonly DateMatch[], inherited: Period | undefined): Period | undefined {
  const beforeFigures = paragraph.slice(0, paragraph.search(/\d|$/u)); // round 38: a "Hiện nay, …" after the paragraph's stocks speaks of other things
  if (!isMonthsSoFar(inherited) || !(NOW_OPENING.test(paragraph) || NOW_ANYWHERE.test(beforeFigures))) return undefined;
  const year = inherited.iso.slice(0, 4);
  const earlier = dates.every((d) => d.yearMissing || d.iso.startsWith('0000') || (d.isoEnd ?? d.iso).slice(0, 4) < year);
  return earlier ? { iso: year, precision: 'year', ...(inherited.text ? { text: inherited.text } : {}) } : undefined;
}
