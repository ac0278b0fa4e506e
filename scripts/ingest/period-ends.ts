/**
 * Goals and forecasts dated by the end they run to: "Quyết tâm … đến hết quý II đạt trên 50%" runs from
 * January to the end of June (the first half, not the second quarter), "dự kiến vượt 10,3 tỷ vào cuối năm"
 * is the whole year's figure (not the half its sentence reports first); round 46: what was done over two years listed one by one
 * ("Trong năm 2021 và năm 2022, …", "trong năm 2022, năm 2023, …") stands at the end of the second. Pure; passes over finished drafts.
 */
import type { Metric } from '../../src/schemas/metric';
import { toEndOfQuarter } from './period-review';

/** The fields of a metric this pass reads and sets. */
type Ended = Pick<Metric, 'status' | 'period' | 'quote' | 'text'>;

/** "đến hết", "tới cuối", "trước hết" right before a quarter: to its end, from January. */
const TO_END = /(?<![\p{L}\p{M}])(?:đến|tới|trước)\s+(?:hết|cuối)\s*$/iu;
/** "vào cuối năm", "đến hết năm", "cả năm" after the figure, in its clause, with no year of its own. */
const YEAR_END_AFTER = /^[^,;.()]{0,40}?(?<![\p{L}\p{M}])(?:(?:vào|đến|tới|trước)\s+(?:hết|cuối)\s+năm|cả\s+năm)(?!\s*(?:nay\s+)?\d)(?![\p{L}\p{M}]\s*\d)/iu;

/** A goal or forecast's period moved to the end it runs to (see the module comment), in place. */
export function endPeriods(drafts: readonly { metric: Ended }[]): void {
  for (const { metric: m } of drafts) {
    if ((m.status !== 'target' && m.status !== 'estimate') || !m.period) continue;
    const at = m.quote.indexOf(m.text);
    const p = m.period;
    const written = p.text ? m.quote.indexOf(p.text) : -1;
    if (m.status === 'target' && p.precision === 'quarter' && written >= 0 && written < at && TO_END.test(m.quote.slice(0, written))) {
      m.period = toEndOfQuarter({ iso: p.iso, text: p.text! });
    } else if (p.precision !== 'year' && at >= 0 && YEAR_END_AFTER.test(m.quote.slice(at + m.text.length))) {
      m.period = { iso: p.iso.slice(0, 4), precision: 'year', ...(p.text ? { text: p.text } : {}) };
    }
  }
}

/** Two consecutive years listed, each with its "năm", not a span written with a dash: "năm 2021 và năm 2022", "năm 2022, năm 2023" (not "năm 2024, 2025", which pages read as the first). */
const LISTED_YEARS = /^năm\s+(\d{4})\s*(?:,|và)\s*năm\s+(\d{4})$/iu;

/** Round 46: a figure of two years listed one by one (`LISTED_YEARS`) is dated by the second, where what was done over both stands, in place. */
export function listedYearsEnd(drafts: readonly { metric: Pick<Metric, 'period'> }[]): void {
  for (const { metric: m } of drafts) {
    const p = m.period;
    const years = p?.precision === 'year' && p.isoEnd && p.text ? LISTED_YEARS.exec(p.text.trim()) : null;
    if (years && Number(years[2]) === Number(years[1]) + 1) m.period = { iso: years[2]!, precision: 'year', text: p!.text! };
  }
}
