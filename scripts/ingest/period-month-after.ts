/**
 * A month named only by the month it is compared with (round 26b): "So với tháng 6 trước đó, lượng … giảm
 * 7%", "… tăng 3% so với tháng 11/2023 liền trước" report the month right after the one compared with. The
 * compared month must be marked as the one just before ("trước đó", "liền trước", "trước"): a bare "so với
 * tháng 1/2020" is a starting point set against today, not last month. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import type { DateMatch } from './dates';
import { monthAfter } from './period-shift';

/** "so với tháng N[/YYYY] trước đó|liền trước|trước": a month compared with as the one just before. */
const BEFORE = /(?<![\p{L}\p{M}])so\s+với\s+$/iu;
const JUST_BEFORE = /^\s+(?:liền\s+trước|trước\s+đó|trước)(?![\p{L}\p{M}])/iu;

/**
 * The period a sentence reports when it names no month of its own but compares with "tháng N trước đó":
 * month N + 1 of the compared month's year (that year may have come from the page, `fillMissingYears`).
 * undefined when the sentence names another month, quarter, half or year that is no comparison, or has no such compared month.
 */
export function monthAfterCompared(sentence: string, dates: readonly DateMatch[]): Period | undefined {
  const compared = dates.find((d) => d.precision === 'month' && !d.isoEnd && !d.iso.startsWith('0000')
    && BEFORE.test(sentence.slice(Math.max(0, d.start - 12), d.start)) && JUST_BEFORE.test(sentence.slice(d.end)));
  if (!compared || dates.some((d) => d !== compared && d.precision !== 'day' && !BEFORE.test(sentence.slice(Math.max(0, d.start - 12), d.start)))) return undefined;
  const iso = monthAfter(compared.iso);
  return { iso, precision: 'month', text: `tháng ${Number(iso.slice(5, 7))}` };
}
