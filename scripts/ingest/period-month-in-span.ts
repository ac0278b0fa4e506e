/**
 * Round 29c: a month named without its year inside the span being reported ("Trong 4 tháng đầu năm, … . Riêng trong
 * tháng 4, cơ quan này đã xử lý 410 sự cố. Trong đó, …"): the page's current span (months from January) gives it its year,
 * and the month is the period of its sentence and of those after it, not the whole span. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import { periodOfDate, type DateMatch } from './dates';
import { isBaseline } from './period-baseline';
import { parenAround } from './items';

/** True when the month `iso` ("YYYY-MM") lies in the run of months `span`. */
function inSpan(iso: string, span: Period): boolean {
  return span.precision === 'month' && !!span.isoEnd && span.iso <= iso && iso <= span.isoEnd;
}

/** The month (without its year in the text) of `sentence` that lies in the carried run of months `carried`, as the period it sets; undefined otherwise. */
export function monthInSpan(sentence: string, dates: readonly DateMatch[], carried: Period | undefined): Period | undefined {
  if (!carried) return undefined;
  const d = dates.find((x) => x.yearMissing && x.precision === 'month' && !x.isoEnd && !isBaseline(sentence, x) && !parenAround(sentence, x.start) && inSpan(x.iso, carried));
  if (!d) return undefined;
  const { yearMissing: _, ...stated } = d;
  return periodOfDate(stated);
}
