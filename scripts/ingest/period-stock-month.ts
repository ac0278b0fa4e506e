/**
 * A quarter's (or half's) report that compares its figures with "cùng kỳ tháng 6/2022" (the same month a year
 * before) states them at that month of the report's year: the figures the page gave the quarter or half that
 * holds the month ("quý II/2023" holds June 2023) take the month ("2023-06"). A comparison whose own sentence names the month
 * it stands at ("Số IP botnet tính đến tháng 2/2024 là …, tăng 13% so với cùng kỳ tháng 2/2023", session 24) dates that
 * sentence only: it tells nothing of the quarter's other figures. Pure; one scan of the page.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { splitSentences } from './sentences';

const SAME_MONTH_BEFORE = /cùng\s+kỳ\s+tháng\s+(\d{1,2})\s*[/-]\s*((?:19|20)\d\d)(?![\d/])/giu;
const MONTHS: Partial<Record<Period['precision'], number>> = { quarter: 3, half: 6 };

/** The sentence of `text` around position `at` (`splitSentences`). */
function sentenceAround(text: string, at: number): string {
  return splitSentences(text).find((x) => at >= x.offset && at < x.offset + x.text.length)?.text ?? text;
}

/** True when `sentence` names month `month` of `year` itself ("tính đến tháng 2/2024"): its own point in time. */
function namesOwnMonth(sentence: string, month: number, year: number): boolean {
  return new RegExp(`tháng\\s+0?${month}\\s*[/-]\\s*${year}(?![\\d/])`, 'iu').test(sentence);
}

/** The months ("YYYY-MM") a page's figures are compared at a year later: "cùng kỳ tháng 6/2022" → "2023-06". */
export function comparedMonths(paragraphs: readonly { text: string }[]): Set<string> {
  const months = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(SAME_MONTH_BEFORE)) {
      const month = Number(m[1]);
      if (month < 1 || month > 12 || namesOwnMonth(sentenceAround(p.text, m.index), month, Number(m[2]) + 1)) continue;
      months.add(`${Number(m[2]) + 1}-${String(month).padStart(2, '0')}`);
    }
  }
  return months;
}

/** The month of `months` that a quarter or half period holds, or undefined. */
function heldMonth(period: Period | undefined, months: Set<string>): string | undefined {
  const length = period && !period.isoEnd ? MONTHS[period.precision] : undefined;
  if (!period || !length || period.iso.length !== 7) return undefined;
  const [year, first] = [period.iso.slice(0, 4), Number(period.iso.slice(5, 7))];
  return [...months].find((m) => m.startsWith(year) && Number(m.slice(5)) >= first && Number(m.slice(5)) < first + length);
}

/** Gives the figures of a quarter or half the month the page compares them at (see the module comment). */
export function stockMonths(drafts: readonly { metric: Pick<Metric, 'period'> }[], paragraphs: readonly { text: string }[]): void {
  const months = comparedMonths(paragraphs);
  if (!months.size) return;
  for (const { metric } of drafts) {
    const month = heldMonth(metric.period, months);
    if (month) metric.period = { iso: month, precision: 'month', ...(metric.period?.text ? { text: metric.period.text } : {}) };
  }
}
