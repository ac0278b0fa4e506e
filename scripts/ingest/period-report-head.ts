/**
 * Round 37: the period a whole page reports, named once at its top — its headline opening on the period and a colon
 * ("Quý 1/2023: "miếng bánh" thương mại điện tử được phân chia ra sao?"), or its lead citing a report of that period
 * ("Theo báo cáo "Người tiêu dùng số" quý 1 năm 2023 do … vừa công bố, …"). Every result or estimate of the page that
 * the sentence walk left with no period takes it, across the subheadings under which the same report goes on (a
 * section's own period ends at the next heading; this one does not). Goals keep none, so do stocks said to stand now and
 * yearly rates ("hiện …", "đến nay", "hàng năm": their own time), nor figures before the lead that cites the report or,
 * under such a lead, from a paragraph opening on an event's day on ("Sáng 3/3, hội nghị …"); and a period later than the
 * page's date is no report's. Pure but for the metrics it dates.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { findDates, periodOfDate, type DateMatch } from './dates';
import { setPeriod } from './period-set';

/** The fields of a metric this pass reads and sets. */
type Dated = Pick<Metric, 'period' | 'status' | 'offset' | 'quote' | 'reasons' | 'confidence'>;

/** A paragraph of the page. */
interface Paragraph { text: string; offset: number }

/** A stock said to stand now or a yearly rate ("hiện …", "đến nay …", "hàng năm"): its own time, not the report's period. */
const NOW_OR_YEARLY = /(?<![\p{L}\p{M}])(?<!(?:thực|thể|xuất|phát|biểu|tái|hiển)\s)(?:hiện|đến nay|tới nay|hàng năm|hằng năm|mỗi năm)(?![\p{L}\p{M}])/iu; // not "thực hiện", "phát hiện"

/** True when the figure's sentence says it stands now or recurs each year (`NOW_OR_YEARLY`). */
const saysNow = (quote: string): boolean => NOW_OR_YEARLY.test(quote);

/** A paragraph opening on the day of an event ("Sáng 3/3, …", "Ngày 12/5, …", "Chiều nay, …"): what follows is that event's, no longer the report's. */
const EVENT_DAY_OPENING = /^\s*(?:(?:sáng|trưa|chiều|tối|đêm)(?:\s+nay|\s+qua)?|ngày|hôm\s+nay|hôm\s+qua)(?:\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?\s*,/iu;

/** How many body paragraphs from the top may cite the report (after a lead and a caption). */
const LEAD = 3;

/** The precisions a report names: a quarter, a half or the months of a year (not a day, an event's). */
const REPORTED = new Set(['quarter', 'half', 'month', 'year']);

/** A report cited at the start of a lead, up to its period: "Theo báo cáo "…" ", "Theo khảo sát của … ". */
const CITED_REPORT = /^\s*(?:cũng\s+)?theo\s+(?:(?:bộ\s+)?(?:báo cáo|khảo sát|nghiên cứu|thống kê|số liệu)(?:\s+(?:của|từ))?)(?:\s+[^,;.:!?]{0,120}?)?\s*$/iu;

/** The period a headline opens on, before its colon: "Quý 1/2023:", "6 tháng đầu năm 2024:". */
function headlinePeriod(headline: string): DateMatch | undefined {
  const d = findDates(headline)[0];
  return d && !d.yearMissing && d.start === 0 && /^\s*:/u.test(headline.slice(d.end)) ? d : undefined;
}

/** The period of a report the lead cites in its first clause ("Theo báo cáo … quý 1 năm 2023 do … công bố, …"). */
function citedPeriod(lead: string): DateMatch | undefined {
  const clauseEnd = lead.search(/[,;.:]/u);
  const d = findDates(lead.slice(0, clauseEnd < 0 ? undefined : clauseEnd))[0];
  return d && !d.yearMissing && CITED_REPORT.test(lead.slice(0, d.start)) ? d : undefined;
}

/** The period the page reports (see the module note), or undefined: never a day's, never after `articleYear`. */
export function reportedPeriod(headline: string | undefined, lead: string | undefined, articleYear: number | undefined): Period | undefined {
  const d = (headline !== undefined ? headlinePeriod(headline) : undefined) ?? (lead !== undefined ? citedPeriod(lead) : undefined);
  if (!d || !REPORTED.has(d.precision) || (d.isoEnd !== undefined && d.isoEnd.slice(0, 4) !== d.iso.slice(0, 4))) return undefined; // a span of years is a plan's
  return articleYear !== undefined && Number(d.iso.slice(0, 4)) > articleYear ? undefined : periodOfDate(d);
}

/** Dates the page's results and estimates with no period by the period it reports (`reportedPeriod`). */
export function reportHeadPeriods(drafts: readonly { metric: Dated }[], paragraphs: readonly Paragraph[], headline: boolean, articleYear: number | undefined): void {
  const lead = paragraphs.slice(headline ? 1 : 0).filter((p) => p.text.length > 80).slice(0, LEAD).find((p) => citedPeriod(p.text));
  const period = reportedPeriod(headline ? paragraphs[0]?.text : undefined, lead?.text, articleYear);
  if (!period) return;
  const cited = lead !== undefined && !(headline && headlinePeriod(paragraphs[0]!.text));
  const from = cited ? lead.offset : 0;
  const event = cited ? paragraphs.find((p) => p.offset > from && EVENT_DAY_OPENING.test(p.text)) : undefined; // a headline's period covers the page
  const to = event ? event.offset : Number.POSITIVE_INFINITY;
  for (const { metric } of drafts) {
    if (metric.period || metric.offset < from || metric.offset >= to || (metric.status !== 'actual' && metric.status !== 'estimate') || saysNow(metric.quote)) continue;
    setPeriod(metric, period);
  }
}
